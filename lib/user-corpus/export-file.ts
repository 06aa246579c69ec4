// "My articles" as a file: every added article's text and where it came from, versioned, so it can be carried to
// another browser or machine and read back there. Only what the reader gave is written; names and quotes are
// derived again on import, by whatever pipeline that Backgrounder has.
import * as v from 'valibot';
import { MAX_ARTICLE_BYTES } from '../corpus/decode.ts';
import { groupDigits } from '../counts.ts';
import type { StoredArticle } from '../storage/schema.ts';
import { describeIssue, readFileHeader } from '../validation-text.ts';
import { MAX_ARTICLES_FILE_BYTES } from './limits.ts';
import type { ArticleOrigin } from './types.ts';

export { MAX_ARTICLES_FILE_BYTES };

export const ARTICLES_FORMAT = 'backgrounder-articles';
export const ARTICLES_FILE_VERSION = 1;
const MAX_ARTICLES = 20_000;

const httpUrl = v.pipe(
  v.string(),
  v.maxLength(4000, 'expected an address of at most 4,000 characters'),
  v.check((s) => /^https?:\/\/[^\s/]+/i.test(s) && URL.canParse(s), 'expected an http(s) address'),
);
const line = (max: number) =>
  v.pipe(
    v.string(),
    v.maxLength(max, `expected at most ${max} characters`),
    v.regex(/^[^\n\r]*$/, 'expected one line'),
  );

const exportedArticle = v.object({
  origin: v.picklist(['page', 'file', 'paste'] satisfies ArticleOrigin[]),
  title: v.pipe(line(1000), v.minLength(1, 'expected a title')),
  url: v.optional(httpUrl),
  canonicalUrl: v.optional(httpUrl),
  site: v.optional(line(200)),
  lang: v.optional(v.pipe(v.string(), v.regex(/^[a-z]{2,3}(?:-[a-z0-9]{1,8})*$/i, 'expected a language tag'))),
  fileName: v.optional(line(1000)),
  addedAt: v.pipe(v.string(), v.isoTimestamp('expected a date and time (ISO 8601)')),
  text: v.pipe(
    v.string(),
    v.minLength(1, 'expected the article’s text'),
    v.maxLength(MAX_ARTICLE_BYTES, `expected at most ${groupDigits(MAX_ARTICLE_BYTES)} characters`),
  ),
});

const articlesFile = v.object({
  format: v.literal(ARTICLES_FORMAT),
  version: v.literal(ARTICLES_FILE_VERSION),
  exportedAt: v.optional(v.string()),
  articles: v.pipe(
    v.array(exportedArticle),
    v.maxLength(MAX_ARTICLES, `expected at most ${groupDigits(MAX_ARTICLES)} articles`),
  ),
});

export type ExportedArticle = v.InferOutput<typeof exportedArticle>;
export type ArticlesFile = v.InferOutput<typeof articlesFile>;

export function toArticlesFile(articles: readonly StoredArticle[], now = new Date()): ArticlesFile {
  return {
    format: ARTICLES_FORMAT,
    version: ARTICLES_FILE_VERSION,
    exportedAt: now.toISOString(),
    articles: articles.map((a) => {
      const out: ExportedArticle = { origin: a.origin, title: a.title, addedAt: a.addedAt, text: a.text };
      for (const key of ['url', 'canonicalUrl', 'site', 'lang', 'fileName'] as const) {
        if (a[key]) out[key] = a[key];
      }
      return out;
    }),
  };
}

export function articlesFileText(articles: readonly StoredArticle[], now = new Date()): string {
  return `${JSON.stringify(toArticlesFile(articles, now), null, 1)}\n`;
}

/** "backgrounder-articles-2025-03-14.json" */
export function articlesFileName(now = new Date()): string {
  return `${ARTICLES_FORMAT}-${now.toISOString().slice(0, 10)}.json`;
}

export type ParsedArticlesFile = { ok: true; file: ArticlesFile } | { ok: false; error: string };

/** Parse and validate an articles file; the error names the field and the value that is wrong. */
export function parseArticlesFile(text: string): ParsedArticlesFile {
  if (text.length > MAX_ARTICLES_FILE_BYTES) {
    return fail(
      `The file is over ${MAX_ARTICLES_FILE_BYTES / 1_000_000} MB; split the export or import the articles as text files.`,
    );
  }
  const head = readFileHeader(text, { format: ARTICLES_FORMAT, version: ARTICLES_FILE_VERSION, what: 'articles' });
  if (!head.ok) return fail(head.error);
  const body = v.safeParse(articlesFile, head.data, { abortEarly: true });
  return body.success ? { ok: true, file: body.output } : fail(describeIssue(body.issues[0], SHAPE));
}

const SHAPE = 'The file does not have the shape of a Backgrounder articles file.';

function fail(error: string): ParsedArticlesFile {
  return { ok: false, error };
}

// One added article through the build's pipeline (lib/corpus), as `npm run ingest` reads a file: the same
// parsing, the same warnings, the same pack. This module and everything it imports (compromise above all) is
// the background's lazily loaded ingest bundle (entrypoints/ingest.ts): it costs the worker nothing until the
// reader adds something.
import { parseArticle } from '../corpus/article.ts';
import { formatWarning, IngestError, type IngestWarning } from '../corpus/errors.ts';
import { buildPackReport, type SourceFile } from '../corpus/pack.ts';
import type { Pack } from '../corpus/types.ts';
import { textFingerprint, userArticleId } from './identity.ts';
import { ALL_HEADERS, type HeaderLines, headline, sourceFromExtracted } from './source-text.ts';
import type { Contribution, ExtractedArticle } from './types.ts';

/** An article read and named, not yet through the pipeline: enough to tell whether it is already stored. */
export interface Prepared {
  /** What the reader calls it in messages: the file's name, or the page's title. */
  name: string;
  id: string;
  fingerprint: string;
  /** The text as the pipeline reads it; `file` is `<id>.txt`, so the article's id follows from the text. */
  source: SourceFile;
  /** The body as the parser reads it (headline, byline and furniture left out). */
  paragraphs: string[];
  /** The page's own title when its headline line could not be kept (see prepareExtracted). */
  title?: string;
}

export type Failure = { ok: false; message: string };

export type IngestOneResult =
  | { ok: true; pack: Pack; contribution: Contribution; warnings: string[]; millis: number }
  | Failure;

/**
 * A plain-text article (an imported file, pasted text, an article from an export), read as `npm run ingest`
 * reads a file. A failure's message is the ingest's own, naming the file ("notes.txt: is empty …; skipped").
 */
export async function prepareText(name: string, text: string): Promise<({ ok: true } & Prepared) | Failure> {
  const warnings: IngestWarning[] = [];
  const parsed = parseArticle(name, text, 'probe', warnings);
  if (!parsed) return fail(warnings, name);
  const fingerprint = await textFingerprint(parsed.article.paragraphs);
  const id = userArticleId(fingerprint);
  const paragraphs = parsed.article.paragraphs;
  return { ok: true, name, id, fingerprint, paragraphs, source: { file: `${id}.txt`, text } };
}

/**
 * A page read by the content script, written as source text. A header line the parser would not read as one
 * (a byline with a job title in it, a headline of 40 words) is left out rather than becoming the first
 * paragraph; the page's own title is kept as the article's title either way.
 */
export async function prepareExtracted(article: ExtractedArticle): Promise<({ ok: true } & Prepared) | Failure> {
  const headers = readableHeaders(article);
  const name = headline(article.title) || article.url;
  const prepared = await prepareText(name, sourceFromExtracted(article, name, headers).text);
  return prepared.ok && !headers.title ? { ...prepared, title: headline(article.title) } : prepared;
}

/** The prepared article through the build's pipeline: its one-article pack and what it contributes. */
export function ingestPrepared(prepared: Prepared): IngestOneResult {
  const started = performance.now();
  const warnings: IngestWarning[] = [];
  let pack: Pack;
  try {
    pack = buildPackReport([prepared.source], warnings).pack;
  } catch (error) {
    if (!(error instanceof IngestError)) throw error;
    return fail(warnings, prepared.name, error.message);
  }
  // Only the one article's own records: the search index is rebuilt wherever articles are merged.
  pack.index = null;
  const first = pack.articles[0];
  if (first && prepared.title) Object.assign(first, { title: prepared.title, titleDerived: false });
  return {
    ok: true,
    pack,
    contribution: contributionOf(pack),
    warnings: warnings.map((w) => formatWarning({ ...w, file: prepared.name })),
    millis: performance.now() - started,
  };
}

function fail(warnings: readonly IngestWarning[], name: string, fallback = 'holds no usable article'): Failure {
  const reason = warnings.find((w) => w.skipped);
  return { ok: false, message: reason ? formatWarning({ ...reason, file: name }) : `${name}: ${fallback}` };
}

/** The header lines the ingest's parser reads back as what they are. */
function readableHeaders(article: ExtractedArticle): HeaderLines {
  const headers = { ...ALL_HEADERS };
  for (let attempt = 0; attempt < 4; attempt++) {
    const { text, written } = sourceFromExtracted(article, 'probe', headers);
    const parsed = parseArticle('probe', text, 'probe', [])?.article;
    if (!parsed) return headers;
    const misread: (keyof HeaderLines)[] = [];
    if (written.title && parsed.titleDerived) misread.push('title');
    if (written.byline && parsed.byline === undefined) misread.push('byline');
    if (written.date && parsed.date === undefined) misread.push('date');
    if (written.source && parsed.source === undefined) misread.push('source');
    if (misread.length === 0) return headers;
    for (const key of misread) headers[key] = false;
  }
  return headers;
}

export function contributionOf(pack: Pack): Contribution {
  const count = (kind: string) => pack.entities.filter((e) => e.kind === kind).length;
  return {
    people: count('person'),
    organizations: count('organization'),
    places: count('place'),
    terms: count('term'),
    quotes: pack.quotes.length,
  };
}

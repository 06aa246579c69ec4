// From an ingested article to the records the store keeps, and the sentence that says what it gave.
import { PACK_VERSION } from '../corpus/types.ts';
import { countOf } from '../counts.ts';
import type { DerivedRecord, StoredArticle } from '../storage/schema.ts';
import type { NewArticle } from '../storage/user-articles.ts';
import { urlKeys } from './identity.ts';
import type { IngestOneResult, Prepared } from './ingest-one.ts';
import type { ArticleOrigin, Contribution } from './types.ts';

/** Where an article came from, as far as the reader told us or the page said. */
export interface ArticleMeta {
  origin: ArticleOrigin;
  url?: string;
  canonicalUrl?: string;
  site?: string;
  lang?: string;
  fileName?: string;
  /** Kept from an export, so an article keeps its place in the list on another machine. */
  addedAt?: string;
}

export function newArticleEntry(
  prepared: Prepared,
  result: Extract<IngestOneResult, { ok: true }>,
  meta: ArticleMeta,
  now: Date = new Date(),
): NewArticle {
  const parsed = result.pack.articles[0];
  const article: StoredArticle = {
    id: prepared.id,
    origin: meta.origin,
    title: line(parsed?.title ?? prepared.name, 1000) || 'Untitled',
    text: prepared.source.text,
    fingerprint: prepared.fingerprint,
    urlKeys: urlKeys(meta.url, meta.canonicalUrl),
    addedAt: meta.addedAt ?? now.toISOString(),
    contribution: result.contribution,
    packVersion: PACK_VERSION,
  };
  // Page metadata is untrusted and unbounded; what is stored is what an export may carry (export-file.ts).
  const optional: Partial<StoredArticle> = {
    url: address(meta.url),
    canonicalUrl: address(meta.canonicalUrl),
    site: line(meta.site ?? parsed?.source, 200),
    byline: parsed?.byline,
    date: parsed?.date,
    lang: languageTag(meta.lang),
    fileName: line(meta.fileName, 1000),
  };
  for (const [key, value] of Object.entries(optional)) if (value) Object.assign(article, { [key]: value });
  const derived: DerivedRecord = { articleId: prepared.id, pack: result.pack };
  return { article, derived };
}

function line(text: string | undefined, max: number): string | undefined {
  const one = text?.replace(/\s+/g, ' ').trim();
  return one ? one.slice(0, max) : undefined;
}

function address(href: string | undefined): string | undefined {
  return href && href.length <= 4000 && /^https?:\/\/[^\s/]+/i.test(href) && URL.canParse(href) ? href : undefined;
}

/** "en_US" as pages sometimes write it becomes "en-US"; anything that is not a language tag is dropped. */
function languageTag(lang: string | undefined): string | undefined {
  const tag = lang?.trim().replace(/_/g, '-');
  return tag && /^[a-z]{2,3}(?:-[a-z0-9]{1,8})*$/i.test(tag) ? tag : undefined;
}

/** "12 names, 5 quotes": people, organizations and places are names; terms are counted apart when there are any. */
export function contributionText(c: Contribution): string {
  const names = c.people + c.organizations + c.places;
  const parts = [countOf(names, 'name'), countOf(c.quotes, 'quote')];
  if (c.terms > 0) parts.push(countOf(c.terms, 'term'));
  return parts.join(', ');
}

/** "5 people, 4 organizations, 3 places", for the list's detail line. */
export function contributionDetail(c: Contribution): string {
  const parts = [
    c.people > 0 ? countOf(c.people, 'person', 'people') : '',
    c.organizations > 0 ? countOf(c.organizations, 'organization') : '',
    c.places > 0 ? countOf(c.places, 'place') : '',
  ].filter(Boolean);
  return parts.join(', ');
}

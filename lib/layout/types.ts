// The pack laid out for reading on demand: what the build writes under `pack/` in the extension, and what the
// background reads back one file at a time. Everything a request needs is precomputed and addressable by id:
//
//   pack/meta.json         this file's LayoutMeta: counts, bucket counts, the search index's chunk table, start state
//   pack/b/<n>.json        popover briefings, ready to render (Briefing[]), in entity-number order: file
//                          ⌊number / slots.entity⌋, place number mod slots.entity (a hover knows only the number)
//   pack/n/<n>.json        the same file's entities as search results show them (EntityRow[])
//   pack/d/<n>.json        dossiers (Dossier[]), by the same hash with their own bucket count
//   pack/a/<n>.json        articles for the reader and for search results (ArticleRecord[], compact), id → bucket
//   pack/q/<n>.json        the same bucket's quotes as search results show them (QuoteRows[])
//   pack/f/<n>.json        folded alias → entity id, for a selection that names someone (findEntity)
//   pack/s/<n>.json        search index chunk n: a sorted range of terms with their best postings (lib/search/shards.ts)
//   pack/s/<n>/<...>.json  the rest of a long posting list, read only when a query needs it
//   pack/s/v<len>.json     every indexed term of one length, for typo-tolerant matching
//
//   pack/m/…               the matcher's page part, entity number ↔ id tables, shared forms (see below)
//
// Other buckets are found by hashing the id, so no table of ids is loaded at wake-up whatever the corpus size.
// Bump LAYOUT_VERSION on any change to these files' shapes; the pack.json schema has its own PACK_VERSION.
import type { ArticleView, EntitySummary } from '../briefing/types.ts';
import type { Article, EntityKind } from '../corpus/types.ts';
import type { SearchMeta } from '../search/shards.ts';
import type { StartState } from '../search/types.ts';

export const LAYOUT_VERSION = 2;
export const LAYOUT_DIR = 'pack';

export interface BucketCounts {
  /** Files of briefings (b/) and of search's entity rows (n/), each of `search.slots.entity` entities by number. */
  briefing: number;
  dossier: number;
  article: number;
  alias: number;
}

export interface LayoutMeta {
  layout: typeof LAYOUT_VERSION;
  /** Changes whenever any file of the layout changes: caches and imports key on it. */
  build: string;
  counts: { articles: number; entities: number; quotes: number };
  buckets: BucketCounts;
  /** What the popup shows before anything is typed. */
  startState: StartState;
  search: SearchMeta;
}

type QuoteAnchor = ArticleView['quotes'][number];

/**
 * One article, compactly: the reader's ArticleView without the repetition (each mention names its entity by an
 * index into `names`), and every quote, the headline's included (the reader does not mark those; search shows
 * them). Sentence ranges stay in pack.json: nothing on screen uses them.
 */
export interface ArticleRecord {
  article: Omit<Article, 'sentences'>;
  /** [entity id, kind, name] of every entity the mentions name. */
  names: [string, EntityKind, string][];
  /** [paragraph, start, end, index into names], in reading order, without overlaps. */
  mentions: [number, number, number, number][];
  /** [id, paragraph (-1: the headline), start, end, speaker, speaker id]: body quotes in reading order, then the headline's. */
  quotes: [string, number, number, number, string | null, string | null][];
}

/** One article's quotes as search results show them: its id and title, then in slot order [id, paragraph, text, speaker]. */
export type QuoteRows = [string, string, [string, number, string, string | null][]];

/** An entity as a search result shows it: [id, name, kind, description]. */
export type EntityRow = [string, string, EntityKind, string?];

export function articleView(r: ArticleRecord): ArticleView {
  const { article } = r;
  return {
    article,
    mentions: r.mentions.map(([paragraph, start, end, n]) => {
      const [entityId, kind, name] = r.names[n] as ArticleRecord['names'][number];
      return { articleId: article.id, paragraph, start, end, entityId, kind, name };
    }),
    quotes: r.quotes.filter((q) => q[1] >= 0).map(quoteAnchor),
  };
}

/** The quote in slot `slot` of a record (the order search keys count in). */
export function recordQuote(r: ArticleRecord, slot: number): QuoteAnchor | undefined {
  const q = r.quotes[slot];
  return q ? quoteAnchor(q) : undefined;
}

function quoteAnchor([id, paragraph, start, end, speaker, speakerId]: ArticleRecord['quotes'][number]): QuoteAnchor {
  return { id, paragraph, start, end, speaker, speakerId };
}

export function entitySummary([id, name, kind, description]: EntityRow): EntitySummary {
  return description ? { id, name, kind, description } : { id, name, kind };
}

export const metaPath = () => 'meta.json';
export const briefingPath = (n: number) => `b/${n}.json`;
export const namesPath = (n: number) => `n/${n}.json`;
export const dossierPath = (n: number) => `d/${n}.json`;
export const articlePath = (n: number) => `a/${n}.json`;
export const quotesPath = (n: number) => `q/${n}.json`;
export const aliasPath = (n: number) => `f/${n}.json`;

/**
 * Bucket of an id among `count`: FNV-1a over its UTF-16 code units. Written by hand: a few lines, and the build
 * and the background must agree on it bit for bit.
 */
export function bucketOf(id: string, count: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) % Math.max(1, count);
}

// The matcher's side files. A content script knows entities by number (the matcher's, which is the pack's entity
// order) and gets only the page part; the background turns numbers into ids and names, and back, one small file at
// a time, and reads the shared forms only when a name several entities claim is asked about.

/** Entities per file of the number → [id, name] table, and the bucket count of the id → number table. */
export const ENTITY_CHUNK = 1024;
export const entityChunks = (entities: number) => Math.max(1, Math.ceil(entities / ENTITY_CHUNK));
export const matcherPagePath = () => 'm/page.json';
/** [id, name] of entities chunk × ENTITY_CHUNK … in number order. */
export const entityNamesPath = (chunk: number) => `m/e/${chunk}.json`;
/** id → number, for the ids that hash to this bucket (bucketOf(id, entityChunks(count))). */
export const entityNumbersPath = (bucket: number) => `m/i/${bucket}.json`;
/** SharedForm[] (lib/briefing/types.ts). */
export const sharedFormsPath = () => 'm/shared.json';

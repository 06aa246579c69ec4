// The search index split into files so a query reads only what it needs (Pagefind's chunked index is the model:
// a meta table of term ranges, one file per range). Documents are of three kinds, kept apart so that the names
// a reader types are never drowned by the words of a hundred thousand quotes:
//
//   e  entities  (name, aliases, description)
//   q  quotes    (text, speaker)
//   a  articles  (title, byline · source, narration)
//
// Scores are MiniSearch's own BM25+ (its formula, its default parameters, the boosts in SEARCH_OPTIONS, term
// statistics over all documents, exactly as one MiniSearch index over every document scores them), computed at
// build time per term and document: an "impact". Each term's postings per kind are sorted by impact, and only the
// first HEAD of them sit in the chunk; the rest follow in tiers of growing size, read only when a query's
// AND-combination needs more than the heads give. That bounds a query's work by HEAD, not by the corpus.
import type { INDEX_FORMAT } from './options.ts';

export const KINDS = ['e', 'q', 'a'] as const;
export type Kind = (typeof KINDS)[number];
export const KIND_INDEX: Record<Kind, number> = { e: 0, q: 1, a: 2 };

/** Postings per term and kind kept in the chunk itself. */
export const HEAD = 256;
/** Tier t (1, 2, …) of a long list holds the next HEAD × TIER_GROWTH^t postings. */
export const TIER_GROWTH = 4;
/** Impacts are stored as integers: score × IMPACT_SCALE, rounded. */
export const IMPACT_SCALE = 1000;

/** keys and impacts (parallel, by impact then key), and how many postings the term has in all. */
export type KindPostings = [keys: number[], impacts: number[], total: number];

export interface Chunk {
  /** Sorted (by UTF-16 code unit, as `<` compares). */
  terms: string[];
  /** Per term: its postings per kind (e, q, a); 0 for a kind without any. */
  postings: [KindPostings | 0, KindPostings | 0, KindPostings | 0][];
}

/** One tier of a long posting list: keys and impacts. */
export type Tier = [keys: number[], impacts: number[]];

export interface SearchMeta {
  format: typeof INDEX_FORMAT;
  head: number;
  /** First term of every chunk, in order. */
  chunks: string[];
  /** Term lengths that have a vocabulary file. */
  vocab: number[];
  /**
   * Document keys: an entity's is its briefing bucket × entity + its slot there; an article's, its article bucket ×
   * article + slot; a quote's, its article's key × quote + its slot among the article's quotes (recordQuotes).
   */
  slots: { entity: number; article: number; quote: number };
}

export const chunkPath = (n: number) => `s/${n}.json`;
export const tierPath = (chunk: number, term: number, kind: Kind, tier: number) =>
  `s/${chunk}/${term}.${kind}.${tier}.json`;
export const vocabPath = (length: number) => `s/v${length}.json`;

/** [start, end) of the postings tier `tier` holds (0 is the head). */
export function tierRange(tier: number, head = HEAD): [number, number] {
  let start = 0;
  let size = head;
  for (let t = 0; t < tier; t++) {
    start += size;
    size = head * TIER_GROWTH ** (t + 1);
  }
  return [start, start + size];
}

/** How many tiers beyond the head a list of `total` postings has. */
export function tierCount(total: number, head = HEAD): number {
  let t = 0;
  while (tierRange(t, head)[1] < total) t++;
  return t;
}

/** Index of the chunk whose range holds `term`: the last chunk starting at or before it. */
export function chunkOf(chunks: readonly string[], term: string): number {
  let lo = 0;
  let hi = chunks.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((chunks[mid] as string) <= term) lo = mid + 1;
    else hi = mid;
  }
  return Math.max(0, lo - 1);
}

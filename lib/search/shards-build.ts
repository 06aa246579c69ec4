// Build side of the split index (lib/search/shards.ts): term statistics over every document, each document's
// impact per term, and the chunk, tier and vocabulary files. Postings are kept in growable typed arrays, a few
// bytes each, so a 100,000-article corpus (tens of millions of postings) fits.
import { detached } from '../corpus/text.ts';
import { FIELDS, INDEX_FORMAT, processTerm, SEARCH_OPTIONS, type SearchDoc, tokenize } from './options.ts';
import {
  type Chunk,
  chunkPath,
  HEAD,
  IMPACT_SCALE,
  KIND_INDEX,
  KINDS,
  type Kind,
  type KindPostings,
  type SearchMeta,
  type Tier,
  tierCount,
  tierPath,
  tierRange,
  vocabPath,
} from './shards.ts';

/** Postings a chunk file holds before the next begins (about 30 kB of JSON). */
const CHUNK_POSTINGS = 2000;

// MiniSearch's BM25+ defaults (its `bm25` search option) and its weighting, as MiniSearch.search applies them.
export const BM25 = { k: 1.2, b: 0.7, d: 0.5 };
const BOOSTS: Record<string, number> = SEARCH_OPTIONS.searchOptions?.boost ?? {};
const BOOST = FIELDS.map((f) => BOOSTS[f] ?? 1);

/** MiniSearch's calcBM25Score: matchingCount documents of totalCount have the term in this field. */
export function bm25(
  tf: number,
  matchingCount: number,
  totalCount: number,
  fieldLength: number,
  avgFieldLength: number,
) {
  const { k, b, d } = BM25;
  const idf = Math.log(1 + (totalCount - matchingCount + 0.5) / (matchingCount + 0.5));
  return idf * (d + (tf * (k + 1)) / (tf + k * (1 - b + (b * fieldLength) / avgFieldLength)));
}

class Growable {
  docs = new Int32Array(4);
  fields = new Uint8Array(4);
  tfs = new Uint16Array(4);
  n = 0;
  push(doc: number, field: number, tf: number) {
    if (this.n === this.docs.length) {
      const size = this.n * 2;
      const docs = new Int32Array(size);
      docs.set(this.docs);
      this.docs = docs;
      const fields = new Uint8Array(size);
      fields.set(this.fields);
      this.fields = fields;
      const tfs = new Uint16Array(size);
      tfs.set(this.tfs);
      this.tfs = tfs;
    }
    this.docs[this.n] = doc;
    this.fields[this.n] = field;
    this.tfs[this.n] = Math.min(tf, 65535);
    this.n++;
  }
}

/** Emits one file of the layout: its path under the layout root and its text. */
export type Emit = (path: string, contents: string) => void | Promise<void>;

export class ShardBuilder {
  private readonly terms = new Map<string, Growable>();
  private lengths = new Uint16Array(FIELDS.length * 1024);
  private kinds = new Uint8Array(1024);
  private keys = new Float64Array(1024);
  /** MiniSearch's running average field length, updated the way its addFieldLength does. */
  private readonly avg = new Float64Array(FIELDS.length);
  private docs = 0;

  /** Adds one document, in MiniSearch's order (the order searchDocuments yields them) so averages match. */
  add(kind: Kind, key: number, doc: SearchDoc): void {
    const d = this.docs++;
    this.grow(d);
    this.kinds[d] = KIND_INDEX[kind];
    this.keys[d] = key;
    const local = new Map<string, number>();
    for (const [f, field] of FIELDS.entries()) {
      const value = doc[field];
      if (value == null) continue;
      const tokens = tokenize(value);
      const length = new Set(tokens).size;
      this.lengths[d * FIELDS.length + f] = Math.min(length, 65535);
      this.avg[f] = ((this.avg[f] as number) * d + length) / (d + 1);
      local.clear();
      for (const token of tokens) {
        const term = processTerm(token);
        if (term) local.set(term, (local.get(term) ?? 0) + 1);
      }
      for (const [term, tf] of local) {
        let g = this.terms.get(term);
        if (!g) {
          g = new Growable();
          // The term is a slice of the document's text: a copy keeps the text collectable.
          this.terms.set(detached(term), g);
        }
        g.push(d, f, tf);
      }
    }
  }

  /** Writes every chunk, tier and vocabulary file; returns the search part of the layout's meta (slots aside). */
  async write(emit: Emit, head = HEAD): Promise<Omit<SearchMeta, 'slots'>> {
    const sorted = [...this.terms.keys()].sort();
    const chunks: string[] = [];
    let chunk: Chunk = { terms: [], postings: [] };
    let inChunk = 0;
    const flush = async () => {
      if (chunk.terms.length === 0) return;
      await emit(chunkPath(chunks.length), JSON.stringify(chunk));
      chunks.push(chunk.terms[0] as string);
      chunk = { terms: [], postings: [] };
      inChunk = 0;
    };
    for (const term of sorted) {
      const lists = this.impacts(this.terms.get(term) as Growable);
      const entry: Chunk['postings'][number] = [0, 0, 0];
      let size = 0;
      for (let k = 0; k < 3; k++) {
        const list = lists[k];
        if (!list || list.keys.length === 0) continue;
        const [start, end] = tierRange(0, head);
        entry[k] = [list.keys.slice(start, end), list.impacts.slice(start, end), list.keys.length];
        size += Math.min(end, list.keys.length);
      }
      if (inChunk > 0 && inChunk + size > CHUNK_POSTINGS) await flush();
      const termIndex = chunk.terms.length;
      chunk.terms.push(term);
      chunk.postings.push(entry);
      inChunk += size;
      // Tiers beyond the head belong to this chunk number (the one being filled).
      for (let k = 0; k < 3; k++) {
        const list = lists[k];
        if (!list) continue;
        const tiers = tierCount(list.keys.length, head);
        for (let t = 1; t <= tiers; t++) {
          const [start, end] = tierRange(t, head);
          const tier: Tier = [list.keys.slice(start, end), list.impacts.slice(start, end)];
          await emit(tierPath(chunks.length, termIndex, KINDS[k] as Kind, t), JSON.stringify(tier));
        }
      }
      this.terms.delete(term);
    }
    await flush();
    const byLength = new Map<number, string[]>();
    for (const term of sorted) {
      const list = byLength.get(term.length) ?? [];
      list.push(term);
      byLength.set(term.length, list);
    }
    const vocab = [...byLength.keys()].sort((a, b) => a - b);
    for (const length of vocab) await emit(vocabPath(length), JSON.stringify(byLength.get(length)));
    return { format: INDEX_FORMAT, head, chunks, vocab };
  }

  /** One term's postings per kind, as impacts sorted best first (ties by key, so builds are reproducible). */
  private impacts(g: Growable): ({ keys: number[]; impacts: number[] } | undefined)[] {
    // Documents holding the term, per field: MiniSearch's "matching count" for the term's IDF in that field.
    const df = new Array<number>(FIELDS.length).fill(0);
    for (let i = 0; i < g.n; i++) {
      const f = g.fields[i] as number;
      df[f] = (df[f] as number) + 1;
    }
    // Per kind, in flat arrays (a common term has a posting in most documents: 100,000 objects each otherwise).
    const keys = new Float64Array(g.n);
    const impacts = new Float64Array(g.n);
    const kinds = new Uint8Array(g.n);
    let n = 0;
    let i = 0;
    while (i < g.n) {
      const d = g.docs[i] as number;
      let score = 0;
      for (; i < g.n && g.docs[i] === d; i++) {
        const f = g.fields[i] as number;
        const length = this.lengths[d * FIELDS.length + f] as number;
        score +=
          (BOOST[f] as number) * bm25(g.tfs[i] as number, df[f] as number, this.docs, length, this.avg[f] as number);
      }
      keys[n] = this.keys[d] as number;
      impacts[n] = Math.round(score * IMPACT_SCALE);
      kinds[n] = this.kinds[d] as number;
      n++;
    }
    return KINDS.map((_, k) => {
      let count = 0;
      for (let j = 0; j < n; j++) if (kinds[j] === k) count++;
      if (count === 0) return undefined;
      const order = new Uint32Array(count);
      let at = 0;
      for (let j = 0; j < n; j++) if (kinds[j] === k) order[at++] = j;
      order.sort(
        (x, y) => (impacts[y] as number) - (impacts[x] as number) || (keys[x] as number) - (keys[y] as number),
      );
      return {
        keys: Array.from(order, (j) => keys[j] as number),
        impacts: Array.from(order, (j) => impacts[j] as number),
      };
    });
  }

  private grow(d: number) {
    if (d < this.kinds.length) return;
    const size = this.kinds.length * 2;
    const kinds = new Uint8Array(size);
    kinds.set(this.kinds);
    this.kinds = kinds;
    const keys = new Float64Array(size);
    keys.set(this.keys);
    this.keys = keys;
    const lengths = new Uint16Array(size * FIELDS.length);
    lengths.set(this.lengths);
    this.lengths = lengths;
  }
}

export type { KindPostings };

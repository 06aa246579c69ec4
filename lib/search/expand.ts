// One query word's terms: the word itself, its completions (from 3 letters) and, on the typo pass, the words within
// its edit distance, each with MiniSearch's weight for that kind of match, found in the chunks of the split index
// (and, for typos, with MiniSearch's own SearchableMap.fuzzyGet over the vocabulary of nearby lengths).
import SearchableMap from 'minisearch/SearchableMap';
import { SEARCH_OPTIONS } from './options.ts';
import type { ShardSource } from './sharded.ts';
import { type Chunk, chunkOf } from './shards.ts';

/** MiniSearch's default weights for prefix and fuzzy matches. */
const WEIGHTS = { prefix: 0.375, fuzzy: 0.45 };
const MAX_FUZZY = SEARCH_OPTIONS.searchOptions?.maxFuzzy ?? 2;
/** Terms one query word stands for at most: itself and its strongest completions or corrections. */
export const MAX_COMPLETIONS = 48;

/** One term a query word matched: exact, a completion, or a typo's correction. */
export interface Derived {
  term: string;
  weight: number;
  chunk: number;
  index: number;
  lists: Chunk['postings'][number];
}

export class TermExpander {
  private readonly source: ShardSource;
  /** Typo search's radix trees, one per word length, built on first need and kept while the searcher lives. */
  private readonly fuzzyMaps = new Map<number, Promise<SearchableMap<true>>>();

  constructor(source: ShardSource) {
    this.source = source;
  }

  /** The terms one query word matches, each with its chunk entry and weight. */
  async expand(word: string, fuzzy: boolean): Promise<Derived[]> {
    const { source } = this;
    const { meta } = source;
    const options = SEARCH_OPTIONS.searchOptions ?? {};
    const prefix = typeof options.prefix === 'function' ? options.prefix(word, 0, [word]) : !!options.prefix;
    const found = new Map<string, { weight: number; chunk: number; index: number; chunkData: Chunk }>();
    const last = prefix ? chunkOf(meta.chunks, `${word}\uffff`) : chunkOf(meta.chunks, word);
    const first = chunkOf(meta.chunks, word);
    const chunks = await Promise.all(range(first, last).map((n) => source.chunk(n)));
    chunks.forEach((chunk, i) => {
      const n = first + i;
      for (let t = lowerBound(chunk.terms, word); t < chunk.terms.length; t++) {
        const term = chunk.terms[t] as string;
        if (term !== word && !(prefix && term.startsWith(word))) break;
        const distance = term.length - word.length;
        const weight = distance === 0 ? 1 : (WEIGHTS.prefix * term.length) / (term.length + 0.3 * distance);
        found.set(term, { weight, chunk: n, index: t, chunkData: chunk });
      }
    });
    const fuzziness = fuzzy && typeof options.fuzzy === 'function' ? options.fuzzy(word, 0, [word]) : false;
    if (typeof fuzziness === 'number' && fuzziness > 0) {
      const maxDistance = fuzziness < 1 ? Math.min(MAX_FUZZY, Math.round(word.length * fuzziness)) : fuzziness;
      const lengths = meta.vocab.filter((l) => Math.abs(l - word.length) <= maxDistance);
      const maps = await Promise.all(lengths.map((l) => this.fuzzyMap(l)));
      const typos: [string, number][] = [];
      for (const map of maps) {
        for (const [term, [, distance]] of map.fuzzyGet(word, maxDistance)) {
          // Exact words and completions keep their own weights, as in MiniSearch.
          if (distance > 0 && !found.has(term)) typos.push([term, distance]);
        }
      }
      await Promise.all(
        typos.map(async ([term, distance]) => {
          const n = chunkOf(meta.chunks, term);
          const chunk = await source.chunk(n);
          const t = lowerBound(chunk.terms, term);
          if (chunk.terms[t] !== term) return;
          found.set(term, {
            weight: (WEIGHTS.fuzzy * term.length) / (term.length + distance),
            chunk: n,
            index: t,
            chunkData: chunk,
          });
        }),
      );
    }
    const derived = [...found].map(([term, f]): Derived => {
      const lists = f.chunkData.postings[f.index] ?? [0, 0, 0];
      return { term, weight: f.weight, chunk: f.chunk, index: f.index, lists };
    });
    if (derived.length <= MAX_COMPLETIONS) return derived;
    // A short prefix can complete to thousands of words in a large corpus: keep the exact word and the
    // completions that can score highest (weight × their best posting), which are the ones results come from.
    const potential = (d: Derived) =>
      d.term === word ? Number.POSITIVE_INFINITY : d.weight * Math.max(...d.lists.map((l) => (l ? (l[1][0] ?? 0) : 0)));
    return derived.sort((x, y) => potential(y) - potential(x)).slice(0, MAX_COMPLETIONS);
  }

  private fuzzyMap(length: number): Promise<SearchableMap<true>> {
    let map = this.fuzzyMaps.get(length);
    if (!map) {
      map = this.source.vocab(length).then((terms) => SearchableMap.from(terms.map((t): [string, true] => [t, true])));
      map.catch(() => this.fuzzyMaps.delete(length));
      this.fuzzyMaps.set(length, map);
    }
    return map;
  }
}

function lowerBound(list: readonly string[], value: string): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((list[mid] as string) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let n = from; n <= to; n++) out.push(n);
  return out;
}

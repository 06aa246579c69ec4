// Run-time side of the split index: a query reads the chunks holding its words (and their completions), scores
// documents from the impacts stored there, and reads the few articles and briefings its results show.
//
// The scoring is MiniSearch.search's, step by step (lib/search/shards.ts says why it runs here rather than inside a
// MiniSearch instance: a MiniSearch index derives each term's IDF from the postings it holds, so it cannot score
// from the first HEAD postings of a list): a query word matches its exact term with weight 1, its completions
// with MiniSearch's prefix weight and, on the typo pass, terms within its edit distance (found with MiniSearch's
// own SearchableMap.fuzzyGet) with its fuzzy weight; a document's score per word is the sum over the terms it
// matched, words combine with AND (or OR) by summing, and the total is multiplied by the number of words matched.
import type { EntitySummary } from '../briefing/types.ts';
import type { ArticleRecord, QuoteRows } from '../layout/types.ts';
import { type Derived, TermExpander } from './expand.ts';
import { articleHitOf, marksIn, snippet } from './marks.ts';
import { foldForTerms, processTerm, spellingsOf, tokenize } from './options.ts';
import { type Chunk, IMPACT_SCALE, KINDS, type Kind, type SearchMeta, type Tier, tierCount } from './shards.ts';
import type { ArticleHit, EntityHit, QuoteHit, SearchResults, StartState } from './types.ts';

/** What the searcher reads, one file at a time; the layout reader (or an in-memory layout in tests) provides it. */
export interface ShardSource {
  meta: SearchMeta;
  chunk(n: number): Promise<Chunk>;
  tier(chunk: number, term: number, kind: Kind, tier: number): Promise<Tier>;
  vocab(length: number): Promise<string[]>;
  entity(key: number): Promise<EntitySummary | undefined>;
  article(key: number): Promise<ArticleRecord | undefined>;
  /** An article's title and quotes, by the article's key: all a quote result shows. */
  quotes(articleKey: number): Promise<QuoteRows | undefined>;
}

export interface Searcher {
  /** Best matches per group, at most `limit` each. Never throws on odd input; empty for a query with no words. */
  search(query: string, limit?: number): Promise<SearchResults>;
  /** What the popup shows before anything is typed. */
  startState(limit?: number): Promise<StartState>;
  /**
   * The ranked documents of each kind for processed query words, reading tiers until each kind has `need` (all
   * of them for Infinity): what search groups its results from, open for tests and the bench.
   */
  rank(words: string[], pass: Pass, need: number): Promise<Ranked>;
}

export interface Pass {
  fuzzy: boolean;
  combine: 'AND' | 'OR';
}

export interface Hit {
  key: number;
  score: number;
  /** Index terms matched (what the marks look for). */
  terms: string[];
}

export type Ranked = { e: Hit[]; q: Hit[]; a: Hit[] };

/** Longer queries are cut: nobody types more, and it bounds the work. */
export const MAX_QUERY_CHARS = 200;
export const MAX_QUERY_TERMS = 8;
const DEFAULT_LIMIT = 5;
/** Paragraphs of an article result tokenized to choose its snippet. */
const SNIPPET_CANDIDATES = 3;
/** A quote's match counts for its article, a little less than the article's own words. */
const QUOTE_TO_ARTICLE = 0.8;

/**
 * One word's running score for one document, and the terms it matched there: the first on its own, since most
 * documents match one (a query adds one of these per posting it reads, thousands, and each allocation is GC).
 */
interface Acc {
  score: number;
  term: string;
  more: string[] | undefined;
}

/** The distinct terms an accumulator (or several) matched, in the order they were added. */
function termsOf(...accs: readonly Acc[]): string[] {
  const only = accs.length === 1 ? accs[0] : undefined;
  if (only && !only.more) return [only.term];
  const terms: string[] = [];
  for (const acc of accs) {
    terms.push(acc.term);
    if (acc.more) terms.push(...acc.more);
  }
  return [...new Set(terms)];
}

export function createShardedSearcher(source: ShardSource, startState: () => Promise<StartState>): Searcher {
  const { meta } = source;
  const expander = new TermExpander(source);
  const expand = (word: string, fuzzy: boolean) => expander.expand(word, fuzzy);

  /** Documents of one kind matching the words, best first; reads further tiers while fewer than `need` match. */
  async function rank(words: Derived[][], k: number, combine: Pass['combine'], need: number): Promise<Hit[]> {
    const perWord = words.map(() => new Map<number, Acc>());
    const read = new Map<Derived, number>();
    words.forEach((derived, i) => {
      for (const d of derived) {
        const head = d.lists[k];
        if (head) addPostings(perWord[i] as Map<number, Acc>, d, head[0], head[1]);
      }
    });
    for (;;) {
      const hits = combineWords(perWord, combine);
      if (hits.length >= need) return hits;
      // Every list still holding postings past what was read gets its next tier, added to what its word has.
      const more: [number, Derived][] = [];
      words.forEach((derived, i) => {
        for (const d of derived) {
          const list = d.lists[k];
          if (list && (read.get(d) ?? 0) < tierCount(list[2], meta.head)) more.push([i, d]);
        }
      });
      if (more.length === 0) return hits;
      await Promise.all(
        more.map(async ([i, d]) => {
          const tier = (read.get(d) ?? 0) + 1;
          read.set(d, tier);
          const [keys, impacts] = await source.tier(d.chunk, d.index, KINDS[k] as Kind, tier);
          addPostings(perWord[i] as Map<number, Acc>, d, keys, impacts);
        }),
      );
    }
  }

  async function run(words: string[], pass: Pass, limit: number): Promise<Ranked> {
    const derived = await Promise.all(words.map((w) => expand(w, pass.fuzzy)));
    // Names: people and other entities each want `limit`, so twice as many candidates.
    const [e, q, a] = await Promise.all([
      rank(derived, 0, pass.combine, limit * 2),
      rank(derived, 1, pass.combine, limit),
      rank(derived, 2, pass.combine, limit),
    ]);
    return { e, q, a };
  }

  async function collect(found: Ranked, out: SearchResults, limit: number) {
    // An entity's key says whether it is a person: each group takes its best, and only those are read.
    const people = found.e.filter((h) => h.key % 2 === 0).slice(0, limit);
    const others = found.e.filter((h) => h.key % 2 === 1).slice(0, limit);
    const [peopleRows, otherRows] = await Promise.all([
      Promise.all(people.map((h) => source.entity(h.key))),
      Promise.all(others.map((h) => source.entity(h.key))),
    ]);
    people.forEach((h, i) => {
      const e = peopleRows[i];
      if (e) out.people.push(entityHit(e, h.terms));
    });
    others.forEach((h, i) => {
      const e = otherRows[i];
      if (e) out.entities.push(entityHit(e, h.terms));
    });
    // Articles rank by their own match (title, narration) or their best quote's, whichever is higher.
    const slots = meta.slots.quote;
    const byArticle = new Map<number, { score: number; terms: Set<string> }>();
    const credit = (key: number, score: number, terms: readonly string[]) => {
      const known = byArticle.get(key);
      if (known) {
        known.score = Math.max(known.score, score);
        for (const t of terms) known.terms.add(t);
      } else byArticle.set(key, { score, terms: new Set(terms) });
    };
    for (const h of found.q) credit(Math.floor(h.key / slots), h.score * QUOTE_TO_ARTICLE, h.terms);
    for (const h of found.a) credit(h.key, h.score, h.terms);
    const ranked = [...byArticle].sort((x, y) => y[1].score - x[1].score || x[0] - y[0]).slice(0, limit);
    const quotes = found.q.slice(0, limit);
    const [rows, records] = await Promise.all([
      Promise.all(quotes.map((h) => source.quotes(Math.floor(h.key / slots)))),
      Promise.all(ranked.map(([key]) => source.article(key))),
    ]);
    quotes.forEach((h, i) => {
      const r = rows[i];
      const q = r?.[2][h.key % slots];
      if (r && q) out.quotes.push(quoteHit(r[0], r[1], q, h.terms));
    });
    ranked.forEach(([, { terms }], i) => {
      const record = records[i];
      if (record) out.articles.push(articleHit(record, [...terms]));
    });
  }

  return {
    async search(query, limit = DEFAULT_LIMIT) {
      const text = typeof query === 'string' ? query.slice(0, MAX_QUERY_CHARS) : '';
      const results: SearchResults = { query: text.trim(), people: [], entities: [], quotes: [], articles: [] };
      const words = [
        ...new Set(
          tokenize(text)
            .map(processTerm)
            .filter((t): t is string => !!t),
        ),
      ].slice(0, MAX_QUERY_TERMS);
      if (words.length === 0 || limit <= 0) return results;
      // Every word must match; only when nothing does is any word enough. Typos are the exception, not the rule:
      // fuzzy matching reads vocabulary files, so it runs only when the words as typed (and as prefixes) find nothing.
      const empty = (f: Ranked) => f.e.length + f.q.length + f.a.length === 0;
      let found = await run(words, { fuzzy: false, combine: 'AND' }, limit);
      if (empty(found)) found = await run(words, { fuzzy: true, combine: 'AND' }, limit);
      if (empty(found) && words.length > 1) found = await run(words, { fuzzy: true, combine: 'OR' }, limit);
      await collect(found, results, limit);
      return results;
    },
    async startState(limit = 8) {
      const state = await startState();
      return { ...state, topPeople: state.topPeople.slice(0, limit) };
    },
    rank: (words, pass, need) => run(words, pass, need),
  };
}

/** Adds a list's postings (weighted) to its word's running scores. */
function addPostings(docs: Map<number, Acc>, d: Derived, keys: readonly number[], impacts: readonly number[]) {
  const w = d.weight / IMPACT_SCALE;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as number;
    const score = w * (impacts[i] as number);
    const acc = docs.get(key);
    if (acc) {
      acc.score += score;
      if (acc.more) acc.more.push(d.term);
      else acc.more = [d.term];
    } else docs.set(key, { score, term: d.term, more: undefined });
  }
}

/** The words combined: with AND, documents every word matched; with OR, any. Summed, times the words matched. */
function combineWords(perWord: Map<number, Acc>[], combine: Pass['combine']): Hit[] {
  const hits: Hit[] = [];
  if (combine === 'AND') {
    const [smallest, ...rest] = [...perWord].sort((x, y) => x.size - y.size);
    if (!smallest) return hits;
    const matched: Acc[] = [];
    for (const [key, acc] of smallest) {
      let score = acc.score;
      matched.length = 0;
      matched.push(acc);
      let all = true;
      for (const other of rest) {
        const o = other.get(key);
        if (!o) {
          all = false;
          break;
        }
        score += o.score;
        matched.push(o);
      }
      if (all) hits.push({ key, score: score * perWord.length, terms: termsOf(...matched) });
    }
  } else {
    const merged = new Map<number, { score: number; accs: Acc[] }>();
    for (const docs of perWord) {
      for (const [key, acc] of docs) {
        const m = merged.get(key);
        if (m) {
          m.score += acc.score;
          m.accs.push(acc);
        } else merged.set(key, { score: acc.score, accs: [acc] });
      }
    }
    for (const [key, m] of merged) hits.push({ key, score: m.score * m.accs.length, terms: termsOf(...m.accs) });
  }
  return hits.sort((x, y) => y.score - x.score || x.key - y.key);
}

function entityHit(e: EntitySummary, terms: readonly string[]): EntityHit {
  const hit: EntityHit = { id: e.id, name: e.name, kind: e.kind, marks: marksIn(e.name, terms) };
  if (e.description) hit.description = e.description;
  return hit;
}

function quoteHit(
  articleId: string,
  articleTitle: string,
  [id, paragraph, words, speaker]: QuoteRows[2][number],
  terms: readonly string[],
): QuoteHit {
  const { text, marks } = snippet(words, terms);
  return { id, text, speaker, articleId, articleTitle, paragraph, marks };
}

function articleHit(record: ArticleRecord, terms: readonly string[]): ArticleHit {
  const a = record.article;
  // The paragraph that matches the most distinct query words is the snippet. Only paragraphs that can hold one of
  // the terms are tokenized: marking every paragraph of every result was most of a query's time.
  // A quick count of the terms a paragraph can hold picks the candidates; only the best few are tokenized.
  const spellings = terms.map((t) => spellingsOf(t));
  const held = a.paragraphs.map((text) => {
    const folded = foldForTerms(text);
    return spellings.filter((forms) => forms.some((f) => folded.includes(f))).length;
  });
  const most = Math.max(0, ...held);
  const candidates = held.flatMap((n, i) => (n > 0 && n === most ? [i] : [])).slice(0, SNIPPET_CANDIDATES);
  return articleHitOf(a, candidates, terms);
}

// Run-time side of search: loads the prebuilt index and answers the popup's queries with people, other
// entities, quotes and articles, each with the [start, end) ranges of matched words in the text it shows.
import MiniSearch, { type SearchResult } from 'minisearch';
import type { Article, Entity, Pack, Quote } from '../corpus/types.ts';
import { processTerm, SEARCH_OPTIONS, type SearchDoc, TOKEN, tokenize } from './options.ts';
import type { ArticleHit, EntityHit, MatchRange, QuoteHit, SearchResults, StartState } from './types.ts';

export interface Searcher {
  /** Best matches per group, at most `limit` each. Never throws on odd input; empty for a query with no words. */
  search(query: string, limit?: number): SearchResults;
  /** What the popup shows before anything is typed. */
  startState(limit?: number): StartState;
}

/** Longer queries are cut: nobody types more, and it bounds the work. */
export const MAX_QUERY_CHARS = 200;
export const MAX_QUERY_TERMS = 8;
/** Hits read per query: all groups fill from one ranked list, so quotes must not be starved by articles. */
const MAX_RESULTS_SCANNED = 5000;
const SNIPPET_CHARS = 220;
const DEFAULT_LIMIT = 5;
/** A quote's match counts for its article, a little less than the article's own words. */
const QUOTE_TO_ARTICLE = 0.8;

/** Loads a serialized index (the parsed `pack.index`) with the options it was built with. */
export function loadIndex(index: unknown): Promise<MiniSearch<SearchDoc>> {
  if (!index || typeof index !== 'object') return Promise.reject(new Error('the pack has no search index'));
  return MiniSearch.loadJSAsync(index as Parameters<typeof MiniSearch.loadJS>[0], SEARCH_OPTIONS);
}

export async function createSearcher(pack: Pack): Promise<Searcher> {
  return searcherFromIndex(await loadIndex(pack.index), pack);
}

export function searcherFromIndex(index: MiniSearch<SearchDoc>, pack: Pack): Searcher {
  const entities = new Map(pack.entities.map((e) => [e.id, e]));
  const quotes = new Map(pack.quotes.map((q) => [q.id, q]));
  const articles = new Map(pack.articles.map((a) => [a.id, a]));
  let saidCounts: Map<string, number> | undefined;
  const said = () => {
    if (!saidCounts) {
      saidCounts = new Map();
      for (const q of pack.quotes) if (q.speakerId) saidCounts.set(q.speakerId, (saidCounts.get(q.speakerId) ?? 0) + 1);
    }
    return saidCounts;
  };

  return {
    search(query, limit = DEFAULT_LIMIT) {
      const text = typeof query === 'string' ? query.slice(0, MAX_QUERY_CHARS) : '';
      const results: SearchResults = { query: text.trim(), people: [], entities: [], quotes: [], articles: [] };
      const terms = [
        ...new Set(
          tokenize(text)
            .map(processTerm)
            .filter((t): t is string => !!t),
        ),
      ].slice(0, MAX_QUERY_TERMS);
      if (terms.length === 0 || limit <= 0) return results;
      const q = terms.join(' ');
      // Every word must match; only when nothing does is any word enough. Typos are the exception, not the rule:
      // fuzzy matching walks much of the index per word, so it runs only when the words as typed (and as
      // prefixes) find nothing.
      let hits = index.search(q, { combineWith: 'AND', fuzzy: false });
      if (hits.length === 0) hits = index.search(q, { combineWith: 'AND' });
      if (hits.length === 0 && terms.length > 1) hits = index.search(q, { combineWith: 'OR' });
      collect(hits.slice(0, MAX_RESULTS_SCANNED), results, limit);
      return results;
    },
    startState(limit = 8) {
      const counts = said();
      const people = pack.entities
        .filter((e) => e.kind === 'person')
        .sort((a, b) => (counts.get(b.id) ?? 0) - (counts.get(a.id) ?? 0) || b.mentions.length - a.mentions.length)
        .slice(0, limit);
      return {
        topPeople: people.map((e) => ({ ...entityHit(e), marks: [], quoteCount: counts.get(e.id) ?? 0 })),
        articleCount: pack.articles.length,
      };
    },
  };

  function collect(hits: SearchResult[], out: SearchResults, limit: number) {
    // Articles rank by their own match (title, narration) or their best quote's, whichever is higher.
    const byArticle = new Map<string, { article: Article; score: number; terms: Set<string> }>();
    const credit = (articleId: string, score: number, terms: readonly string[]) => {
      const article = articles.get(articleId);
      if (!article) return;
      const known = byArticle.get(articleId);
      if (known) {
        known.score = Math.max(known.score, score);
        for (const t of terms) known.terms.add(t);
      } else byArticle.set(articleId, { article, score, terms: new Set(terms) });
    };
    for (const hit of hits) {
      const id = String(hit.id);
      const kind = id.slice(0, 2);
      const rest = id.slice(2);
      if (kind === 'e:') {
        const e = entities.get(rest);
        const group = e?.kind === 'person' ? out.people : out.entities;
        if (e && group.length < limit) group.push(entityHit(e, hit.terms));
      } else if (kind === 'q:') {
        const quote = quotes.get(rest);
        if (!quote) continue;
        if (out.quotes.length < limit) out.quotes.push(quoteHit(quote, hit.terms));
        credit(quote.articleId, hit.score * QUOTE_TO_ARTICLE, hit.terms);
      } else if (kind === 'a:') {
        credit(rest, hit.score, hit.terms);
      }
    }
    const ranked = [...byArticle.values()].sort((a, b) => b.score - a.score).slice(0, limit);
    for (const { article, terms } of ranked) out.articles.push(articleHit(article, [...terms]));
  }

  function entityHit(e: Entity, terms: readonly string[] = []): EntityHit {
    const hit: EntityHit = { id: e.id, name: e.name, kind: e.kind, marks: marksIn(e.name, terms) };
    if (e.description) hit.description = e.description;
    return hit;
  }

  function quoteHit(q: Quote, terms: readonly string[]): QuoteHit {
    const { text, marks } = snippet(q.text, terms);
    return {
      id: q.id,
      text,
      speaker: q.speaker,
      articleId: q.articleId,
      articleTitle: articles.get(q.articleId)?.title ?? '',
      paragraph: q.paragraph,
      marks,
    };
  }

  function articleHit(a: Article, terms: readonly string[]): ArticleHit {
    // The paragraph that matches the most distinct query words is the snippet.
    let paragraph = 0;
    let best = 0;
    for (const [i, text] of a.paragraphs.entries()) {
      const marks = marksIn(text, terms);
      if (marks.length === 0) continue;
      const distinct = new Set(marks.map(([s, e]) => processTerm(text.slice(s, e)))).size;
      const score = distinct * 1000 + marks.length;
      if (score > best) {
        best = score;
        paragraph = i;
      }
    }
    const { text, marks } = snippet(a.paragraphs[paragraph] ?? '', terms);
    return { id: a.id, title: a.title, snippet: text, paragraph, marks };
  }
}

/** Ranges of words in `text` whose indexed form is one of the matched terms. */
export function marksIn(text: string, terms: readonly string[]): MatchRange[] {
  if (terms.length === 0) return [];
  const wanted = new Set(terms);
  const marks: MatchRange[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const term = processTerm(m[0]);
    if (term && wanted.has(term)) marks.push([m.index, m.index + m[0].length]);
  }
  return marks;
}

/** A window of `text` around its first match, cut at word boundaries, with marks relative to the window. */
export function snippet(
  text: string,
  terms: readonly string[],
  max = SNIPPET_CHARS,
): { text: string; marks: MatchRange[] } {
  const marks = marksIn(text, terms);
  if (text.length <= max) return { text, marks };
  const first = marks[0]?.[0] ?? 0;
  let start = Math.max(0, first - Math.floor(max / 4));
  if (start > 0) {
    const space = text.lastIndexOf(' ', start);
    start = space > 0 && first - space < max / 2 ? space + 1 : start;
  }
  let end = Math.min(text.length, start + max);
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space > start + max / 2) end = space;
  }
  const prefix = start > 0 ? '…' : '';
  const suffix = end < text.length ? '…' : '';
  const shift = prefix.length - start;
  return {
    text: `${prefix}${text.slice(start, end)}${suffix}`,
    marks: marks.filter(([s, e]) => s >= start && e <= end).map(([s, e]): MatchRange => [s + shift, e + shift]),
  };
}

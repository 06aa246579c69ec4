// Search over both corpora: the bundled split index as before, and a small MiniSearch index over the reader's
// articles (the same documents and options the build indexes), built on the first search after each change.
// Each group lists the reader's matches first (what they added is what they most likely look for), then the
// bundled ones, without repeating an entity both know.
import MiniSearch, { type SearchResult } from 'minisearch';
import type { Article } from '../corpus/types.ts';
import { searchDocuments } from '../search/build.ts';
import { articleHitOf, marksIn, snippet } from '../search/marks.ts';
import { SEARCH_OPTIONS, type SearchDoc } from '../search/options.ts';
import type { Searcher } from '../search/sharded.ts';
import type { ArticleHit, EntityHit, QuoteHit, SearchResults } from '../search/types.ts';
import type { UserCorpus } from './link.ts';

const DEFAULT_LIMIT = 5;

interface UserIndex {
  corpus: UserCorpus;
  search: MiniSearch<SearchDoc>;
}

/**
 * Indexing runs in slices of about this many milliseconds, with a yield between them, so a hover's briefing is
 * answered while 200 added articles (some 400 ms of indexing) are indexed.
 */
const INDEX_SLICE_MS = 12;

/** The bundled searcher with the reader's articles merged into every group. */
export function mergedSearcher(bundled: Searcher, corpus: () => Promise<UserCorpus | null>): Searcher {
  let built: Promise<UserIndex> | undefined;
  let builtFor: UserCorpus | undefined;
  const index = async (): Promise<UserIndex | null> => {
    const c = await corpus();
    if (!c) return null;
    if (builtFor !== c || !built) {
      builtFor = c;
      built = buildUserIndex(c).then((search) => ({ corpus: c, search }));
    }
    return built;
  };
  return {
    async search(query, limit = DEFAULT_LIMIT) {
      const [theirs, ours] = await Promise.all([bundled.search(query, limit), index()]);
      if (!ours) return theirs;
      return mergeResults(searchUser(ours, theirs.query, limit), theirs, limit);
    },
    async startState(limit) {
      const [state, ours] = await Promise.all([bundled.startState(limit), corpus()]);
      return ours ? { ...state, articleCount: state.articleCount + ours.pack.articles.length } : state;
    },
    rank: (words, pass, need) => bundled.rank(words, pass, need),
  };
}

export async function buildUserIndex(corpus: UserCorpus): Promise<MiniSearch<SearchDoc>> {
  const search = new MiniSearch<SearchDoc>(SEARCH_OPTIONS);
  let started = performance.now();
  for (const doc of searchDocuments(corpus.pack)) {
    search.add(doc);
    if (performance.now() - started > INDEX_SLICE_MS) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      started = performance.now();
    }
  }
  return search;
}

/** The reader's matches, grouped as the bundled searcher groups them. */
export function searchUser(index: UserIndex, query: string, limit = DEFAULT_LIMIT): SearchResults {
  const out: SearchResults = { query, people: [], entities: [], quotes: [], articles: [] };
  if (!query) return out;
  let found = index.search.search(query, { combineWith: 'AND', fuzzy: false });
  if (found.length === 0) found = index.search.search(query, { combineWith: 'AND' });
  if (found.length === 0) found = index.search.search(query, { combineWith: 'OR' });
  const { pack } = index.corpus;
  const entities = new Map(pack.entities.map((e) => [e.id, e]));
  const quotes = new Map(pack.quotes.map((q) => [q.id, q]));
  const articles = new Map(pack.articles.map((a) => [a.id, a]));
  for (const hit of found) {
    const [kind, id] = splitId(hit);
    if (kind === 'e') {
      const e = entities.get(id);
      if (!e) continue;
      const group = e.kind === 'person' ? out.people : out.entities;
      if (group.length >= limit) continue;
      const h: EntityHit = { id: e.id, name: e.name, kind: e.kind, marks: marksIn(e.name, hit.terms) };
      if (e.description) h.description = e.description;
      group.push(h);
    } else if (kind === 'q' && out.quotes.length < limit) {
      const q = quotes.get(id);
      const a = q && articles.get(q.articleId);
      if (!q || !a) continue;
      const { text, marks } = snippet(q.text, hit.terms);
      const h: QuoteHit = {
        id: q.id,
        text,
        speaker: q.speaker,
        articleId: a.id,
        articleTitle: a.title,
        marks,
        paragraph: q.paragraph,
      };
      out.quotes.push(h);
    } else if (kind === 'a' && out.articles.length < limit) {
      const a = articles.get(id);
      if (a) out.articles.push(articleHit(a, hit.terms));
    }
  }
  return out;
}

function splitId(hit: SearchResult): [string, string] {
  const id = String(hit.id);
  return [id.slice(0, 1), id.slice(2)];
}

function articleHit(a: Article, terms: readonly string[]): ArticleHit {
  return articleHitOf(a, a.paragraphs.keys(), terms);
}

/** Each group: the reader's matches, then the bundled ones not already listed, at most `limit`. */
export function mergeResults(ours: SearchResults, theirs: SearchResults, limit: number): SearchResults {
  const merge = <T extends { id: string }>(a: T[], b: T[]): T[] => {
    const seen = new Set<string>();
    return [...a, ...b].filter((h) => !seen.has(h.id) && seen.add(h.id)).slice(0, limit);
  };
  return {
    query: theirs.query,
    people: merge(ours.people, theirs.people),
    entities: merge(ours.entities, theirs.entities),
    quotes: merge(ours.quotes, theirs.quotes),
    articles: merge(ours.articles, theirs.articles),
  };
}

import type { EntityKind } from '../corpus/types.ts';

/** [start, end) offsets of matched words inside a snippet, for marking without HTML. */
export type MatchRange = [number, number];

export interface EntityHit {
  id: string;
  name: string;
  kind: EntityKind;
  description?: string;
  marks: MatchRange[];
}
export interface QuoteHit {
  id: string;
  text: string;
  speaker: string | null;
  articleId: string;
  articleTitle: string;
  paragraph: number;
  marks: MatchRange[];
}
export interface ArticleHit {
  id: string;
  title: string;
  snippet: string;
  paragraph: number;
  marks: MatchRange[];
}
export interface SearchResults {
  query: string;
  people: EntityHit[];
  entities: EntityHit[];
  quotes: QuoteHit[];
  articles: ArticleHit[];
}
export interface StartState {
  topPeople: (EntityHit & { quoteCount: number })[];
  articleCount: number;
}

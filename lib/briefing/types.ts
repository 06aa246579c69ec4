// What the background answers about one entity: the popover's Briefing, the briefing page's Dossier and ArticleView.
import type { Article, EntityKind, Span } from '../corpus/types.ts';

export interface EntitySummary {
  id: string;
  name: string;
  kind: EntityKind;
  description?: string;
}

export interface CitedQuote {
  id: string;
  text: string;
  speaker: string | null;
  speakerId: string | null;
  /** "by": the entity said it; "about": it mentions the entity. */
  relation: 'by' | 'about';
  articleId: string;
  articleTitle: string;
  paragraph: number;
  date?: string;
  source?: string;
}

export interface Briefing {
  entity: EntitySummary;
  quotes: CitedQuote[];
  /** How many quotes exist in all, so the popover can say "N more". */
  totalQuotes: number;
  related: EntitySummary[];
}

export interface DossierArticle {
  article: Pick<Article, 'id' | 'title' | 'date' | 'source' | 'byline'>;
  quotes: (CitedQuote & { context: string })[];
  sentences: (Span & { text: string })[];
}

export interface Dossier {
  entity: EntitySummary & { aliases: string[] };
  articles: DossierArticle[];
  related: EntitySummary[];
}

export interface ArticleView {
  article: Article;
  /** Entity mentions and quotes by paragraph, for highlighting and anchors in the reader. */
  mentions: (Span & { entityId: string; kind: EntityKind })[];
  quotes: {
    id: string;
    paragraph: number;
    start: number;
    end: number;
    speaker: string | null;
    speakerId: string | null;
  }[];
}

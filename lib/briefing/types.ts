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
  /** The page an added article was read from (the reader's own articles only). */
  url?: string;
}

export interface Briefing {
  entity: EntitySummary;
  /** Said by the entity first, then about it; at most the requested limit, repeated wordings dropped. */
  quotes: CitedQuote[];
  /** How many distinct quotes exist in all, so the popover can say "N more". */
  totalQuotes: number;
  related: EntitySummary[];
  /**
   * The name on the page was one several entities claim (`form`) and this one was chosen from its context; the
   * others it could mean, by their matcher number (what the page knows them by), so the reader can switch.
   */
  also?: { form: string; others: { entity: number; entityId: string; name: string }[] };
}

/**
 * A form several entities claim, as the build's matcher lists it: its candidates, most mentioned with that form
 * first, as [number in the matcher, id, name].
 */
export interface SharedForm {
  form: string;
  candidates: [entity: number, id: string, name: string][];
}

/** A name several entities claim ("Marlow"), and the others it could mean besides the one chosen. */
export interface SharedChoice {
  form: string;
  others: { entityId: string; name: string }[];
}

export interface DossierArticle {
  article: Pick<Article, 'id' | 'title' | 'date' | 'source' | 'byline'>;
  /**
   * Every quote by and about the entity in this article, its own first, each with its whole paragraph
   * and its offsets there (to mark it in the context).
   */
  quotes: (CitedQuote & { context: string; start: number; end: number })[];
  /** Key sentences that mention the entity (not quotes). */
  sentences: (Span & { text: string })[];
  /** Times the entity is named in this article; the first paragraph naming it, for a reader link. */
  mentionCount: number;
  firstParagraph: number;
}

export interface Dossier {
  entity: EntitySummary & { aliases: string[] };
  /** Reached from a shared name (`#entity=…&as=Marlow`): what else that name could mean. */
  also?: SharedChoice;
  articles: DossierArticle[];
  related: EntitySummary[];
  /** What the page leaves out (lib/briefing/dossier.ts caps it): quotes, and articles that only name the entity. */
  more?: { quotes: number; articles: number };
}

export interface ArticleView {
  article: Article;
  /** Entity mentions, sorted by paragraph then offset, without overlaps, for highlighting in the reader. */
  mentions: (Span & { entityId: string; kind: EntityKind; name: string; shared?: SharedChoice })[];
  /** Quotes in this article, sorted by paragraph then offset, for anchors in the reader. */
  quotes: {
    id: string;
    paragraph: number;
    start: number;
    end: number;
    speaker: string | null;
    speakerId: string | null;
  }[];
}

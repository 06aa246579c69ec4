// The briefing pack: the one artefact that ingestion produces and everything else reads.
// Bump PACK_VERSION on any incompatible change and document it in README "Briefing pack schema".

// v2: no search index inside the pack; the build derives the on-demand layout (lib/layout), index included.
export const PACK_VERSION = 2;

export type EntityKind = 'person' | 'organization' | 'place' | 'term';
export const ENTITY_KINDS: readonly EntityKind[] = ['person', 'organization', 'place', 'term'];

export interface Article {
  /** Stable id derived from the file name (not its position), e.g. "a-000-91ba47341c2997b1". */
  id: string;
  /** File name relative to the input folder. */
  file: string;
  title: string;
  /** True when the text had no headline and the title was made from the first sentence. */
  titleDerived: boolean;
  byline?: string;
  /** As the text states it (ISO 8601 when it could be parsed, else verbatim). */
  date?: string;
  source?: string;
  /** Body paragraphs, verbatim, in order (headline, byline and stray lines excluded). */
  paragraphs: string[];
  /** Sentence [start, end) offsets within each paragraph, parallel to `paragraphs`. */
  sentences?: [number, number][][];
}

/** Where something occurs: paragraph index within its article and UTF-16 offsets within that paragraph. */
export interface Span {
  articleId: string;
  paragraph: number;
  start: number;
  end: number;
}

export interface Entity {
  /** Stable slug, e.g. "person:maria-lopez". */
  id: string;
  /** Canonical name, the fullest form the texts use. */
  name: string;
  kind: EntityKind;
  /** Every surface form that refers to it in the texts, canonical name included; never a bare common word. */
  aliases: string[];
  /** Short role from the texts' own appositives ("Danish Foreign Minister"); absent when the texts give none. */
  description?: string;
  mentions: Span[];
  /** Ids of entities it appears with, most frequent first. */
  related: string[];
  /** Ids of quotes it said, then quotes that mention it, most relevant first. */
  quoteIds: string[];
  /** Key sentences that mention it (not quotes), most relevant first. */
  sentences: Span[];
}

export interface Quote {
  id: string;
  articleId: string;
  /** Paragraph index; -1 for a quote in the headline (then `inTitle` is true). */
  paragraph: number;
  /**
   * Offsets of `text` within the paragraph: `paragraphs[paragraph].slice(start, end) === text`
   * (within `title` when `inTitle`).
   */
  start: number;
  end: number;
  /** The quote is the headline's ("Name: “…”"); offsets refer to the article title. */
  inTitle?: true;
  /** The quote is an interviewee's answer: the whole answer paragraph. */
  answer?: true;
  /** Verbatim quoted words, without the quotation marks. */
  text: string;
  /** Speaker's name as resolved (canonical entity name when known); null when unattributed. */
  speaker: string | null;
  speakerId: string | null;
}

export interface Pack {
  version: typeof PACK_VERSION;
  articles: Article[];
  entities: Entity[];
  quotes: Quote[];
  /** Version 1 carried the serialized search index here; since version 2 it is part of the on-demand layout. */
  index?: null;
}

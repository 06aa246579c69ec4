// The reader's own articles: what the page hands over when it is added, and what each added article gave the
// corpus. DOM-free and Node-free, shared by the content script's extractor, the background and the options page.

/** What the content script read from a page with Readability. Every field is untrusted page text. */
export interface ExtractedArticle {
  /** The page's address (without its #fragment). */
  url: string;
  /** `<link rel="canonical">` when the page names one and it is http(s); used to spot the same article again. */
  canonicalUrl?: string;
  title: string;
  byline?: string;
  /** As the page states it (meta tags, JSON-LD): usually ISO 8601, sometimes not. */
  published?: string;
  /** `og:site_name` or the like, else the host without `www.`. */
  siteName: string;
  /** `<html lang>` (or Content-Language) as the page declares it, when it does. */
  lang?: string;
  /** Body text, one entry per block (paragraph, subhead, list item), whitespace collapsed. */
  paragraphs: string[];
}

/** Why a page could not be read. `message` is the sentence the reader sees. */
export type ExtractFailure =
  | { ok: false; reason: 'no-article'; message: string }
  | { ok: false; reason: 'too-large'; message: string; chars: number };

export type ExtractOutcome = { ok: true; article: ExtractedArticle; millis: number } | ExtractFailure;

/** What one article gave the corpus, shown as "12 names, 5 quotes". */
export interface Contribution {
  people: number;
  organizations: number;
  places: number;
  /** Policy terms, treaty articles and events: searchable, never highlighted. */
  terms: number;
  quotes: number;
}

export type ArticleOrigin = 'page' | 'file' | 'paste';

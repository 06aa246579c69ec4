// What the background answers when the reader adds, imports or lists articles: each outcome carries the
// sentence the popup, the options page or the page's notice shows, so every surface says the same thing.
import type { ArticleSummary } from '../storage/user-articles.ts';

export type AddFailureReason =
  /** No content script answers: a browser page, a store, a file, or a tab opened before install. */
  | 'unavailable'
  | 'no-article'
  | 'too-large'
  | 'language'
  | 'duplicate'
  /** The text is not an article the ingest can read (empty, binary, not UTF-8, no paragraphs). */
  | 'unreadable'
  | 'storage-full'
  /** Anything else; the message says what. */
  | 'failed';

export type AddOutcome =
  | {
      ok: true;
      article: ArticleSummary;
      /** "Added “Title”: 12 names, 5 quotes." */
      message: string;
      /** The ingest's warnings (unbalanced quotation marks…), each naming the file and line. */
      warnings: string[];
    }
  | { ok: false; reason: AddFailureReason; message: string };

export type ImportOutcome =
  | { ok: true; added: number; duplicates: number; message: string }
  | { ok: false; message: string };

export interface UserArticlesState {
  articles: ArticleSummary[];
  /** navigator.storage.persisted(): true when the browser keeps the articles under storage pressure. */
  persisted?: boolean;
  usage?: number;
  quota?: number;
}

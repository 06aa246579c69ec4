// The seam between the content script and the extraction module it loads when the reader adds a page
// (extract-loader.ts, entrypoints/page-extract.ts): Readability and the page notice stay out of the content
// script every page evaluates.
import type { ExtractOutcome } from '../user-corpus/types.ts';

export interface PageExtract {
  extractArticle(doc: Document): ExtractOutcome;
  showNotice(text: string, ok: boolean): void;
}

/** The path of the built module inside the extension (web-accessible, see wxt.config.ts). */
export const PAGE_EXTRACT_PATH = '/page-extract.js';

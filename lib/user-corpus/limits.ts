// Limits on what the reader can add, and the sentences that explain them. Measured, not guessed: see README
// "Your own articles" for the figures behind each number.

/**
 * Largest page read, in characters of body text (scripts and styles left out). Readability is one synchronous
 * task in the page: measured here (`npm run bench -- --only user`) at 17–30 ms for a 100 kB page, about 0.3 s at
 * 500 kB, 0.5–0.8 s at 950 kB and 1–1.8 s at 1.9 MB, and the pipeline then needs seconds in the worker for an
 * article that long (0.2–0.6 s per 100 kB). News pages hold 10–200 kB of text; a page over 1 MB is an archive or
 * a dump, refused with the reason in about 20 ms.
 */
export const MAX_PAGE_CHARS = 1_000_000;

/**
 * Less article text than this (about 60 English words) is a teaser, a photo page or a list of links, not an
 * article to brief from. Characters rather than words, so Chinese or Japanese text is measured fairly and then
 * refused for its language, with the reason.
 */
export const MIN_ARTICLE_CHARS = 300;

export const NO_ARTICLE_MESSAGE = 'Nothing to add here: this page has no article text.';

export function tooLargeMessage(chars: number): string {
  return `This page is too large to add: it holds ${megabytes(chars)} of text, and Backgrounder reads pages of up to ${megabytes(MAX_PAGE_CHARS)}. Nothing was added.`;
}

export const UNAVAILABLE_MESSAGE =
  'Backgrounder can’t read this page: browsers keep extensions off their own pages, add-on stores and local files. A page opened before Backgrounder was installed needs a reload.';

export function megabytes(n: number): string {
  return `${(n / 1_000_000).toFixed(1)} MB`;
}

/**
 * Largest articles file (an export) read back: about 4,000 typical articles. The file travels to the background
 * in one message, and Chromium refuses extension messages over 64 MiB.
 */
export const MAX_ARTICLES_FILE_BYTES = 50_000_000;

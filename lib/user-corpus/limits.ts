// Limits on what the reader can add, and the sentences that explain them. Measured, not guessed: see README
// "Your own articles" for the figures behind each number.

/**
 * Largest page read, in characters of body text (scripts and styles left out). Readability costs about
 * 0.25 ms per kB of text in Chromium here, so 2 M characters is about half a second, once, on click; a 5 MB
 * page would be seconds of frozen page for an article the ingest would refuse anyway.
 */
export const MAX_PAGE_CHARS = 2_000_000;

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

// "Add this page": Readability on a clone of the document, and the page notice for the context menu's outcome,
// as a separately built ES module the content script imports only when the reader adds a page
// (lib/page/extract-loader.ts). wxt.config.ts builds it as an ES module and makes it web-accessible.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { extractArticle } from '../lib/page/extract-article.ts';
import { showNotice } from '../lib/page/notice.ts';
import type { PageExtract } from '../lib/page/page-extract.ts';

export default defineUnlistedScript({
  // An ES module has no IIFE to name, and must not end with a reference to one.
  globalName: false,
  main: (): PageExtract => ({ extractArticle, showNotice }),
});

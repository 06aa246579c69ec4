// The content script's core as a separately built ES module, imported by the content script after the page's load
// event (lib/page/content-core.ts). wxt.config.ts builds it as an ES module and makes it web-accessible.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import type { ContentCore } from '../lib/page/content-core.ts';
import { runContentScript } from '../lib/page/content-main.ts';

export default defineUnlistedScript({
  // An ES module has no IIFE to name, and must not end with a reference to one.
  globalName: false,
  main: (): ContentCore => ({ run: runContentScript }),
});

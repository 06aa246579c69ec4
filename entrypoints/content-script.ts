// The content script. Built as an unlisted script and declared in the manifest by wxt.config.ts rather than as a
// WXT content script: WXT wraps those in a ContentScriptContext that posts a window message on every page (which
// the page's own scripts can read) and bundles the polyfill; this one has only lib/page/ and the browser's own API.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { runContentScript } from '../lib/page/content-main.ts';

export default defineUnlistedScript(() => {
  void runContentScript();
});

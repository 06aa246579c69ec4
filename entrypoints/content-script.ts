// The content script the manifest declares: only what must run while a page may still be loading. It waits for the
// page's load event (or the popup's first question) and then imports the core (lib/page/content-start.ts), so the
// page's load event is never later for Backgrounder than for an empty content script's evaluation. Built as an
// unlisted script and declared in the manifest by wxt.config.ts rather than as a WXT content script: WXT wraps those
// in a ContentScriptContext that posts a window message on every page (which the page's own scripts can read) and
// bundles the polyfill.

import { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { loadContentCore } from '../lib/page/content-core.ts';
import { startContent } from '../lib/page/content-start.ts';
import { supportsHighlights } from '../lib/page/highlights.ts';
import { afterLoad } from '../lib/page/page-load.ts';

export default defineUnlistedScript(() => {
  if (!supportsHighlights()) return;
  startContent({
    load: loadContentCore,
    loaded: () => afterLoad(),
    onMessage: browser.runtime.onMessage as never,
    isTop: window === window.top,
  })
    // An extension updated or removed under a page leaves its old scripts without a runtime: nothing to start.
    .catch((error: unknown) => {
      if (isExtensionAlive()) console.warn('Backgrounder: could not start', error);
    });
});

function isExtensionAlive(): boolean {
  const g = globalThis as { chrome?: { runtime?: { id?: string } } };
  return !!g.chrome?.runtime?.id;
}

// The seam between the content script every page evaluates (entrypoints/content-script.ts: a bootstrap of about a
// kilobyte, lib/page/content-start.ts) and the core it then imports (entrypoints/content-core.ts: the matcher, the
// walk, the highlighter, hover). The manifest's script is evaluated while the page may still be loading, so anything
// in it delays the page's load event; the core is fetched and compiled only after that event, in tasks of its own.
// Loaded the way popover-loader.ts loads the popover UI: a native import() of the extension's own web-accessible
// file, at Chromium's per-session dynamic URL (a page cannot probe a fixed one) or Firefox's per-install one.
import type { EarlyAnswer } from './content-main.ts';

/** What the core module exports (as its default export). */
export interface ContentCore {
  /**
   * Starts Backgrounder in this frame: asks the background whether this site is on, then walks the page. Returns
   * the answerer for a popup message that arrived before the core's own listener existed.
   */
  run(): EarlyAnswer;
}

/** The path of the built module inside the extension (web-accessible, see wxt.config.ts). */
export const CONTENT_CORE_PATH = '/content-core.js';

// The browser's own `chrome` object, written out literally for addons-linter (see popover-loader.ts).
declare const chrome: { runtime: { getURL(path: string): string } };

export async function loadContentCore(): Promise<ContentCore> {
  const module: { default: ContentCore } = await import(/* @vite-ignore */ chrome.runtime.getURL(CONTENT_CORE_PATH));
  return module.default;
}

// `wxt/browser` inside the content script and the popover UI builds (wxt.config.ts aliases it here): the browser's
// own extension API object instead of webextension-polyfill. Chromium's `chrome` returns promises from every API
// the page code calls (MV3, Chromium 128+), Firefox's `browser` always has; the polyfill would only add its
// evaluation (about a millisecond on every page) and a Proxy in front of each call.
const g = globalThis as { browser?: { runtime?: { id?: string } }; chrome?: unknown };

export const browser = (g.browser?.runtime?.id ? g.browser : g.chrome) as typeof import('wxt/browser').browser;

// `wxt/browser` inside the background, the content script and the popover UI builds (wxt.config.ts aliases it here):
// the browser's own extension API object instead of webextension-polyfill. Chromium's `chrome` returns promises from
// every API these scripts call (MV3, Chromium 128+), Firefox's `browser` always has; the polyfill would only add its
// evaluation (about a millisecond on every page, and as much of CPU time at every service-worker wake-up) and a
// Proxy in front of each call. What the polyfill did for runtime.onMessage, answering with a listener's promise, is
// done by lib/messaging-content.ts's `answerWith`. Extension pages (popup, options, briefing) keep the polyfill.
const g = globalThis as { browser?: { runtime?: { id?: string } }; chrome?: unknown };

export const browser = (g.browser?.runtime?.id ? g.browser : g.chrome) as typeof import('wxt/browser').browser;

// `wxt/browser` inside the popover UI build (wxt.config.ts aliases it here): the browser's own extension API
// object, which is what WXT's `browser` is without the polyfill module, so the lazily loaded UI carries no
// second copy of the polyfill. The UI never calls it: WXT's shadow-root UI reads it only to fetch CSS in the
// 'ui' injection mode, which Backgrounder does not use.
const g = globalThis as { browser?: { runtime?: { id?: string } }; chrome?: unknown };

export const browser = g.browser?.runtime?.id ? g.browser : g.chrome;

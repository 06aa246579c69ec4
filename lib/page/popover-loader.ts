// Loads the popover UI (entrypoints/popover-ui.ts, built as its own ES module) the first time hover needs it.
// The content script stays small and cheap to evaluate on every page; the UI costs a page something only once
// a reader moves the pointer over a page with names. It is a native import() of the extension's own
// web-accessible file: in Chromium at the per-session dynamic URL runtime.getURL gives for `use_dynamic_url`
// resources (pages cannot probe a fixed URL for it), in Firefox at its moz-extension:// URL (random per install).
import { POPOVER_UI_PATH, type PopoverUi } from './popover-ui.ts';

// The browser's own `chrome` object (Firefox provides it too), not the polyfill the rest of the script imports,
// written out literally: addons-linter accepts import() only of `chrome.runtime.getURL(…)` or
// `browser.runtime.getURL(…)`, and a bundled module's top-level `browser` would capture a free `browser` here.
declare const chrome: { runtime: { getURL(path: string): string } };

export async function loadPopoverUi(): Promise<PopoverUi> {
  const module: { default: PopoverUi } = await import(/* @vite-ignore */ chrome.runtime.getURL(POPOVER_UI_PATH));
  return module.default;
}

// Loads the extraction module (entrypoints/page-extract.ts, its own ES module) the first time the reader adds a
// page, the way popover-loader.ts loads the popover UI: a native import() of the extension's own web-accessible
// file, at Chromium's per-session dynamic URL or Firefox's per-install one.
import { PAGE_EXTRACT_PATH, type PageExtract } from './page-extract.ts';

// The browser's own `chrome` object, written out literally for addons-linter (see popover-loader.ts).
declare const chrome: { runtime: { getURL(path: string): string } };

let loading: Promise<PageExtract> | undefined;

export function loadPageExtract(): Promise<PageExtract> {
  loading ??= import(/* @vite-ignore */ chrome.runtime.getURL(PAGE_EXTRACT_PATH)).then(
    (module: { default: PageExtract }) => module.default,
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

// The background's modules that a hover never needs: search, the reader's own articles (their store, handlers,
// linking, page matcher and merged answers). Chromium stops its service worker after 30 s idle and starts it again
// for the next hover, and what it starts costs by the byte: loading, compiling and evaluating 110 kB of script was
// a third of a woken hover's wait. So in the Chromium build these modules are not in background.js: the build
// (modules/deferred-background.ts) replaces each by a stub whose functions load background-deferred.js on their
// first call and forward to it. Firefox's background is a page that lives on; it keeps one script.
//
// The stubs must answer synchronously (the modules' callers are not all async), and a service worker can import a
// script synchronously: importScripts(), allowed after installation only for a script the worker imported while
// installing (ingest-loader.ts has the same rule). So the worker imports it once in its `install` event.
import { browser } from 'wxt/browser';
import { importOnInstall, workerScope } from './worker-scope.ts';

export const DEFERRED_SCRIPT_PATH = '/background-deferred.js';
export const DEFERRED_GLOBAL = '__backgrounderDeferred';

/**
 * Module (path from the project root) → the functions the rest of the background calls in it. A stub exports
 * exactly these names, so a new import from one of these modules fails the build until it is listed here.
 */
export const DEFERRED_MODULES = {
  'lib/search/sharded.ts': ['createShardedSearcher'],
  'lib/user-layer/search.ts': ['mergedSearcher'],
  'lib/user-layer/answers.ts': ['mergedBriefing', 'mergedDossier', 'userArticle', 'userFindEntity'],
  'lib/user-layer/link.ts': ['linkArticles'],
  'lib/user-layer/page-matcher.ts': ['compileUserMatcher'],
  'lib/background/user-article-handlers.ts': ['createUserArticles'],
  'lib/storage/user-articles.ts': ['createUserArticleStore'],
} as const;

export type DeferredPath = keyof typeof DEFERRED_MODULES;
// biome-ignore lint/suspicious/noExplicitAny: the stubs forward any function's arguments unchanged.
type Fn = (...args: any[]) => unknown;
export type DeferredRegistry = { [P in DeferredPath]: Record<(typeof DEFERRED_MODULES)[P][number], Fn> };

const scope = workerScope as typeof workerScope & { [DEFERRED_GLOBAL]?: DeferredRegistry };

/** Registers the install-time import (service worker only); see importOnInstall. */
export function importDeferredOnInstall(): void {
  // Search and the reader's articles will fail with the error; hovers and pages keep working.
  importOnInstall('the deferred background modules', () => loadDeferred());
}

/** The deferred modules, loaded on the first call in this worker's lifetime (measured as backgrounder:deferred-load). */
export function loadDeferred(): DeferredRegistry {
  let registry = scope[DEFERRED_GLOBAL];
  if (registry) return registry;
  const started = performance.now();
  scope.importScripts?.(browser.runtime.getURL(DEFERRED_SCRIPT_PATH));
  registry = scope[DEFERRED_GLOBAL];
  if (!registry) throw new Error(`${DEFERRED_SCRIPT_PATH} did not load`);
  performance.measure('backgrounder:deferred-load', { start: started });
  return registry;
}

/** One deferred module, for the build's stubs. */
export function deferredModule<P extends DeferredPath>(path: P): DeferredRegistry[P] {
  return loadDeferred()[path];
}

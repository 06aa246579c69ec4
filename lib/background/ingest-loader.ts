// Loads the corpus pipeline into the background on first need. It is a separate script (entrypoints/ingest.ts,
// ~440 kB, most of it compromise's lexicon) because evaluating it takes some 200–600 ms, which every wake-up of
// the MV3 service worker would otherwise pay before answering a hover.
//
// A service worker cannot import() at all, and may importScripts() after its installation only a script it
// already imported while installing (Chromium: "importScripts() of new scripts after service worker installation
// is not allowed"). So the worker imports the bundle once in its `install` event, and later calls find it in the
// installed script map and evaluate it again, in this worker's lifetime only, when an article is added. Firefox's
// MV2 background is a page: a <script> element of the extension's own file.
import { browser } from 'wxt/browser';
import { INGEST_GLOBAL, INGEST_SCRIPT_PATH, type IngestApi } from '../user-corpus/ingest-api.ts';
import { lazy } from './lazy.ts';
import { importOnInstall, isServiceWorker, workerScope } from './worker-scope.ts';

const scope = workerScope as typeof workerScope & { [INGEST_GLOBAL]?: IngestApi };

/** Registers the install-time import (service worker only); see importOnInstall. */
export function importIngestOnInstall(): void {
  // Adding articles will say so if it failed; everything else keeps working.
  importOnInstall('the article pipeline', () => scope.importScripts?.(browser.runtime.getURL(INGEST_SCRIPT_PATH)));
}

/** The pipeline, evaluated once per worker (or background page) lifetime. Measured as `backgrounder:ingest-load`. */
export const loadIngest: () => Promise<IngestApi> = lazy(async () => {
  if (!scope[INGEST_GLOBAL]) {
    const url = browser.runtime.getURL(INGEST_SCRIPT_PATH);
    if (isServiceWorker()) scope.importScripts?.(url);
    else await loadScriptElement(url);
  }
  const api = scope[INGEST_GLOBAL];
  if (!api) throw new Error(`${INGEST_SCRIPT_PATH} did not load`);
  return api;
}, 'backgrounder:ingest-load');

function loadScriptElement(url: string): Promise<void> {
  const doc = scope.document as Document;
  return new Promise((resolve, reject) => {
    const script = doc.createElement('script');
    script.src = url;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`${url} could not be loaded`));
    doc.head.append(script);
  });
}

// The background's scope as its script loaders see it: Chromium's MV3 service worker (importScripts, an `install`
// event, no document) or Firefox's MV2 background page (a document, no importScripts).
export interface WorkerScope {
  importScripts?: (url: string) => void;
  addEventListener?: (type: 'install', listener: () => void) => void;
  document?: Document;
}

export const workerScope = globalThis as unknown as WorkerScope;

/** A MV3 service worker (Chromium), as opposed to Firefox's MV2 background page. */
export const isServiceWorker = () =>
  typeof workerScope.importScripts === 'function' && workerScope.document === undefined;

/**
 * Runs `importIt` in the worker's `install` event (service worker only): after installing, a worker may
 * importScripts() only a script it imported while installing (Chromium: "importScripts() of new scripts after
 * service worker installation is not allowed"). Call synchronously at the background's start: the event is
 * dispatched once, right after the first evaluation of a new version. A failure is logged as `what`.
 */
export function importOnInstall(what: string, importIt: () => void): void {
  if (!isServiceWorker()) return;
  workerScope.addEventListener?.('install', () => {
    try {
      importIt();
    } catch (error) {
      console.warn(`Backgrounder: ${what} could not be installed`, error);
    }
  });
}

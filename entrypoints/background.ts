import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { registerBrowserUi } from '../lib/background/browser-ui.ts';
import { importDeferredOnInstall } from '../lib/background/deferred.ts';
import { createHandlers } from '../lib/background/handlers.ts';
import { importIngestOnInstall } from '../lib/background/ingest-loader.ts';
import { idbSource } from '../lib/background/pack-idb.ts';
import { bundledSource } from '../lib/background/pack-source.ts';
import { createPackStore } from '../lib/background/pack-store.ts';
import { createReaderCorpus } from '../lib/background/user-articles.ts';
import { handleBackgroundMessages } from '../lib/messaging.ts';

export default defineBackground(() => {
  // For the bench: when the bundle's modules were evaluated and when the listeners were in place.
  performance.mark('backgrounder:main');
  // WXT_PACK_SOURCE=idb builds the variant the bench compares (the pack imported into IndexedDB); a normal build
  // reads the extension's own files, and this branch and the idb module are left out of it.
  let source = bundledSource();
  if (import.meta.env.WXT_PACK_SOURCE === 'idb') {
    const idb = idbSource(source);
    source = idb;
    browser.runtime.onInstalled.addListener(() => void idb.importAll());
  }
  const pack = createPackStore(source);
  // The reader's own articles over the bundled corpus: every handler answers from both.
  const { store, userArticles, layer } = createReaderCorpus(pack);
  handleBackgroundMessages(createHandlers(store, userArticles));
  registerBrowserUi(store, userArticles);
  importIngestOnInstall();
  importDeferredOnInstall();
  // The layout's meta file (a few kB, whatever the corpus) is what every answer reads first: start reading it while
  // the message that woke the worker is still being dispatched. Nothing else is read before it is asked for.
  void pack.meta().catch(() => undefined);
  // Every page-facing answer (a hover's briefing, a page's activate, search) merges the reader's own articles, whose
  // first step is a session-storage read of their count (IndexedDB is opened only when it is not 0): start it here
  // too, so that a hover's briefing then waits for its one file alone.
  void layer.corpus().catch(() => undefined);
  performance.mark('backgrounder:ready');
});

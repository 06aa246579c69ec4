// The reader's articles wired to the browser: the IndexedDB store, the lazily loaded pipeline, the storage
// manager, and the user layer that merges them into the corpus every page reads (lib/user-layer). The store and
// the handlers are made on first use: their modules are among those Chromium's worker loads only when needed
// (deferred.ts), and a wake-up for a hover touches neither.
import { browser } from 'wxt/browser';
import { requestPersistence } from '../storage/errors.ts';
import { createUserArticleStore, type UserArticleStore } from '../storage/user-articles.ts';
import { type ArticleCountHint, createUserLayer, type UserLayer } from '../user-layer/layer.ts';
import { followChanges } from './corpus-follow.ts';
import { loadIngest } from './ingest-loader.ts';
import { once } from './lazy.ts';
import { createMergedStore, type MergedStore } from './merged-store.ts';
import type { PackStore } from './pack-store.ts';
import { createUserArticles, type UserArticleDeps, type UserArticles } from './user-article-handlers.ts';

export interface ReaderCorpus {
  userArticles: UserArticles;
  /** Bundled and added articles as one corpus, for every handler. */
  store: MergedStore;
  layer: UserLayer;
}

export function createReaderCorpus(
  pack: PackStore,
  articles: UserArticleStore = onFirstUse(() => createUserArticleStore()),
  overrides: Partial<UserArticleDeps> = {},
): ReaderCorpus {
  const layer = createUserLayer(articles, pack, sessionCountHint());
  const storage = globalThis.navigator?.storage;
  const userArticles = handlersOnFirstUse(() =>
    createUserArticles({
      store: articles,
      pipeline: loadIngest,
      persist: requestPersistence,
      persisted: async () => storage?.persisted?.(),
      estimate: async () => storage?.estimate?.(),
      onChange: followChanges(layer),
      ...overrides,
    }),
  );
  return { userArticles, store: createMergedStore(pack, layer), layer };
}

/** The article store, made when one of its methods is first called. */
export function onFirstUse(create: () => UserArticleStore): UserArticleStore {
  let made = false;
  const store = once(() => {
    made = true;
    return create();
  });
  return {
    add: (entry) => store().add(entry),
    addMany: (entries) => store().addMany(entries),
    findDuplicate: (candidate) => store().findDuplicate(candidate),
    list: () => store().list(),
    all: () => store().all(),
    derived: () => store().derived(),
    get: (id) => store().get(id),
    remove: (id) => store().remove(id),
    close: async () => (made ? store().close() : undefined),
  };
}

/** The reader's article handlers, made when the first of their messages arrives. */
export function handlersOnFirstUse(create: () => UserArticles): UserArticles {
  const get = once(create);
  return {
    handlers: {
      addPage: (message, sender) => get().handlers.addPage(message, sender),
      addText: (message, sender) => get().handlers.addText(message, sender),
      listUserArticles: (message, sender) => get().handlers.listUserArticles(message, sender),
      removeUserArticle: (message, sender) => get().handlers.removeUserArticle(message, sender),
      exportUserArticles: (message, sender) => get().handlers.exportUserArticles(message, sender),
      importUserArticles: (message, sender) => get().handlers.importUserArticles(message, sender),
    },
    addPageFromTab: (tabId) => get().addPageFromTab(tabId),
  };
}

const COUNT_KEY = 'userArticleCount';

/** The reader's article count in session storage (extension contexts only; cleared when the browser closes). */
function sessionCountHint(): ArticleCountHint | undefined {
  const area = browser.storage?.session;
  if (!area) return undefined;
  return {
    get: async () => {
      const value = (await area.get(COUNT_KEY))[COUNT_KEY];
      return typeof value === 'number' ? value : undefined;
    },
    set: async (count) => {
      if (count === undefined) await area.remove(COUNT_KEY);
      else await area.set({ [COUNT_KEY]: count });
    },
  };
}

// The reader's articles wired to the browser: the IndexedDB store, the lazily loaded pipeline, the storage
// manager, and the user layer that merges them into the corpus every page reads (lib/user-layer).
import { browser } from 'wxt/browser';
import { requestPersistence } from '../storage/errors.ts';
import { createUserArticleStore, type UserArticleStore } from '../storage/user-articles.ts';
import { type ArticleCountHint, createUserLayer, type UserLayer } from '../user-layer/layer.ts';
import { followChanges } from './corpus-follow.ts';
import { loadIngest } from './ingest-loader.ts';
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
  articles: UserArticleStore = createUserArticleStore(),
  overrides: Partial<UserArticleDeps> = {},
): ReaderCorpus {
  const layer = createUserLayer(articles, pack, sessionCountHint());
  const storage = globalThis.navigator?.storage;
  const userArticles = createUserArticles({
    store: articles,
    pipeline: loadIngest,
    persist: requestPersistence,
    persisted: async () => storage?.persisted?.(),
    estimate: async () => storage?.estimate?.(),
    onChange: followChanges(layer),
    ...overrides,
  });
  return { userArticles, store: createMergedStore(pack, layer), layer };
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

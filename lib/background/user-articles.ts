// The reader's articles wired to the browser: the IndexedDB store, the lazily loaded pipeline, the storage
// manager, and the user layer that merges them into the corpus every page reads (lib/user-layer).
import { requestPersistence } from '../storage/errors.ts';
import { createUserArticleStore, type UserArticleStore } from '../storage/user-articles.ts';
import { createUserLayer, type UserLayer } from '../user-layer/layer.ts';
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
  const layer = createUserLayer(articles, pack);
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

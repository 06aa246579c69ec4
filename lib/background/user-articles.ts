// The reader's articles wired to the browser: the IndexedDB store, the lazily loaded pipeline, the storage
// manager. Phase 2 passes `onChange` here to keep the merged corpus (bundled + added) current.
import { requestPersistence } from '../storage/errors.ts';
import { createUserArticleStore } from '../storage/user-articles.ts';
import { loadIngest } from './ingest-loader.ts';
import { createUserArticles, type UserArticleDeps, type UserArticles } from './user-article-handlers.ts';

export function createUserArticlesInBrowser(overrides: Partial<UserArticleDeps> = {}): UserArticles {
  const storage = globalThis.navigator?.storage;
  return createUserArticles({
    store: createUserArticleStore(),
    pipeline: loadIngest,
    persist: requestPersistence,
    persisted: async () => storage?.persisted?.(),
    estimate: async () => storage?.estimate?.(),
    ...overrides,
  });
}

import type { BackgroundHandlers } from '../messaging.ts';
import type { PackStore } from './pack-store.ts';

// Owned by the popup issue (#6): MiniSearch over the prebuilt index.
export function searchHandlers(store: PackStore): Pick<BackgroundHandlers, 'search' | 'startState'> {
  return {
    search: async ({ query }) => ({ query, people: [], entities: [], quotes: [], articles: [] }),
    startState: async () => ({ topPeople: [], articleCount: (await store.get()).pack.articles.length }),
  };
}

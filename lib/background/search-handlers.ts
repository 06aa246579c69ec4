import type { BackgroundHandlers } from '../messaging.ts';
import type { Searcher } from '../search/sharded.ts';
import type { PackStore } from './pack-store.ts';

/**
 * The popup's search, over the split index: the first request reads the layout's meta file, each query the few
 * chunks its words need and the articles and names its results show.
 */
export function searchHandlers(
  store: Pick<PackStore, 'searcher'>,
  create: () => Promise<Searcher> = () => store.searcher(),
): Pick<BackgroundHandlers, 'search' | 'startState'> {
  return {
    search: async ({ query, limit }) => (await create()).search(query, limit),
    startState: async () => (await create()).startState(),
  };
}

import type { Pack } from '../corpus/types.ts';
import type { BackgroundHandlers } from '../messaging.ts';
import type { Searcher } from '../search/searcher.ts';
import { createSearcher } from '../search/searcher.ts';
import { lazy } from './lazy.ts';
import type { PackStore } from './pack-store.ts';

/**
 * The popup's search. The index is loaded once per background lifetime, on the first request: the popup
 * asks for its start state as it opens, so the load overlaps the reader's first keystrokes.
 */
export function searchHandlers(
  store: PackStore,
  create: (pack: Pack) => Promise<Searcher> = createSearcher,
): Pick<BackgroundHandlers, 'search' | 'startState'> {
  const searcher = lazy(() => store.get().then(({ pack }) => create(pack)), 'backgrounder:index-load');
  return {
    search: async ({ query, limit }) => (await searcher()).search(query, limit),
    startState: async () => (await searcher()).startState(),
  };
}

import type { Pack } from '../corpus/types.ts';
import type { BackgroundHandlers } from '../messaging.ts';
import type { Searcher } from '../search/searcher.ts';
import { createSearcher } from '../search/searcher.ts';
import type { PackStore } from './pack-store.ts';

/**
 * The popup's search. The index is loaded once per background lifetime, on the first request: the popup
 * asks for its start state as it opens, so the load overlaps the reader's first keystrokes.
 */
export function searchHandlers(
  store: PackStore,
  create: (pack: Pack) => Promise<Searcher> = createSearcher,
): Pick<BackgroundHandlers, 'search' | 'startState'> {
  let loading: Promise<Searcher> | undefined;
  const searcher = () => {
    loading ??= store.get().then(({ pack }) => create(pack));
    // A failed load is retried on the next request rather than cached.
    loading.catch(() => {
      loading = undefined;
    });
    return loading;
  };
  return {
    search: async ({ query, limit }) => (await searcher()).search(query, limit),
    startState: async () => (await searcher()).startState(),
  };
}

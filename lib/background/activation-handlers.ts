import type { BackgroundHandlers } from '../messaging.ts';
import { activationFor, readSettings } from '../settings.ts';
import type { PackStore } from './pack-store.ts';

/**
 * Content scripts ask here whether their page is on, at start and after every settings change they see, so they
 * never load the storage layer themselves. The page part of the matcher (a few hundred kB at most, no names or
 * ids) comes with the first answer that switches a page on; the ids and names of what a page found are asked
 * for separately, and only when the popup wants them.
 */
export function activationHandlers(store: PackStore): Pick<BackgroundHandlers, 'activate' | 'entityNames'> {
  return {
    activate: async ({ host, withMatcher }) => {
      // Read fresh, not from a cache: the content script asks as soon as it sees a settings change, perhaps
      // before a cache here would have caught up with it.
      const activation = activationFor(host, await readSettings());
      const on = activation.active && activation.kinds.length > 0;
      return { activation, matcher: withMatcher && on ? await store.matcherPage() : null };
    },
    entityNames: ({ entities }) => Promise.all(entities.map((n) => store.entityRef(n))),
  };
}

import type { BackgroundHandlers } from '../messaging.ts';
import { activationFor, readSettings } from '../settings.ts';
import type { MergedStore } from './merged-store.ts';

/**
 * Content scripts ask here whether their page is on, at start and after every settings change they see, so they
 * never load the storage layer themselves. The page part of the matcher (a few hundred kB at most, no names or
 * ids) comes with the first answer that switches a page on; the ids and names of what a page found are asked
 * for separately, and only when the popup wants them. The user matcher (names only the reader's own articles give)
 * comes with every answer that switches a page on, unless the script says it has the current one.
 */
export function activationHandlers(
  store: Pick<MergedStore, 'matcherPage' | 'entityRef'> & Partial<Pick<MergedStore, 'userMatcher'>>,
): Pick<BackgroundHandlers, 'activate' | 'entityNames'> {
  return {
    activate: async ({ host, withMatcher, userStamp }) => {
      // Read fresh, not from a cache: the content script asks as soon as it sees a settings change, perhaps
      // before a cache here would have caught up with it.
      const activation = activationFor(host, await readSettings());
      const on = activation.active && activation.kinds.length > 0;
      if (!on) return { activation, matcher: null };
      // The reader's own names come beside the bundled matcher, and again whenever they change.
      const [matcher, user] = await Promise.all([
        withMatcher ? store.matcherPage() : null,
        store.userMatcher?.(userStamp),
      ]);
      return { activation, matcher, ...(user === undefined ? {} : { user }) };
    },
    entityNames: ({ entities }) => Promise.all(entities.map((n) => store.entityRef(n))),
  };
}

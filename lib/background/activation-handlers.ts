import type { CompiledMatcher } from '../matching/types.ts';
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
      return { activation, matcher: withMatcher && on ? (await store.get()).matcher.page : null };
    },
    entityNames: async ({ entities }) => {
      const { matcher } = await store.get();
      return entities.map((n) => {
        const e = matcher.entities[n];
        return e ? [e[0], e[1]] : null;
      });
    },
  };
}

const numbers = new WeakMap<CompiledMatcher, Map<string, number>>();

/** An entity's number in the matcher (what content scripts know it by), or -1. */
export function entityNumber(matcher: CompiledMatcher, id: string): number {
  let map = numbers.get(matcher);
  if (!map) {
    map = new Map(matcher.entities.map(([entityId], i) => [entityId, i]));
    numbers.set(matcher, map);
  }
  return map.get(id) ?? -1;
}

/** The other entities a shared form could mean, for the popover's "also:" (the chosen one left out). */
export function alsoFor(matcher: CompiledMatcher, shared: number | undefined, chosen: number) {
  if (shared === undefined) return undefined;
  const entry = matcher.shared[shared];
  if (!entry?.candidates.some(([e]) => e === chosen)) return undefined;
  const others = (entry?.candidates ?? [])
    .filter(([e]) => e !== chosen)
    .flatMap(([e]) => {
      const found = matcher.entities[e];
      return found ? [{ entity: e, entityId: found[0], name: found[1] }] : [];
    });
  return { form: entry?.form ?? '', others };
}

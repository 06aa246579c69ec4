import type { Briefing } from '../briefing/types.ts';

/**
 * Briefings for this page, fetched once per entity. Hover asks as soon as the pointer reaches a name, so the
 * answer (and a sleeping service worker's wake-up) is usually in before the dwell ends. A failed request is
 * forgotten so the next hover retries.
 */
export function createBriefingCache(fetchBriefing: (entityId: string) => Promise<Briefing | null>) {
  const cache = new Map<string, Promise<Briefing | null>>();
  const request = (entityId: string) => {
    const pending = fetchBriefing(entityId);
    cache.set(entityId, pending);
    pending.catch(() => {
      if (cache.get(entityId) === pending) cache.delete(entityId);
    });
    return pending;
  };
  return {
    get: (entityId: string): Promise<Briefing | null> => cache.get(entityId) ?? request(entityId),
    /** Ask again even if cached: the request itself is the point (it wakes the background). */
    refresh: (entityId: string): Promise<Briefing | null> => request(entityId),
  };
}

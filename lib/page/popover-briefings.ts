import type { Briefing } from '../briefing/types.ts';

/**
 * Briefings for this page, fetched once per entity (and shared form: its briefing says what else the name could
 * mean). Hover asks as soon as the pointer reaches a name, so the answer (and a sleeping service worker's wake-up)
 * is usually in before the dwell ends. A failed request is forgotten so the next hover retries.
 */
export function createBriefingCache(fetchBriefing: (entity: number, shared: number) => Promise<Briefing | null>) {
  const cache = new Map<string, Promise<Briefing | null>>();
  const request = (entity: number, shared: number) => {
    const key = `${entity}/${shared}`;
    const pending = fetchBriefing(entity, shared);
    cache.set(key, pending);
    pending.catch(() => {
      if (cache.get(key) === pending) cache.delete(key);
    });
    return pending;
  };
  return {
    get: (entity: number, shared: number): Promise<Briefing | null> =>
      cache.get(`${entity}/${shared}`) ?? request(entity, shared),
    /** Ask again even if cached: the request itself is the point (it wakes the background). */
    refresh: (entity: number, shared: number): Promise<Briefing | null> => request(entity, shared),
  };
}

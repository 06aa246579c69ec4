import type { Article, Entity, Pack, Quote } from '../corpus/types.ts';

/** The lookups briefing assembly needs; the background's LoadedPack is one. */
export interface PackIndex {
  pack: Pack;
  entities: ReadonlyMap<string, Entity>;
  articles: ReadonlyMap<string, Article>;
  quotes: ReadonlyMap<string, Quote>;
}

export function indexByIds(pack: Pack): PackIndex {
  return {
    pack,
    entities: new Map(pack.entities.map((e) => [e.id, e])),
    articles: new Map(pack.articles.map((a) => [a.id, a])),
    quotes: new Map(pack.quotes.map((q) => [q.id, q])),
  };
}

/**
 * Derived tables computed once per pack (the background keeps one pack for its lifetime) rather than per request.
 * Keyed weakly so a reloaded pack drops its tables with it.
 */
export function memoByPack<T>(build: (pack: Pack) => T): (pack: Pack) => T {
  const cache = new WeakMap<Pack, T>();
  return (pack) => {
    let value = cache.get(pack);
    if (value === undefined) {
      value = build(pack);
      cache.set(pack, value);
    }
    return value;
  };
}

// The background owns the briefing pack: loaded once per worker lifetime, on first need, and shared by all handlers.
import { browser } from 'wxt/browser';
import type { Article, Entity, Pack, Quote } from '../corpus/types.ts';
import { PACK_VERSION } from '../corpus/types.ts';
import type { CompiledMatcher } from '../matching/types.ts';
import { lazy } from './lazy.ts';

export interface LoadedPack {
  pack: Pack;
  matcher: CompiledMatcher;
  entities: Map<string, Entity>;
  articles: Map<string, Article>;
  quotes: Map<string, Quote>;
}

export interface PackStore {
  get(): Promise<LoadedPack>;
}

/** Index a parsed pack for lookups by id. Pure, so unit tests build a store from an in-memory pack. */
export function indexPack(pack: Pack, matcher: CompiledMatcher): LoadedPack {
  if (pack.version !== PACK_VERSION) {
    throw new Error(`pack.json has version ${String(pack.version)}; this build reads version ${PACK_VERSION}`);
  }
  return {
    pack,
    matcher,
    entities: new Map(pack.entities.map((e) => [e.id, e])),
    articles: new Map(pack.articles.map((a) => [a.id, a])),
    quotes: new Map(pack.quotes.map((q) => [q.id, q])),
  };
}

export function createPackStore(load: () => Promise<[Pack, CompiledMatcher]> = loadBundled): PackStore {
  // Measured for `npm run bench` (background pack-load row).
  const get = lazy(() => load().then(([pack, matcher]) => indexPack(pack, matcher)), 'backgrounder:pack-load');
  return { get };
}

async function loadBundled(): Promise<[Pack, CompiledMatcher]> {
  // Extension-internal URLs: bundled files, not network requests.
  const read = async (path: '/pack.json' | '/matcher.json') => (await fetch(browser.runtime.getURL(path))).json();
  return Promise.all([read('/pack.json'), read('/matcher.json')]);
}

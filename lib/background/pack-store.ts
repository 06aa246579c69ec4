// The background reads the briefing pack on demand: nothing at wake-up, then per request only the file that holds
// the answer (lib/layout), kept in a small cache while the worker lives. The extension's own files are the source
// of truth; a build may read them through IndexedDB instead (pack-source.ts), for the comparison the bench makes.
import type { ArticleView, Briefing, Dossier } from '../briefing/types.ts';
import { LayoutReader, type LayoutSource } from '../layout/reader.ts';
import type { LayoutMeta } from '../layout/types.ts';
import type { CompiledMatcher } from '../matching/types.ts';
import type { Searcher } from '../search/sharded.ts';
import { lazy } from './lazy.ts';
import { bundledSource, loadBundledMatcher } from './pack-source.ts';

export interface PackStore {
  meta(): Promise<LayoutMeta>;
  matcher(): Promise<CompiledMatcher>;
  briefing(entityId: string): Promise<Briefing | null>;
  dossier(entityId: string): Promise<Dossier | null>;
  article(articleId: string): Promise<ArticleView | null>;
  /** The entity a selection names, or null. */
  findEntity(text: string): Promise<string | null>;
  searcher(): Promise<Searcher>;
  /** The reader underneath, for the bench's cache figures. */
  reader: LayoutReader;
}

export function createPackStore(
  source: LayoutSource = bundledSource(),
  loadMatcher: () => Promise<CompiledMatcher> = loadBundledMatcher,
): PackStore {
  const reader = new LayoutReader(source);
  // Measured for `npm run bench` (backgrounder:* entries in the worker).
  const timed =
    <A extends unknown[], T>(name: string, f: (...args: A) => Promise<T>) =>
    async (...args: A): Promise<T> => {
      const started = performance.now();
      try {
        return await f(...args);
      } finally {
        performance.measure(name, { start: started });
      }
    };
  return {
    reader,
    meta: () => reader.meta(),
    matcher: lazy(loadMatcher, 'backgrounder:matcher-load'),
    briefing: timed('backgrounder:briefing', (id: string) => reader.briefing(id)),
    dossier: (id) => reader.dossier(id),
    article: (id) => reader.article(id),
    findEntity: (text) => reader.findEntity(text),
    searcher: () => reader.searcher(),
  };
}

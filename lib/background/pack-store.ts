// The background reads the briefing pack on demand: nothing at wake-up, then per request only the file that holds
// the answer (lib/layout), kept in a small cache while the worker lives. The extension's own files are the source
// of truth; a build may read them through IndexedDB instead (pack-source.ts), for the comparison the bench makes.
import type { ArticleView, Briefing, Dossier, SharedForm } from '../briefing/types.ts';
import { LayoutReader, type LayoutSource } from '../layout/reader.ts';
import type { LayoutMeta } from '../layout/types.ts';
import type { PageMatcherData } from '../matching/types.ts';
import type { Searcher } from '../search/sharded.ts';
import { bundledSource } from './pack-source.ts';

export interface PackStore {
  meta(): Promise<LayoutMeta>;
  /** The page part of the matcher, for `activate`. */
  matcherPage(): Promise<PageMatcherData>;
  /** [id, name] of the entity content scripts know by this number. */
  entityRef(entity: number): Promise<[string, string] | null>;
  /** The number content scripts know an entity by, or -1. */
  entityNumber(entityId: string): Promise<number>;
  sharedForms(): Promise<SharedForm[]>;
  /** The briefing of the entity content scripts know by this number (a hover's one file read), or null. */
  briefingAt(entity: number): Promise<Briefing | null>;
  briefing(entityId: string): Promise<Briefing | null>;
  dossier(entityId: string): Promise<Dossier | null>;
  article(articleId: string): Promise<ArticleView | null>;
  /** The entity a selection names, or null. */
  findEntity(text: string): Promise<string | null>;
  searcher(): Promise<Searcher>;
  /** The reader underneath, for the bench's cache figures. */
  reader: LayoutReader;
}

export function createPackStore(source: LayoutSource = bundledSource()): PackStore {
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
    matcherPage: timed('backgrounder:matcher-load', () => reader.matcherPage()),
    entityRef: (n) => reader.entityRef(n),
    entityNumber: (id) => reader.entityNumber(id),
    sharedForms: () => reader.sharedForms(),
    briefingAt: timed('backgrounder:briefing', (n: number) => reader.briefingAt(n)),
    briefing: (id) => reader.briefing(id),
    dossier: (id) => reader.dossier(id),
    article: (id) => reader.article(id),
    findEntity: (text) => reader.findEntity(text),
    searcher: () => reader.searcher(),
  };
}

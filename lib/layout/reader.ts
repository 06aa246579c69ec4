// Reads the on-demand layout a file at a time, for the background (from the extension's own files) and for tests
// and tools (from memory or disk). Nothing is read at start: the first request reads meta.json and the one file it
// needs. Parsed files stay in a small cache, bounded by their size, for as long as the reader lives.

import { selectionKeys } from '../briefing/find-entity.ts';
import type { ArticleView, Briefing, Dossier, SharedForm } from '../briefing/types.ts';
import type { PageMatcherData } from '../matching/types.ts';
import { createShardedSearcher, type Searcher, type ShardSource } from '../search/sharded.ts';
import { type Chunk, chunkPath, type Kind, type Tier, tierPath, vocabPath } from '../search/shards.ts';
import {
  type ArticleRecord,
  aliasPath,
  articlePath,
  articleView,
  briefingPath,
  bucketOf,
  dossierPath,
  ENTITY_CHUNK,
  type EntityRow,
  entityChunks,
  entityNamesPath,
  entityNumbersPath,
  entitySummary,
  LAYOUT_VERSION,
  type LayoutMeta,
  matcherPagePath,
  metaPath,
  namesPath,
  type QuoteRows,
  quotesPath,
  sharedFormsPath,
} from './types.ts';

/** Where the layout's files come from: the text of one file by its path under the layout root. */
export interface LayoutSource {
  read(path: string): Promise<string>;
}

/** Characters of JSON kept parsed (about twice as many bytes of heap): the files a session of hovers revisits. */
export const DEFAULT_CACHE_CHARS = 8_000_000;

interface Cached {
  value: Promise<unknown>;
  size: number;
}

export class LayoutReader {
  private readonly source: LayoutSource;
  private readonly limit: number;
  private readonly cache = new Map<string, Cached>();
  private cached = 0;
  private metaValue: Promise<LayoutMeta> | undefined;
  private searcherValue: Promise<Searcher> | undefined;
  /** Files read from the source so far (the bench reports it). */
  reads = 0;

  constructor(source: LayoutSource, options: { cacheChars?: number } = {}) {
    this.source = source;
    this.limit = options.cacheChars ?? DEFAULT_CACHE_CHARS;
  }

  meta(): Promise<LayoutMeta> {
    if (!this.metaValue) {
      const loading = this.source.read(metaPath()).then((text) => {
        const meta = JSON.parse(text) as LayoutMeta;
        if (meta.layout !== LAYOUT_VERSION) {
          throw new Error(
            `the pack layout has version ${String(meta.layout)}; this build reads version ${LAYOUT_VERSION}`,
          );
        }
        return meta;
      });
      loading.catch(() => {
        this.metaValue = undefined;
      });
      this.metaValue = loading;
    }
    return this.metaValue;
  }

  /** One file, parsed; from the cache when it was read recently. A failed read is not cached. */
  json<T>(path: string): Promise<T> {
    const hit = this.cache.get(path);
    if (hit) {
      // Most recently used last: eviction takes from the front.
      this.cache.delete(path);
      this.cache.set(path, hit);
      return hit.value as Promise<T>;
    }
    const entry: Cached = { value: Promise.resolve(), size: 0 };
    entry.value = this.source.read(path).then((text) => {
      this.reads++;
      entry.size = text.length;
      this.cached += text.length;
      const value = JSON.parse(text) as T;
      this.evict(path);
      return value;
    });
    entry.value.catch(() => {
      if (this.cache.get(path) === entry) this.cache.delete(path);
      this.cached -= entry.size;
    });
    this.cache.set(path, entry);
    return entry.value as Promise<T>;
  }

  /** The briefing of the entity content scripts know by `entity`: one file, which names the entity too. */
  async briefingAt(entity: number): Promise<Briefing | null> {
    const { counts, search } = await this.meta();
    if (!Number.isInteger(entity) || entity < 0 || entity >= counts.entities) return null;
    const per = search.slots.entity;
    const list = await this.json<Briefing[]>(briefingPath(Math.floor(entity / per)));
    return list[entity % per] ?? null;
  }

  async briefing(entityId: string): Promise<Briefing | null> {
    const n = await this.entityNumber(entityId);
    return n >= 0 ? this.briefingAt(n) : null;
  }

  async dossier(entityId: string): Promise<Dossier | null> {
    const { buckets } = await this.meta();
    const list = await this.json<Dossier[]>(dossierPath(bucketOf(entityId, buckets.dossier)));
    return list.find((d) => d.entity.id === entityId) ?? null;
  }

  async article(articleId: string): Promise<ArticleView | null> {
    const { buckets } = await this.meta();
    const list = await this.json<ArticleRecord[]>(articlePath(bucketOf(articleId, buckets.article)));
    const record = list.find((r) => r.article.id === articleId);
    return record ? articleView(record) : null;
  }

  /** The entity a selection names (see findEntity): its id, or null. */
  async findEntity(text: string): Promise<string | null> {
    const { buckets } = await this.meta();
    const keys = selectionKeys(text);
    const tables = await Promise.all(
      [...new Set(keys.map((k) => bucketOf(k, buckets.alias)))].map(async (b) => {
        return [b, await this.json<Record<string, string>>(aliasPath(b))] as const;
      }),
    );
    const byBucket = new Map(tables);
    for (const key of keys) {
      const table = byBucket.get(bucketOf(key, buckets.alias));
      if (table && Object.hasOwn(table, key)) return table[key] ?? null;
    }
    return null;
  }

  /** The page part of the matcher: what an `activate` answer carries. */
  matcherPage(): Promise<PageMatcherData> {
    return this.json<PageMatcherData>(matcherPagePath());
  }

  /** [id, name] of the entity a content script knows by `entity`, or null. */
  async entityRef(entity: number): Promise<[string, string] | null> {
    const { counts } = await this.meta();
    if (!Number.isInteger(entity) || entity < 0 || entity >= counts.entities) return null;
    const chunk = await this.json<[string, string][]>(entityNamesPath(Math.floor(entity / ENTITY_CHUNK)));
    return chunk[entity % ENTITY_CHUNK] ?? null;
  }

  /** The number content scripts know an entity by, or -1. */
  async entityNumber(entityId: string): Promise<number> {
    const { counts } = await this.meta();
    const table = await this.json<Record<string, number>>(
      entityNumbersPath(bucketOf(entityId, entityChunks(counts.entities))),
    );
    return Object.hasOwn(table, entityId) ? (table[entityId] ?? -1) : -1;
  }

  /** Every form several entities claim, with their candidates. */
  sharedForms(): Promise<SharedForm[]> {
    return this.json<SharedForm[]>(sharedFormsPath());
  }

  searcher(): Promise<Searcher> {
    if (!this.searcherValue) {
      const loading = this.meta().then((meta) =>
        createShardedSearcher(this.shardSource(meta), async () => meta.startState),
      );
      loading.catch(() => {
        this.searcherValue = undefined;
      });
      this.searcherValue = loading;
    }
    return this.searcherValue;
  }

  /** Characters of JSON currently cached, and how many files. */
  cacheSize(): { chars: number; files: number } {
    return { chars: this.cached, files: this.cache.size };
  }

  /** What the searcher reads, for tests and tools that look under it. */
  shardSource(meta: LayoutMeta): ShardSource {
    const { search, buckets } = meta;
    const { slots } = search;
    return {
      meta: search,
      chunk: (n) => this.json<Chunk>(chunkPath(n)),
      tier: (chunk: number, term: number, kind: Kind, tier: number) =>
        this.json<Tier>(tierPath(chunk, term, kind, tier)),
      vocab: (length) => this.json<string[]>(vocabPath(length)),
      entity: async (key) => {
        const position = Math.floor(key / 2);
        const bucket = Math.floor(position / slots.entity);
        if (bucket >= buckets.briefing) return undefined;
        const row = (await this.json<EntityRow[]>(namesPath(bucket)))[position % slots.entity];
        return row ? entitySummary(row) : undefined;
      },
      quotes: async (key) => {
        const bucket = Math.floor(key / slots.article);
        if (bucket >= buckets.article) return undefined;
        return (await this.json<QuoteRows[]>(quotesPath(bucket)))[key % slots.article];
      },
      article: async (key) => {
        const bucket = Math.floor(key / slots.article);
        if (bucket >= buckets.article) return undefined;
        return (await this.json<ArticleRecord[]>(articlePath(bucket)))[key % slots.article];
      },
    };
  }

  private evict(keep: string) {
    for (const [path, entry] of this.cache) {
      if (this.cached <= this.limit) break;
      // Never the file just read, nor one still loading (its size is not known yet).
      if (path === keep || entry.size === 0) continue;
      this.cache.delete(path);
      this.cached -= entry.size;
    }
  }
}

/** A layout held in memory, path → text: tests, and Node tools that built one. */
export function memorySource(files: ReadonlyMap<string, string>): LayoutSource {
  return {
    read: async (path) => {
      const text = files.get(path);
      if (text === undefined) throw new Error(`the pack layout has no ${path}`);
      return text;
    },
  };
}

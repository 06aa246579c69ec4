// Derives the on-demand layout (lib/layout/types.ts) from a pack: every briefing, dossier and article assembled
// once, here, with the same code that assembled them on request before, and the search index split into chunks.
// Files go to `emit` one at a time, so a writer can put them on disk (or in the extension's assets) as they come.
import { buildArticleView } from '../briefing/article-view.ts';
import { buildBriefing } from '../briefing/briefing.ts';
import { buildDossier } from '../briefing/dossier.ts';
import { aliasWinners } from '../briefing/find-entity.ts';
import { indexByIds, memoByPack, type PackIndex } from '../briefing/pack-index.ts';
import type { Entity, Pack, Quote } from '../corpus/types.ts';
import type { CompiledMatcher } from '../matching/types.ts';
import { searchDocuments } from '../search/build.ts';
import { type Emit, ShardBuilder } from '../search/shards-build.ts';
import type { StartState } from '../search/types.ts';
import { emitEntityTables, emitMatcher } from './matcher-files.ts';
import {
  type ArticleRecord,
  aliasPath,
  articlePath,
  type BucketCounts,
  briefingPath,
  bucketOf,
  dossierPath,
  type EntityRow,
  LAYOUT_VERSION,
  type LayoutMeta,
  metaPath,
  namesPath,
  type QuoteRows,
  quotesPath,
} from './types.ts';

/** Target sizes of one bucket file (raw JSON): small enough to parse in well under a millisecond. */
const TARGET_BYTES = { briefing: 24_000, dossier: 64_000, article: 12_000, alias: 16_000 };
/** Records measured to estimate how many buckets reach those targets. */
const SAMPLE = 200;
export const START_PEOPLE = 20;

export interface LayoutReport {
  meta: LayoutMeta;
  files: number;
  bytes: number;
}

export interface LayoutOptions {
  /** Postings per term and kind in a chunk (tests make it tiny to exercise tiers). */
  head?: number;
  /** The matcher compiled from the same pack: its page part and entity tables go into the layout too (m/). */
  matcher?: CompiledMatcher;
}

export async function buildLayout(pack: Pack, emit: Emit, options: LayoutOptions = {}): Promise<LayoutReport> {
  const hash = new RunningHash();
  let files = 0;
  let bytes = 0;
  const out: Emit = async (path, contents) => {
    hash.add(path);
    hash.add(contents);
    files++;
    bytes += contents.length;
    await emit(path, contents);
  };

  const index = indexByIds(pack);
  const entityIds = pack.entities.map((e) => e.id);
  const articleIds = pack.articles.map((a) => a.id);
  const aliases = aliasWinners(pack);
  const aliasKeys = [...aliases.keys()];
  const buckets: BucketCounts = {
    briefing: bucketCount(entityIds, (id) => buildBriefing(index, id), TARGET_BYTES.briefing),
    dossier: bucketCount(entityIds, (id) => buildDossier(index, id), TARGET_BYTES.dossier),
    article: bucketCount(articleIds, (id) => articleRecord(index, id), TARGET_BYTES.article),
    alias: bucketCount(aliasKeys, (k) => [k, aliases.get(k)?.id], TARGET_BYTES.alias),
  };

  // Articles first: their keys (bucket, slot) and their quotes' keys are what the search postings point at.
  const articleGroups = group(articleIds, buckets.article);
  const articleSlots = slotCount(articleGroups);
  const quoteSlots = slotCount([...quotesPerArticle(pack).values()].map((n) => ({ length: n })));
  const articleKey = new Map<string, number>();
  const quoteKey = new Map<string, number>();
  for (const [b, ids] of articleGroups.entries()) {
    const records = ids.map((id, slot) => {
      const key = b * articleSlots + slot;
      articleKey.set(id, key);
      const record = articleRecord(index, id) as ArticleRecord;
      record.quotes.forEach(([quoteId], i) => {
        quoteKey.set(quoteId, key * quoteSlots + i);
      });
      return record;
    });
    await out(articlePath(b), JSON.stringify(records));
    await out(quotesPath(b), JSON.stringify(records.map(quoteRows)));
  }

  // Briefings in number order, the number's file holding its briefing (entity id and name included): a hover, which
  // knows only the number, reads one file. Search keys an entity by its number too.
  const entitySlots = Math.max(1, Math.ceil(entityIds.length / buckets.briefing));
  buckets.briefing = Math.max(1, Math.ceil(entityIds.length / entitySlots));
  const entityKey = new Map<string, number>();
  for (let b = 0; b < buckets.briefing; b++) {
    const ids = entityIds.slice(b * entitySlots, (b + 1) * entitySlots);
    const rows: EntityRow[] = [];
    ids.forEach((id, slot) => {
      const e = index.entities.get(id) as Entity;
      entityKey.set(id, entityKeyOf(b * entitySlots + slot, e.kind));
      rows.push(e.description ? [e.id, e.name, e.kind, e.description] : [e.id, e.name, e.kind]);
    });
    await out(briefingPath(b), JSON.stringify(ids.map((id) => buildBriefing(index, id))));
    await out(namesPath(b), JSON.stringify(rows));
  }
  await emitEntityTables(pack.entities, out);
  for (const [b, ids] of group(entityIds, buckets.dossier).entries()) {
    await out(dossierPath(b), JSON.stringify(ids.map((id) => buildDossier(index, id))));
  }
  for (const [b, keys] of group(aliasKeys, buckets.alias).entries()) {
    await out(aliasPath(b), JSON.stringify(Object.fromEntries(keys.map((k) => [k, aliases.get(k)?.id]))));
  }

  const shards = new ShardBuilder();
  for (const doc of searchDocuments(pack)) {
    const kind = doc.id.slice(0, 1) as 'e' | 'q' | 'a';
    const id = doc.id.slice(2);
    const key = (kind === 'e' ? entityKey : kind === 'q' ? quoteKey : articleKey).get(id);
    // A quote whose offsets do not fit its paragraph is not shown anywhere, so not searched either.
    if (key !== undefined) shards.add(kind, key, doc);
  }
  const search = await shards.write(out, options.head);
  if (options.matcher) await emitMatcher(options.matcher, out);

  const meta: LayoutMeta = {
    layout: LAYOUT_VERSION,
    build: hash.digest(),
    counts: { articles: pack.articles.length, entities: pack.entities.length, quotes: pack.quotes.length },
    buckets,
    startState: startState(pack, START_PEOPLE),
    search: { ...search, slots: { entity: entitySlots, article: articleSlots, quote: quoteSlots } },
  };
  const text = JSON.stringify(meta);
  await emit(metaPath(), text);
  return { meta, files: files + 1, bytes: bytes + text.length };
}

/** One article as the reader and search results show it, compactly. Null for an unknown id. */
export function articleRecord(index: PackIndex, id: string): ArticleRecord | null {
  const view = buildArticleView(index, id);
  if (!view) return null;
  const { sentences: _, ...article } = view.article;
  const names: ArticleRecord['names'] = [];
  const nameIndex = new Map<string, number>();
  const mentions = view.mentions.map((m): ArticleRecord['mentions'][number] => {
    let n = nameIndex.get(m.entityId);
    if (n === undefined) {
      n = names.length;
      names.push([m.entityId, m.kind, m.name]);
      nameIndex.set(m.entityId, n);
    }
    return [m.paragraph, m.start, m.end, n];
  });
  const { title } = article;
  const headline = (headlineQuotes(index.pack).get(id) ?? []).filter(
    (q) => q.start >= 0 && q.end <= title.length && q.start < q.end,
  );
  const quotes: ArticleRecord['quotes'] = [
    ...view.quotes.map((q): ArticleRecord['quotes'][number] => [
      q.id,
      q.paragraph,
      q.start,
      q.end,
      q.speaker,
      q.speakerId,
    ]),
    ...headline.map((q): ArticleRecord['quotes'][number] => [q.id, -1, q.start, q.end, q.speaker, q.speakerId]),
  ];
  return { article, names, mentions, quotes };
}

// A headline's quote is rare: found once per pack rather than by scanning every quote for every article.
const headlineQuotes = memoByPack((pack: Pack) => {
  const out = new Map<string, Quote[]>();
  for (const q of pack.quotes) {
    if (!q.inTitle) continue;
    const list = out.get(q.articleId) ?? [];
    list.push(q);
    out.set(q.articleId, list);
  }
  return out;
});

/** The most quoted people, then the most mentioned: what the popup offers before anything is typed. */
export function startState(pack: Pick<Pack, 'entities' | 'quotes' | 'articles'>, limit: number): StartState {
  const counts = new Map<string, number>();
  for (const q of pack.quotes) if (q.speakerId) counts.set(q.speakerId, (counts.get(q.speakerId) ?? 0) + 1);
  const people = pack.entities
    .filter((e) => e.kind === 'person')
    .sort((a, b) => (counts.get(b.id) ?? 0) - (counts.get(a.id) ?? 0) || b.mentions.length - a.mentions.length)
    .slice(0, limit);
  return {
    topPeople: people.map((e: Entity) => {
      const hit = { id: e.id, name: e.name, kind: e.kind, marks: [], quoteCount: counts.get(e.id) ?? 0 };
      return e.description ? { ...hit, description: e.description } : hit;
    }),
    articleCount: pack.articles.length,
  };
}

function quotesPerArticle(pack: Pack): Map<string, number> {
  const counts = new Map<string, number>();
  for (const q of pack.quotes) counts.set(q.articleId, (counts.get(q.articleId) ?? 0) + 1);
  return counts;
}

/** Enough buckets that an average one is about `target` bytes, estimated from a sample of records. */
function bucketCount(ids: readonly string[], make: (id: string) => unknown, target: number): number {
  if (ids.length === 0) return 1;
  const step = Math.max(1, Math.floor(ids.length / SAMPLE));
  let sampled = 0;
  let bytes = 0;
  for (let i = 0; i < ids.length; i += step) {
    bytes += JSON.stringify(make(ids[i] as string) ?? null).length + 1;
    sampled++;
  }
  return Math.max(1, Math.round((bytes / sampled) * (ids.length / target)));
}

/** Ids per bucket, each bucket in pack order. */
function group(ids: readonly string[], count: number): string[][] {
  const groups: string[][] = Array.from({ length: count }, () => []);
  for (const id of ids) groups[bucketOf(id, count)]?.push(id);
  return groups;
}

/** A record's quotes with their words, so a quote result needs no article text. */
function quoteRows(r: ArticleRecord): QuoteRows {
  const { id, title, paragraphs } = r.article;
  return [
    id,
    title,
    r.quotes.map(([quoteId, paragraph, start, end, speaker]) => [
      quoteId,
      paragraph,
      (paragraph < 0 ? title : (paragraphs[paragraph] ?? '')).slice(start, end),
      speaker,
    ]),
  ];
}

/** An entity's search key also says whether it is a person, so results group before anything is read. */
export function entityKeyOf(position: number, kind: Entity['kind']): number {
  return position * 2 + (kind === 'person' ? 0 : 1);
}

/** Slots per bucket in a key: the next power of two above the fullest bucket. */
function slotCount(groups: readonly { length: number }[]): number {
  let most = 1;
  for (const g of groups) most = Math.max(most, g.length);
  return 2 ** Math.ceil(Math.log2(most + 1));
}

/** A 53-bit running hash (cyrb53's mixing) over everything written: the layout's build id. */
class RunningHash {
  private h1 = 0xdeadbeef;
  private h2 = 0x41c6ce57;
  add(text: string) {
    for (let i = 0; i < text.length; i++) {
      const ch = text.charCodeAt(i);
      this.h1 = Math.imul(this.h1 ^ ch, 2654435761);
      this.h2 = Math.imul(this.h2 ^ ch, 1597334677);
    }
  }
  digest(): string {
    const h1 = Math.imul(this.h1 ^ (this.h1 >>> 16), 2246822507) ^ Math.imul(this.h2 ^ (this.h2 >>> 13), 3266489909);
    const h2 = Math.imul(this.h2 ^ (this.h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
    return `${(h2 >>> 0).toString(36)}${(h1 >>> 0).toString(36)}`;
  }
}

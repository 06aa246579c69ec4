// The reader's articles made one corpus with the bundled one. Each added article's entities are linked, in the
// order the articles were added: to a bundled entity when one of their forms is a whole form of the bundled
// matcher's table with the same kind, else to an entity of an earlier added article by the same rule, else they
// are new. The result is one overlay pack (the added articles, one entity per linked group, quotes and related
// ids pointing at the groups) that lib/briefing reads as it reads the bundled pack. Only the added packs and the
// bundled form table are read: linking a new article never reads the bundled corpus's articles.
import type { Article, Entity, EntityKind, Pack, Quote } from '../corpus/types.ts';
import { PACK_VERSION } from '../corpus/types.ts';
import { normalizeAlias, PARTICLES, refusal } from '../matching/aliases.ts';
import type { StoredArticle } from '../storage/schema.ts';
import type { BundledEntity, BundledForms } from './bundled-forms.ts';
import { USER_ID_PREFIX } from './ids.ts';

/** One added article as the store keeps it: what the reader gave and its one-article pack. */
export interface AddedArticle {
  article: Pick<StoredArticle, 'id' | 'title' | 'url' | 'site' | 'addedAt'>;
  pack: Pack;
}

/** An entity of the merged corpus that the reader's articles know something about. */
export interface UserEntity {
  id: string;
  /** The number content scripts know it by: the bundled entity's own, or one after every bundled entity. */
  number: number;
  name: string;
  kind: EntityKind;
  /** Present when it is a bundled entity that added articles also name. */
  bundled?: BundledEntity;
  /** Forms the bundled matcher does not already give this entity: what the user page matcher must match. */
  forms: string[];
}

export interface UserCorpus {
  /** The added articles with their entities linked: ids are the merged corpus's (bundled or `user-…`). */
  pack: Pack;
  entities: UserEntity[];
  byId: ReadonlyMap<string, UserEntity>;
  byNumber: ReadonlyMap<number, UserEntity>;
  /** Where each added article came from, by its id in `pack`: citations name the page. */
  sources: ReadonlyMap<string, { url?: string; site?: string; storedId: string }>;
  /** Bundled entity and shared form counts: the user matcher's numbers start there. */
  bundledCount: number;
  bundledShared: number;
  /** Changes whenever what the pages match changes. */
  stamp: string;
}

interface Group {
  id: string;
  kind: EntityKind;
  name: string;
  bundled?: BundledEntity;
  /** Members newest article first (the order quotes and mentions are listed in). */
  members: { entity: Entity; groupOf: Map<string, Group> }[];
}

/** Links every added article (oldest first) into one overlay corpus. */
export async function linkArticles(added: readonly AddedArticle[], bundled: BundledForms): Promise<UserCorpus> {
  const ordered = [...added].sort(
    (a, b) => cmp(a.article.addedAt, b.article.addedAt) || cmp(a.article.id, b.article.id),
  );
  const lookups = new Map<string, Promise<BundledEntity[]>>();
  const lookup = (form: string) => {
    let hit = lookups.get(form);
    if (!hit) {
      hit = bundled.lookup(form);
      lookups.set(form, hit);
    }
    return hit;
  };
  const groups: Group[] = [];
  const byBundled = new Map<string, Group>();
  const byForm = new Map<string, Group[]>();
  const usedIds = new Set<string>();
  const articles: Article[] = [];
  const quotes: Quote[] = [];
  const sources = new Map<string, { url?: string; site?: string; storedId: string }>();

  for (const { article: stored, pack } of ordered) {
    const groupOf = new Map<string, Group>();
    for (const entity of pack.entities) {
      const group =
        (await linkToBundled(entity, lookup, byBundled, groups)) ??
        linkToAdded(entity, byForm) ??
        newGroup(entity, usedIds, groups);
      if (!group.bundled && entity.name.length > group.name.length && compatible(entity.name, group.name)) {
        group.name = entity.name;
      }
      group.members.unshift({ entity, groupOf });
      groupOf.set(entity.id, group);
      for (const form of formsOf(entity)) {
        const list = byForm.get(form) ?? [];
        if (!list.includes(group)) list.push(group);
        byForm.set(form, list);
      }
    }
    for (const a of pack.articles) {
      const site = stored.site ?? a.source;
      articles.unshift(site ? { ...a, source: site } : a);
      sources.set(a.id, { storedId: stored.id, ...(stored.url ? { url: stored.url } : {}), ...(site ? { site } : {}) });
    }
    for (const q of pack.quotes) {
      const speaker = q.speakerId ? groupOf.get(q.speakerId) : undefined;
      quotes.push(speaker ? { ...q, speakerId: speaker.id, speaker: speaker.name } : q);
    }
  }

  const count = bundled.count;
  let next = count;
  const entities: UserEntity[] = [];
  for (const g of groups) {
    const forms: string[] = [];
    for (const form of new Set(g.members.flatMap((m) => formsOf(m.entity)))) {
      if (g.bundled && (await lookup(form)).some((b) => b.number === g.bundled?.number)) continue;
      forms.push(form);
    }
    const number = g.bundled ? g.bundled.number : next++;
    entities.push({
      id: g.id,
      number,
      name: g.name,
      kind: g.kind,
      forms,
      ...(g.bundled ? { bundled: g.bundled } : {}),
    });
  }
  const overlay: Pack = { version: PACK_VERSION, articles, entities: groups.map(mergedEntity), quotes, index: null };
  return {
    pack: overlay,
    entities,
    byId: new Map(entities.map((e) => [e.id, e])),
    byNumber: new Map(entities.map((e) => [e.number, e])),
    sources,
    bundledCount: count,
    bundledShared: bundled.sharedCount,
    stamp: stampOf(ordered, entities),
  };
}

async function linkToBundled(
  entity: Entity,
  lookup: (form: string) => Promise<BundledEntity[]>,
  byBundled: Map<string, Group>,
  groups: Group[],
): Promise<Group | undefined> {
  const forms = formsOf(entity);
  const canonical = canonicalOf(entity);
  for (const form of forms) {
    const found = (await lookup(form)).find(
      (b) => b.kind === entity.kind && (form === canonical || compatible(entity.name, b.name)),
    );
    if (!found) continue;
    let group = byBundled.get(found.id);
    if (!group) {
      group = { id: found.id, kind: found.kind, name: found.name, bundled: found, members: [] };
      byBundled.set(found.id, group);
      groups.push(group);
    }
    return group;
  }
  return undefined;
}

function linkToAdded(entity: Entity, byForm: Map<string, Group[]>): Group | undefined {
  const forms = formsOf(entity);
  const canonical = canonicalOf(entity);
  for (const form of forms) {
    const found = byForm
      .get(form)
      ?.find((g) => g.kind === entity.kind && (form === canonical || compatible(entity.name, g.name)));
    if (found) return found;
  }
  return undefined;
}

function newGroup(entity: Entity, usedIds: Set<string>, groups: Group[]): Group {
  let id = `${USER_ID_PREFIX}${entity.id}`;
  for (let n = 2; usedIds.has(id); n++) id = `${USER_ID_PREFIX}${entity.id}-${n}`;
  usedIds.add(id);
  const group: Group = { id, kind: entity.kind, name: entity.name, members: [] };
  groups.push(group);
  return group;
}

/**
 * The forms an entity can be linked and matched by: its canonical name first, then its other aliases, longest
 * first, each as the matcher writes forms; aliases the matcher refuses (a bare common word) are left out.
 */
export function formsOf(entity: Pick<Entity, 'name' | 'aliases'>): string[] {
  // Every change relinks the same stored entity objects: their forms are worked out once.
  const known = formCache.get(entity);
  if (known) return known;
  const canonical = canonicalOf(entity);
  const rest = entity.aliases.map(normalizeAlias).filter((a) => a !== canonical);
  rest.sort((a, b) => b.length - a.length || cmp(a, b));
  const forms = [...new Set([canonical, ...rest])].filter((f) => refusal(f) === null);
  formCache.set(entity, forms);
  return forms;
}

const formCache = new WeakMap<object, string[]>();
const canonicalCache = new WeakMap<object, string>();

function canonicalOf(entity: Pick<Entity, 'name'>): string {
  let c = canonicalCache.get(entity);
  if (c === undefined) {
    c = normalizeAlias(entity.name);
    canonicalCache.set(entity, c);
  }
  return c;
}

/**
 * Two names can be one entity when the words of one are all words of the other ("Brekke" and "Halvard
 * Brekke"), but not "Ana Lopez" and "Maria Lopez": a surname alone links only to a name that has it.
 */
export function compatible(a: string, b: string): boolean {
  const wa = nameWords(a);
  const wb = nameWords(b);
  const [small, large] = wa.size <= wb.size ? [wa, wb] : [wb, wa];
  for (const w of small) if (!large.has(w)) return false;
  return small.size > 0;
}

function nameWords(name: string): Set<string> {
  const known = wordCache.get(name);
  if (known) return known;
  const words = normalizeAlias(name)
    .toLowerCase()
    .split(/[\s.]+/)
    .filter((w) => w && !PARTICLES.has(w));
  const set = new Set(words);
  // Names repeat across articles and relinks; the cache is the reader's own names, bounded by what they added.
  if (wordCache.size > 50_000) wordCache.clear();
  wordCache.set(name, set);
  return set;
}

const wordCache = new Map<string, Set<string>>();

/** One entity of the overlay pack: every member's mentions, quotes and sentences, newest article first. */
function mergedEntity(g: Group): Entity {
  const aliases = new Set<string>(g.bundled ? [g.bundled.name] : [g.name]);
  const related = new Map<string, number>();
  const entity: Entity = {
    id: g.id,
    name: g.name,
    kind: g.kind,
    aliases: [],
    mentions: [],
    related: [],
    quoteIds: [],
    sentences: [],
  };
  for (const { entity: m, groupOf } of g.members) {
    for (const a of m.aliases) aliases.add(a);
    if (!entity.description && m.description) entity.description = m.description;
    entity.mentions.push(...m.mentions);
    entity.quoteIds.push(...m.quoteIds);
    entity.sentences.push(...m.sentences);
    m.related.forEach((r, i) => {
      const id = groupOf.get(r)?.id;
      // Earlier in an article's list is more related.
      if (id && id !== g.id) related.set(id, (related.get(id) ?? 0) + 1 / (i + 1));
    });
  }
  entity.aliases = [...aliases];
  entity.related = [...related].sort((x, y) => y[1] - x[1] || cmp(x[0], y[0])).map(([id]) => id);
  return entity;
}

function stampOf(ordered: readonly AddedArticle[], entities: readonly UserEntity[]): string {
  let h = 0x811c9dc5;
  const feed = (s: string) => {
    for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  };
  for (const a of ordered) feed(a.article.id);
  for (const e of entities) feed(`${e.number}:${e.forms.join('|')}`);
  return `${ordered.length}-${(h >>> 0).toString(36)}`;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

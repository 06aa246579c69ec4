// Build time: the pack's entities and aliases become the compact matcher the content script runs.
import { detached } from '../corpus/text.ts';
import { ENTITY_KINDS, type Entity, type Pack } from '../corpus/types.ts';
import { isWordShaped, normalizeAlias, PARTICLES, refusal, surfaceForms } from './aliases.ts';
import { TITLE_WORDS } from './common-words.ts';
import { normalUnit, PAIR_BYTES, startBit } from './hash.ts';
import { packTable, SLOT_BYTES, toBase64 } from './table.ts';
import {
  type CompiledMatcher,
  type PageMatcherData,
  VALUE_FORM,
  VALUE_GOES_ON,
  VALUE_INDEX,
  VALUE_SHARED,
  VALUE_WORD,
} from './types.ts';

export interface CompileOptions {
  /**
   * Is a lower-case word an ordinary dictionary word? Acronyms whose word form is not ("Nato") are matched in that
   * form too. Without it no word form is made (lib/matching/dictionary.ts has the build's dictionary).
   */
  isWord?: (lower: string) => boolean;
}

interface Claim {
  entity: number;
  /** The entity's own canonical name (or a form derived from it), which beats anyone else's alias. */
  canonical: boolean;
  /** Written as in the texts rather than derived (capitals, an acronym's word form), which beats a derived form. */
  written: boolean;
  /** The alias the form comes from: what the corpus's mentions are counted by. */
  alias: string;
}

/** Title words too general to tell two people apart ("former", "state"): never a cue on their own. */
const WEAK_TITLES: ReadonlySet<string> = new Set([
  'the',
  'of',
  'acting',
  'first',
  'former',
  'senior',
  'deputy',
  'vice',
  'executive',
  'general',
  'state',
  'home',
  'foreign',
  'interior',
  'finance',
  'defence',
  'defense',
  'chief',
  'head',
  'assistant',
]);

/**
 * Compile the pack into the page's form table plus the tables the background names things with. Aliases that are
 * too short, have no capital, are a bare common word or only a title are left out. A form claimed by several
 * entities goes to the one whose canonical name it is, else to the one that wrote it rather than derived it; when
 * several tie, it is shared: the page picks among them from context, most mentioned with that form first.
 */
export function compileMatcher(pack: Pack, options: CompileOptions = {}): CompiledMatcher {
  const wordNames = wordNamesOf(pack, options);
  const claims = claimsOf(pack, options, wordNames);
  const counts = mentionCounts(pack);
  const forms: [string, number][] = [];
  const shared: CompiledMatcher['shared'] = [];
  const sharedIndex = new Map<string, number>();
  for (const [form, list] of claims) {
    const tier = topTier(list);
    const first = tier[0];
    if (!first) continue;
    if (tier.length === 1) {
      forms.push([form, first.entity]);
      continue;
    }
    const candidates = tier
      .map((c): [number, number, number] => [
        c.entity,
        counts.get(c.entity)?.get(c.alias) ?? 0,
        pack.entities[c.entity]?.mentions.length ?? 0,
      ])
      .sort((x, y) => y[1] - x[1] || y[2] - x[2] || x[0] - y[0])
      .map(([entity, n]): [number, number] => [entity, n]);
    // The same candidates in the same order (a name and its capitals) share one list.
    const key = candidates.map(([e]) => e).join(',');
    let index = sharedIndex.get(key);
    if (index === undefined) {
      index = shared.length;
      sharedIndex.set(key, index);
      shared.push({ form, candidates });
    }
    forms.push([form, -1 - index]);
  }
  forms.sort((a, b) => b[0].length - a[0].length || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const entities = pack.entities.map((e): [string, string, (typeof ENTITY_KINDS)[number]] => [e.id, e.name, e.kind]);
  return { version: 2, entities, forms, shared, page: pageData(pack, forms, shared, wordNames) };
}

/** How often the corpus must write a name's word in lower case before the page treats the name as that word. */
const LOWER_CASE_USES = 2;

/**
 * One-word names that are ordinary words too ("Long", "Law", "Jobs"): dictionary words the corpus itself writes in
 * lower case at least LOWER_CASE_USES times, and more often than it mentions the entities that have them. The dictionary alone
 * would say the same of "China", "Kremlin" and "Bush"; a newsroom's archive knows "long" as a word and "Bush" as a
 * name. The page matches these only where the capital is the writer's (word-names.ts).
 */
function wordNamesOf(pack: Pack, options: CompileOptions): Set<string> {
  const named = new Map<string, number>();
  const lowers = new Set<string>();
  for (const entity of pack.entities) {
    for (const alias of new Set([entity.name, ...entity.aliases].map(normalizeAlias))) {
      if (refusal(alias) !== null || !isWordShaped(alias, options.isWord)) continue;
      named.set(alias, (named.get(alias) ?? 0) + entity.mentions.length);
      lowers.add(alias.toLowerCase());
    }
  }
  const out = new Set<string>();
  if (lowers.size === 0) return out;
  const uses = lowerCaseUses(pack, lowers);
  for (const [alias, n] of named) {
    const lower = uses.get(alias.toLowerCase()) ?? 0;
    if (lower >= LOWER_CASE_USES && lower >= n) out.add(alias);
  }
  return out;
}

/** How often the corpus's text has each of `words` (lower case) as a word of its own: one regular expression, one pass. */
function lowerCaseUses(pack: Pack, words: ReadonlySet<string>): Map<string, number> {
  const alternatives = [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&'));
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  const uses = new Map<string, number>();
  for (const article of pack.articles) {
    for (const paragraph of article.paragraphs) {
      pattern.lastIndex = 0;
      for (let m = pattern.exec(paragraph); m; m = pattern.exec(paragraph)) uses.set(m[0], (uses.get(m[0]) ?? 0) + 1);
    }
  }
  return uses;
}

/** Who claims each surface form, at most once per entity. */
function claimsOf(pack: Pack, options: CompileOptions, wordNames: ReadonlySet<string>): Map<string, Claim[]> {
  const claims = new Map<string, Claim[]>();
  pack.entities.forEach((entity, index) => {
    const canonicalName = normalizeAlias(entity.name);
    const aliases = new Set([entity.name, ...entity.aliases].map(normalizeAlias));
    for (const alias of aliases) {
      if (refusal(alias) !== null) continue;
      surfaceForms(alias, options.isWord, wordNames.has(alias)).forEach((form, i) => {
        const list = claims.get(form) ?? [];
        if (list.some((c) => c.entity === index)) return;
        list.push({ entity: index, canonical: alias === canonicalName, written: i === 0, alias });
        claims.set(form, list);
      });
    }
  });
  return claims;
}

/** The claims that count: the canonical ones if any, else the written ones, else all (derived forms alone). */
function topTier(list: Claim[]): Claim[] {
  const canonical = list.filter((c) => c.canonical);
  if (canonical.length > 0) return canonical;
  const written = list.filter((c) => c.written);
  return written.length > 0 ? written : list;
}

/**
 * How often the corpus mentions each entity with each alias (normalized), from its recorded mentions. The texts
 * are read article by article (each article once: a pack may read its texts from disk on demand), then counted
 * entity by entity in mention order.
 */
function mentionCounts(pack: Pack): Map<number, Map<string, number>> {
  const aliasIds = new Map<string, number>();
  const aliasList: string[] = [];
  const perEntity = pack.entities.map((e) => new Int32Array(e.mentions.length).fill(-1));
  // Mentions sorted by article (a counting sort into flat arrays: millions of them at 100,000 articles).
  const articleOf = new Map(pack.articles.map((a, i) => [a.id, i]));
  const starts = new Int32Array(pack.articles.length + 1);
  for (const e of pack.entities) {
    for (const m of e.mentions) {
      const a = articleOf.get(m.articleId);
      if (a !== undefined) starts[a + 1] = (starts[a + 1] as number) + 1;
    }
  }
  for (let a = 0; a < pack.articles.length; a++) starts[a + 1] = (starts[a + 1] as number) + (starts[a] as number);
  const fill = starts.slice(0, pack.articles.length);
  const entityAt = new Int32Array(starts[pack.articles.length] as number);
  const mentionAt = new Int32Array(entityAt.length);
  pack.entities.forEach((e, index) => {
    e.mentions.forEach((m, k) => {
      const a = articleOf.get(m.articleId);
      if (a === undefined) return;
      const at = fill[a] as number;
      fill[a] = at + 1;
      entityAt[at] = index;
      mentionAt[at] = k;
    });
  });
  pack.articles.forEach((article, a) => {
    const from = starts[a] as number;
    const to = starts[a + 1] as number;
    if (from === to) return;
    const { paragraphs } = article;
    for (let at = from; at < to; at++) {
      const index = entityAt[at] as number;
      const k = mentionAt[at] as number;
      const m = (pack.entities[index] as Entity).mentions[k] as Entity['mentions'][number];
      const text = paragraphs[m.paragraph]?.slice(m.start, m.end);
      if (!text) continue;
      const alias = normalizeAlias(text);
      let id = aliasIds.get(alias);
      if (id === undefined) {
        id = aliasList.length;
        const own = detached(alias);
        aliasList.push(own);
        aliasIds.set(own, id);
      }
      (perEntity[index] as Int32Array)[k] = id;
    }
  });
  const out = new Map<number, Map<string, number>>();
  perEntity.forEach((ids, index) => {
    const byAlias = new Map<string, number>();
    for (const id of ids) {
      if (id < 0) continue;
      const alias = aliasList[id] as string;
      byAlias.set(alias, (byAlias.get(alias) ?? 0) + 1);
    }
    out.set(index, byAlias);
  });
  return out;
}

/**
 * Words that pick one candidate of a shared form when they stand just before it: the rest of its canonical name
 * ("Ana" for "Marlow") and the titles its description gives it ("senator"), lower case; a word two candidates
 * have is no cue at all.
 */
function cuesOf(pack: Pack, form: string, entities: number[]): string[] {
  const formWords = new Set(form.toLowerCase().split(' '));
  const per = entities.map((index) => {
    const e = pack.entities[index];
    const words = new Set<string>();
    for (const w of (e?.name ?? '').toLowerCase().split(/\s+/)) {
      const word = w.replace(/[.,]+$/, '');
      if (/^\p{L}[\p{L}'-]+$/u.test(word) && !formWords.has(word) && !PARTICLES.has(word)) words.add(word);
    }
    for (const w of (e?.description ?? '').toLowerCase().split(/[^\p{L}]+/u)) {
      if (TITLE_WORDS.has(w) && !WEAK_TITLES.has(w)) words.add(w);
    }
    return words;
  });
  const seen = new Map<string, number>();
  for (const words of per) for (const w of words) seen.set(w, (seen.get(w) ?? 0) + 1);
  return per.map((words) => [...words].filter((w) => seen.get(w) === 1).join(' '));
}

/** The lower-case words a form opens with and what separates them: "de la ", "al-", "d'". */
const PARTICLE_CHAIN = /^\p{Ll}+(?:[ '-]+\p{Ll}+)*[ '-]*(?=[^\p{Ll}])/u;

function pageData(
  pack: Pack,
  forms: [string, number][],
  shared: CompiledMatcher['shared'],
  wordNames: ReadonlySet<string>,
): PageMatcherData {
  const values = new Map<string, number>();
  const starts = new Set<string>();
  const lowerStarts = new Set<string>();
  let longest = 0;
  for (const [form, code] of forms) {
    const value = VALUE_FORM | (code >= 0 ? code : VALUE_SHARED | (-1 - code)) | (wordNames.has(form) ? VALUE_WORD : 0);
    if ((code >= 0 ? code : -1 - code) > VALUE_INDEX) throw new Error('matcher: more entities than the table holds');
    values.set(form, (values.get(form) ?? 0) | value);
    // Every prefix that ends before a space: reading a page goes on past whitespace only where a form does.
    for (let i = form.indexOf(' '); i > 0; i = form.indexOf(' ', i + 1)) {
      const prefix = form.slice(0, i);
      values.set(prefix, (values.get(prefix) ?? 0) | VALUE_GOES_ON);
    }
    // A form that opens with lower-case particles ("de Varenne", "al-Tamimi", "de la Brena") is looked for from the
    // first unit after them (its anchor), and read from where they stand: a, b and d open a fifth of English words,
    // and a search that stopped at each would cost ten times the search for capitals (matcher.ts).
    const chain = PARTICLE_CHAIN.exec(form)?.[0] ?? '';
    for (const word of chain.match(/\p{Ll}+/gu) ?? []) lowerStarts.add(word);
    const first = form.charAt(chain.length);
    starts.add(first);
    // Any apostrophe reads as a straight one.
    if (first === "'") for (const a of '\u2019\u2018\u02BC') starts.add(a);
    longest = Math.max(longest, form.length);
  }
  const table = packTable(values);
  const kinds = new Uint8Array(pack.entities.length);
  pack.entities.forEach((e, i) => {
    kinds[i] = Math.max(0, ENTITY_KINDS.indexOf(e.kind));
  });
  const pairs = new Uint8Array(PAIR_BYTES);
  for (const [form] of forms) {
    const bit = startBit(
      normalUnit(form.charCodeAt(0)),
      normalUnit(form.charCodeAt(1)),
      form.charCodeAt(2),
      form.charCodeAt(3),
    );
    pairs[bit >>> 3] = (pairs[bit >>> 3] ?? 0) | (1 << (bit & 7));
  }
  const bytes = new Uint8Array(table.bytes.length + kinds.length + PAIR_BYTES);
  bytes.set(table.bytes, 0);
  bytes.set(kinds, table.bytes.length);
  bytes.set(pairs, table.bytes.length + kinds.length);
  if (table.bytes.length !== table.buckets * 2 + table.slots * SLOT_BYTES) throw new Error('matcher: table layout');
  return {
    version: 4,
    data: toBase64(bytes),
    buckets: table.buckets,
    slots: table.slots,
    entities: pack.entities.length,
    starts: [...starts].sort().join(''),
    lowerStarts: [...lowerStarts].sort(),
    longest,
    shared: shared.map(({ form, candidates }) => {
      const entities = candidates.map(([e]) => e);
      return { entities, cues: cuesOf(pack, form, entities) };
    }),
  };
}

// Everything in a paragraph that can stand for an entity: names, "the IMF chief"-style descriptions, pronouns
// and relative pronouns. Descriptions are resolved here, against the roles the corpus gives each person
// mentioned in the article; pronouns are left for attribution, which knows the reading order.
import type { Candidate } from './candidates.ts';
import { describes, readDescription, roleWord, titleWordsBefore } from './descriptions.ts';
import { isDemonym, isOrgHeadWord, isRoleNoun, LEADER_ROLES, TITLE_WORDS } from './lexicon.ts';
import type { Draft } from './registry.ts';
import { nameKey } from './text.ts';
import type { Token } from './tokens.ts';

export type RefType = 'name' | 'descriptor' | 'pronoun' | 'relative';

export interface Ref {
  type: RefType;
  /** Token indices, inclusive. */
  first: number;
  last: number;
  start: number;
  end: number;
  /** Draft index, or -1 when unresolved (pronouns are resolved later). */
  entity: number;
  word: string;
  quoted: boolean;
  /** A description that names its entity on its own ("IMF chief"): becomes an alias and a mention. */
  alias?: { start: number; end: number };
}

export interface RefPara {
  text: string;
  tokens: Token[];
  candidates: Candidate[];
}

const ROLE_QUALIFIERS = new Set([
  'former',
  'top',
  'senior',
  'acting',
  'then',
  'current',
  'new',
  'outgoing',
  'incoming',
]);
const GENERIC_LEADER = new Set(['chief', 'head', 'leader', 'boss']);
const PRONOUNS = new Set(['he', 'she', 'they', 'it']);
const RELATIVES = new Set(['who', 'which']);
const singleSpace = (gap: string) => gap === ' ' || gap === '\u00a0';

interface Descriptor {
  first: number;
  last: number;
  /** Lowercase names and demonyms that qualify the role ("imf", "danish"). */
  qualifiers: string[];
  /** Lowercase role words ("prime", "minister"). */
  roles: string[];
  /** Token index of the first named qualifier, for the alias. */
  aliasFrom?: number;
  orgHead?: string;
}

/** Builds refs for every paragraph of one article. `resolved` maps candidates to draft indices. */
export function buildRefs(
  paras: readonly RefPara[],
  resolved: readonly (readonly number[])[],
  drafts: readonly Draft[],
): Ref[][] {
  const mentioned = new Map<number, number>();
  for (const row of resolved) for (const d of row) if (d >= 0) mentioned.set(d, (mentioned.get(d) ?? 0) + 1);
  const lastSeen = new Map<number, number>();
  let clock = 0;
  const lastOrgs: number[] = [];
  // What the article (and the corpus) calls each person, for "the Riverton senator"-style descriptions.
  const vocabulary = new Map<number, Set<string>>();
  const vocabularyOf = (entity: number): Set<string> => {
    let v = vocabulary.get(entity);
    if (!v) {
      v = new Set();
      for (const role of drafts[entity]?.roles.keys() ?? [])
        for (const w of role.split(/[\s,]+/u)) if (w) v.add(roleWord(w));
      vocabulary.set(entity, v);
    }
    return v;
  };

  return paras.map((para, p) => {
    const row = resolved[p] ?? [];
    const refs: Ref[] = [];
    const nameAt = new Map<number, Ref>();
    para.candidates.forEach((c, ci) => {
      const entity = row[ci] ?? -1;
      if (entity < 0) return;
      const ref: Ref = {
        type: 'name',
        first: c.first,
        last: c.last,
        start: c.start,
        end: c.end,
        entity,
        word: c.surface,
        quoted: c.quoted,
      };
      refs.push(ref);
      if (!nameAt.has(c.first)) nameAt.set(c.first, ref);
    });
    const kindOf = (d: number) => drafts[d]?.kind;
    const { tokens } = para;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i] as Token;
      const name = nameAt.get(i);
      if (name) {
        if (!name.quoted) {
          lastSeen.set(name.entity, ++clock);
          if (kindOf(name.entity) === 'organization') lastOrgs.push(name.entity);
          if (kindOf(name.entity) === 'person') learnWords(name);
        }
        const last = tokens[name.last] as Token;
        const kind = kindOf(name.entity);
        if (last.possessive && (kind === 'organization' || kind === 'place')) {
          const d = readRoles(tokens, name.last + 1, [drafts[name.entity]?.key ?? ''], nameAt, drafts, name.first);
          if (d && !name.quoted) {
            d.first = name.first;
            pushDescriptor(d, true);
          }
        }
        continue;
      }
      if (t.quote >= 0) continue;
      const type = PRONOUNS.has(t.lower)
        ? 'pronoun'
        : RELATIVES.has(t.lower) && /,\s*$/u.test(t.gap)
          ? 'relative'
          : null;
      if (type) {
        refs.push({ type, first: i, last: i, start: t.start, end: t.end, entity: -1, word: t.lower, quoted: false });
      } else if (t.lower === 'the') {
        const d = readRoles(tokens, i + 1, [], nameAt, drafts);
        if (d) {
          d.first = i;
          pushDescriptor(d, false);
          i = d.last;
        } else {
          const described = describedPerson(i);
          if (described) i = described.last;
        }
      }
    }
    refs.sort((a, b) => a.start - b.start);
    return refs;

    /** Title words before the name and the appositive after it join the person's vocabulary. */
    function learnWords(name: Ref) {
      const v = vocabularyOf(name.entity);
      for (const w of titleWordsBefore(tokens, name.first)) v.add(w);
      const next = tokens[name.last + 1];
      if (!next || !/^,\s+$/u.test(next.gap) || !['a', 'an', 'the'].includes(next.lower)) return;
      for (let k = name.last + 2; k < tokens.length && k < name.last + 10; k++) {
        const t = tokens[k] as Token;
        if (!singleSpace(t.gap) || t.quote >= 0) break;
        v.add(roleWord(t.text));
      }
    }

    /** "the Riverton senator": the most recent person the article has called so. */
    function describedPerson(at: number): Ref | undefined {
      const d = readDescription(tokens, at + 1, (j) => {
        const n = nameAt.get(j);
        if (!n) return undefined;
        return { words: (drafts[n.entity]?.key ?? '').split(' ').map(roleWord), last: n.last };
      });
      if (!d) return undefined;
      let best = -1;
      let bestSeen = -1;
      for (const [entity, seen] of lastSeen) {
        if (kindOf(entity) !== 'person' || seen <= bestSeen) continue;
        if (describes(d, vocabularyOf(entity))) {
          best = entity;
          bestSeen = seen;
        }
      }
      const first = tokens[at] as Token;
      const last = tokens[d.last] as Token;
      const ref: Ref = {
        type: 'descriptor',
        first: at,
        last: d.last,
        start: first.start,
        end: last.end,
        entity: best,
        word: para.text.slice(first.start, last.end),
        quoted: false,
      };
      if (best >= 0) lastSeen.set(best, ++clock);
      refs.push(ref);
      return ref;
    }

    function pushDescriptor(d: Descriptor, possessive: boolean) {
      const first = tokens[d.first] as Token;
      const last = tokens[d.last] as Token;
      const entity = d.orgHead ? resolveOrg(d.orgHead) : resolvePerson(d);
      const ref: Ref = {
        type: 'descriptor',
        first: d.first,
        last: d.last,
        start: first.start,
        end: last.end,
        entity,
        word: para.text.slice(first.start, last.end),
        quoted: false,
      };
      if (entity >= 0 && !possessive && d.aliasFrom !== undefined) {
        ref.alias = { start: (tokens[d.aliasFrom] as Token).start, end: last.end };
      }
      if (entity >= 0) lastSeen.set(entity, ++clock);
      refs.push(ref);
    }
  });

  function resolvePerson(d: Descriptor): number {
    let best = -1;
    let bestScore = -1;
    for (const [entity, count] of mentioned) {
      const draft = drafts[entity];
      if (draft?.kind !== 'person' || !rolesMatch(d, normalizedRoles(draft))) continue;
      const score = (lastSeen.get(entity) ?? 0) * 1000 + count;
      if (score > bestScore) {
        bestScore = score;
        best = entity;
      }
    }
    return best;
  }

  function resolveOrg(head: string): number {
    for (let k = lastOrgs.length - 1; k >= 0; k--) {
      const entity = lastOrgs[k] as number;
      if (drafts[entity]?.key.split(' ').includes(head)) return entity;
    }
    return -1;
  }
}

/** Reads "[IMF] chief", "[Danish] foreign minister", "head of [IMF]" starting at token `from`. */
function readRoles(
  tokens: readonly Token[],
  from: number,
  qualifiers: string[],
  nameAt: ReadonlyMap<number, Ref>,
  drafts: readonly Draft[],
  aliasFrom?: number,
): Descriptor | undefined {
  const d: Descriptor = { first: from, last: -1, qualifiers: [...qualifiers], roles: [], aliasFrom };
  let j = from;
  while (j < tokens.length && j - from < 6) {
    const t = tokens[j] as Token;
    if (!singleSpace(t.gap) || t.quote >= 0) break;
    const name = nameAt.get(j);
    if (name && d.roles.length === 0) {
      const kind = drafts[name.entity]?.kind;
      if (kind !== 'organization' && kind !== 'place') return undefined;
      d.qualifiers.push(drafts[name.entity]?.key ?? '');
      d.aliasFrom ??= j;
      j = name.last + 1;
      continue;
    }
    if (isDemonym(t.lower) && d.roles.length === 0) {
      d.qualifiers.push(t.lower);
      j++;
      continue;
    }
    const bare = t.lower.replace(/\.$/, '');
    if (isRoleNoun(bare) || ROLE_QUALIFIERS.has(bare)) {
      if (/[^s]s$/u.test(bare) && !TITLE_WORDS.has(bare)) return undefined;
      if (!ROLE_QUALIFIERS.has(bare)) {
        d.roles.push(bare);
        d.last = j;
      }
      j++;
      if (t.possessive) break;
      continue;
    }
    const next = tokens[j + 1];
    if (
      d.roles.length === 0 &&
      !t.cap &&
      isOrgHeadWord(bare) &&
      next &&
      singleSpace(next.gap) &&
      isRoleNoun(next.lower)
    ) {
      // "the agency chief": the organization's head noun qualifies the role.
      d.qualifiers.push(bare);
      j++;
      continue;
    }
    if (d.roles.length === 0 && !t.cap && isOrgHeadWord(bare) && (d.qualifiers.length > 0 || j === from)) {
      d.orgHead = bare;
      d.last = j;
      return followedByName(tokens, j, nameAt) ? undefined : d;
    }
    break;
  }
  if (d.last < 0) return undefined;
  const of = tokens[d.last + 1];
  const owner = nameAt.get(d.last + 2);
  if (of?.lower === 'of' && singleSpace(of.gap) && owner) {
    const kind = drafts[owner.entity]?.kind;
    if (kind === 'organization' || kind === 'place') {
      d.qualifiers.push(drafts[owner.entity]?.key ?? '');
      d.aliasFrom ??= d.first;
      d.last = owner.last;
    }
  }
  return followedByName(tokens, d.last, nameAt) ? undefined : d;
}

// "the Treasury spokesman Tom Reed": a title in front of a name, not a description standing for it.
function followedByName(tokens: readonly Token[], last: number, nameAt: ReadonlyMap<number, Ref>): boolean {
  const next = tokens[last + 1];
  return next !== undefined && singleSpace(next.gap) && (nameAt.has(last + 1) || next.cap);
}

const roleCache = new WeakMap<Draft, { text: string; words: Set<string> }[]>();

/** A person's role phrases, normalized once: "the IMF’s managing director" → "the imf managing director". */
function normalizedRoles(draft: Draft): { text: string; words: Set<string> }[] {
  let roles = roleCache.get(draft);
  if (!roles) {
    const texts = new Set([...draft.roles.keys()].map((phrase) => nameKey(phrase.replace(/[’']s\b/gu, ''))));
    roles = [...texts].map((text) => ({ text, words: new Set(text.split(/[^\p{L}-]+/u).filter(Boolean)) }));
    roleCache.set(draft, roles);
  }
  return roles;
}

function rolesMatch(d: Descriptor, personRoles: readonly { text: string; words: Set<string> }[]): boolean {
  if (d.roles.length === 0) return false;
  const generic = d.roles.every((r) => GENERIC_LEADER.has(r));
  return personRoles.some(({ text, words }) => {
    if (!d.qualifiers.every((q) => q && (` ${text} `.includes(` ${q} `) || words.has(q)))) return false;
    if (generic) return [...words].some((w) => LEADER_ROLES.has(w));
    return d.roles.every((r) => words.has(r));
  });
}

// Final entity records: canonical name, aliases, description, mentions, related entities, quotes, key sentences.

import { lowerBound, rangeAt } from './ranges.ts';
import type { Draft } from './registry.ts';
import type { Range } from './sentences.ts';
import { isSingularPhrase } from './terms.ts';
import { nameKey, rankByCount, slugify } from './text.ts';
import type { Entity, Quote, Span } from './types.ts';

/** One occurrence of an entity, as found in an article. */
export interface Occurrence {
  entity: number;
  articleId: string;
  paragraph: number;
  start: number;
  end: number;
  quoted: boolean;
  /** The occurrence opens its sentence's subject position (first reference in the sentence). */
  subject: boolean;
  /** Surface is a name (not a description alias). */
  isName: boolean;
}

export interface ArticleText {
  id: string;
  paragraphs: string[];
  sentences: Range[][];
  /** Quote ranges per paragraph, to tell quotes from narration. */
  quoteRanges: Range[][];
}

const MAX_RELATED = 12;
const MAX_ABOUT_QUOTES = 50;
const MAX_SENTENCES = 8;
const ROLE_NOISE = /^(?:a|an|the|his|her|its|their)\s+/iu;

export function assembleEntities(
  drafts: readonly Draft[],
  occurrences: readonly Occurrence[],
  articles: readonly ArticleText[],
  quotes: readonly (Quote & { speakerIndex: number })[],
): { entities: Entity[]; idOf: string[] } {
  const byEntity = new Map<number, Occurrence[]>();
  for (const o of occurrences) {
    const list = byEntity.get(o.entity) ?? [];
    list.push(o);
    byEntity.set(o.entity, list);
  }
  const articleById = new Map(articles.map((a) => [a.id, a]));
  const text = (o: Occurrence) => articleById.get(o.articleId)?.paragraphs[o.paragraph]?.slice(o.start, o.end) ?? '';

  const idOf: string[] = [];
  const usedIds = new Set<string>();
  const names: string[] = [];
  for (const d of drafts) {
    const occ = byEntity.get(d.index) ?? [];
    // "Aral Seas" in "the Caspian and Aral Seas" names "Aral Sea": a surface that stands for another name is no name.
    const surfaces = rankByCount(occ.filter((o) => o.isName).map(text)).filter((s) => !d.canonical.has(s));
    // A policy phrase is named in the singular when the texts use it ("humanitarian corridor"), in lower case.
    const phraseRank = (s: string) => (d.phrase ? (isSingularPhrase(s) ? 0 : 1) + (/\p{Lu}/u.test(s) ? 2 : 0) : 0);
    const name =
      [...surfaces].sort(
        (a, b) =>
          (d.phrase ? 0 : wordCount(b) - wordCount(a)) ||
          phraseRank(a) - phraseRank(b) ||
          surfaces.indexOf(a) - surfaces.indexOf(b),
      )[0] ??
      [...d.canonical.values()][0] ??
      [...d.surfaces.keys()][0] ??
      d.key;
    names.push(name);
    let id = `${d.kind}:${slugify(name)}`;
    for (let n = 2; usedIds.has(id); n++) id = `${d.kind}:${slugify(name)}-${n}`;
    usedIds.add(id);
    idOf.push(id);
  }

  const cooccur = relatedCounts(occurrences);
  const said = new Map<number, Quote[]>();
  const about = new Map<number, Quote[]>();
  const quoteAt = new Map<string, (Quote & { speakerIndex: number })[]>();
  for (const q of quotes) {
    if (q.speakerIndex >= 0) push(said, q.speakerIndex, q);
    const key = `${q.articleId}#${q.paragraph}`;
    const list = quoteAt.get(key) ?? [];
    list.push(q);
    quoteAt.set(key, list);
  }
  const quoteStarts = new Map<string, number[]>();
  for (const [key, list] of quoteAt) {
    list.sort((a, b) => a.start - b.start);
    quoteStarts.set(
      key,
      list.map((q) => q.start),
    );
  }
  for (const o of occurrences) {
    if (!o.quoted) continue;
    const key = `${o.articleId}#${o.paragraph}`;
    const starts = quoteStarts.get(key) ?? [];
    const q = quoteAt.get(key)?.[lowerBound(starts, o.start + 1) - 1];
    if (!q || o.end > q.end) continue;
    if (q.speakerIndex === o.entity) continue;
    const list = about.get(o.entity) ?? [];
    if (!list.includes(q) && list.length < MAX_ABOUT_QUOTES) list.push(q);
    about.set(o.entity, list);
  }

  const entities: Entity[] = [];
  for (const d of drafts) {
    const occ = byEntity.get(d.index) ?? [];
    if (occ.length === 0) continue;
    // "Professor Jane Roe": the titled forms the texts use are aliases too (a highlight may take in the title).
    const aliases = [...new Set([...occ.map(text), ...d.titledForms.keys()])].filter((a) => a.length > 0);
    const name = names[d.index] as string;
    if (!aliases.includes(name)) aliases.unshift(name);
    const entity: Entity = {
      id: idOf[d.index] as string,
      name,
      kind: d.kind,
      aliases: [name, ...aliases.filter((a) => a !== name)],
      mentions: occ.map((o) => ({ articleId: o.articleId, paragraph: o.paragraph, start: o.start, end: o.end })),
      related: (cooccur.get(d.index) ?? []).slice(0, MAX_RELATED).map((e) => idOf[e] as string),
      quoteIds: [...rankSaid(said.get(d.index) ?? []), ...(about.get(d.index) ?? [])].map((q) => q.id),
      sentences: keySentences(occ, articleById),
    };
    const description = describe(d);
    if (description) entity.description = description;
    entities.push(entity);
  }
  return { entities, idOf };
}

const wordCount = (s: string) => s.split(/\s+/).length;

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Whole-sentence quotes first (they brief better than fragments), each group in reading order. */
function rankSaid(quotes: Quote[]): Quote[] {
  const full = quotes.filter((q) => wordCount(q.text) >= 6);
  const short = quotes.filter((q) => wordCount(q.text) < 6);
  return [...full, ...short];
}

function relatedCounts(occurrences: readonly Occurrence[]): Map<number, number[]> {
  const perPara = new Map<string, Set<number>>();
  for (const o of occurrences) {
    const key = `${o.articleId}#${o.paragraph}`;
    const set = perPara.get(key) ?? new Set<number>();
    set.add(o.entity);
    perPara.set(key, set);
  }
  const counts = new Map<number, Map<number, number>>();
  for (const set of perPara.values()) {
    if (set.size < 2 || set.size > 40) continue;
    for (const a of set) {
      let row = counts.get(a);
      if (!row) {
        row = new Map();
        counts.set(a, row);
      }
      for (const b of set) if (a !== b) row.set(b, (row.get(b) ?? 0) + 1);
    }
  }
  const out = new Map<number, number[]>();
  for (const [a, row] of counts) {
    out.set(
      a,
      [...row.entries()].sort((x, y) => y[1] - x[1] || x[0] - y[0]).map(([b]) => b),
    );
  }
  return out;
}

/**
 * A person's description is the role the texts give most often, counting a plain role ("President") as
 * support for a more specific one that contains it ("Danish President"). Others take their appositive.
 */
function describe(d: Draft): string | undefined {
  if (d.kind === 'person') {
    const groups = new Map<string, { count: number; surfaces: Map<string, number> }>();
    for (const [role, n] of d.roles) {
      const surface = role.replace(ROLE_NOISE, '').trim();
      const norm = nameKey(surface.replace(/[’']s\b/gu, ''));
      if (!norm) continue;
      const g = groups.get(norm) ?? { count: 0, surfaces: new Map<string, number>() };
      g.count += n;
      const shown = /^(?:a|an)\s/iu.test(role) ? role : surface;
      g.surfaces.set(shown, (g.surfaces.get(shown) ?? 0) + n);
      groups.set(norm, g);
    }
    let best: string | undefined;
    let bestScore = 0;
    for (const [norm, g] of groups) {
      const words = norm.split(' ');
      let support = g.count;
      for (const [other, og] of groups) {
        if (other !== norm && other.split(' ').every((w) => words.includes(w))) support += og.count;
      }
      const score = support + (words.length - 1) * 0.5;
      if (score > bestScore) {
        bestScore = score;
        best = mostFrequent(g.surfaces);
      }
    }
    return best;
  }
  if (d.kind === 'organization') return mostFrequent(d.appositives);
  if (d.kind === 'term') return mostFrequent(d.appositives) ?? mostFrequent(d.definitions);
  return undefined;
}

function mostFrequent(counts: ReadonlyMap<string, number>): string | undefined {
  let best: string | undefined;
  let n = 0;
  for (const [k, c] of counts) {
    if (c > n) {
      n = c;
      best = k;
    }
  }
  return best;
}

function keySentences(occ: readonly Occurrence[], articles: ReadonlyMap<string, ArticleText>): Span[] {
  const scored: { span: Span; score: number; order: number }[] = [];
  const seen = new Set<string>();
  occ.forEach((o, order) => {
    if (o.quoted) return;
    const a = articles.get(o.articleId);
    const sentences = a?.sentences[o.paragraph] ?? [];
    const range = sentences[rangeAt(sentences, o.start)];
    if (!a || !range || o.end > range[1]) return;
    const key = `${o.articleId}#${o.paragraph}#${range[0]}`;
    if (seen.has(key)) return;
    seen.add(key);
    const length = range[1] - range[0];
    if (quotedChars(a.quoteRanges[o.paragraph] ?? [], range) > length / 2) return;
    let score = 0;
    if (o.subject) score += 3;
    if (o.paragraph < 3) score += 1;
    if (length > 60 && length < 320) score += 1;
    scored.push({
      span: { articleId: o.articleId, paragraph: o.paragraph, start: range[0], end: range[1] },
      score,
      order,
    });
  });
  return scored
    .sort((x, y) => y.score - x.score || x.order - y.order)
    .slice(0, MAX_SENTENCES)
    .map((s) => s.span);
}

/** Characters of `range` inside quotes; quote ranges are sorted and do not overlap. */
function quotedChars(quotes: readonly Range[], range: Range): number {
  let n = 0;
  let lo = 0;
  let hi = quotes.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((quotes[mid] as Range)[1] <= range[0]) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < quotes.length; i++) {
    const q = quotes[i] as Range;
    if (q[0] >= range[1]) break;
    n += Math.max(0, Math.min(q[1], range[1]) - Math.max(q[0], range[0]));
  }
  return n;
}

// Final entity records: canonical name, aliases, description, mentions, related entities, quotes, key sentences.

import type { OccurrenceStore } from './occurrences.ts';
import { lowerBound, rangeAt } from './ranges.ts';
import type { Draft } from './registry.ts';
import type { Range } from './sentences.ts';
import { isSingularPhrase } from './terms.ts';
import { nameKey, rankByCount, slugify } from './text.ts';
import type { Entity, Quote, Span } from './types.ts';
import { particleSurname } from './variants.ts';

const MAX_RELATED = 12;
const MAX_ABOUT_QUOTES = 50;
const MAX_SENTENCES = 8;
const ROLE_NOISE = /^(?:a|an|the|his|her|its|their)\s+/iu;

type SpeakerQuote = Quote & { speakerIndex: number };

/** The entities of a corpus: ids and names at once, the records one at a time (each holds every mention). */
export interface AssembledEntities {
  /** Entity id of each draft (by draft index), including drafts that never occur. */
  idOf: string[];
  /** Name of each entity that occurs, by id. */
  nameOf: Map<string, string>;
  /** The records, in draft order, made as they are iterated (once). */
  entities: Iterable<Entity>;
  count: number;
}

/**
 * Entities from the drafts and their occurrences. `articleIds` names the articles by position; occurrences and
 * quotes come article by article, in that order (as pass two records them), which lets the per-paragraph
 * tables live for one article at a time. The occurrences must stay as they are until `entities` is iterated.
 */
export function assembleEntities(
  drafts: readonly Draft[],
  occ: OccurrenceStore,
  articleIds: readonly string[],
  quotes: readonly SpeakerQuote[],
): AssembledEntities {
  const byEntity = new Map<number, number[]>();
  for (let i = 0; i < occ.length; i++) push(byEntity, occ.entity(i), i);

  const idOf: string[] = [];
  const usedIds = new Set<string>();
  const names: string[] = [];
  for (const d of drafts) {
    const mine = byEntity.get(d.index) ?? [];
    // "Aral Seas" in "the Caspian and Aral Seas" names "Aral Sea": a surface that stands for another name is no name.
    // `Jan "Jonny" Roe` stands for "Jan Roe", which is the name where the texts write it so (else it stays the name).
    const written = rankByCount(mine.filter((i) => occ.isName(i)).map((i) => occ.surface(i)));
    const surfaces = written.filter((s) => {
      const canonical = d.canonical.get(s);
      return canonical === undefined || (!s.includes(canonical) && !written.includes(canonical));
    });
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

  const cooccur = relatedCounts(occ);
  const said = new Map<number, Quote[]>();
  for (const q of quotes) if (q.speakerIndex >= 0) push(said, q.speakerIndex, q);
  const about = quotesAbout(occ, articleIds, quotes);

  const present = drafts.filter((d) => (byEntity.get(d.index)?.length ?? 0) > 0);
  const make = (d: Draft): Entity => {
    const mine = byEntity.get(d.index) ?? [];
    // "Professor Jane Roe": the titled forms the texts use are aliases too (a highlight may take in the title).
    const aliases = [...new Set([...mine.map((i) => occ.surface(i)), ...d.titledForms.keys()])].filter(
      (a) => a.length > 0,
    );
    const name = names[d.index] as string;
    if (!aliases.includes(name)) aliases.unshift(name);
    // "Le Gall" for "Odile Le Gall": the surname with its particle is how the texts name her again.
    const surname = d.kind === 'person' ? particleSurname(name) : undefined;
    if (surname && !aliases.includes(surname)) aliases.push(surname);
    const entity: Entity = {
      id: idOf[d.index] as string,
      name,
      kind: d.kind,
      aliases: [name, ...aliases.filter((a) => a !== name)],
      mentions: mine.map((i) => ({
        articleId: articleIds[occ.article(i)] as string,
        paragraph: occ.paragraph(i),
        start: occ.start(i),
        end: occ.end(i),
      })),
      related: (cooccur.get(d.index) ?? []).slice(0, MAX_RELATED).map((e) => idOf[e] as string),
      quoteIds: [...rankSaid(said.get(d.index) ?? []), ...(about.get(d.index) ?? [])].map((q) => q.id),
      sentences: keySentences(occ, mine, articleIds),
    };
    const description = describe(d);
    if (description) entity.description = description;
    return entity;
  };
  return {
    idOf,
    nameOf: new Map(present.map((d) => [idOf[d.index] as string, names[d.index] as string])),
    entities: (function* () {
      for (const d of present) yield make(d);
    })(),
    count: present.length,
  };
}

/**
 * The quotes that name each entity without being its own: for every quoted occurrence, the quote of its
 * paragraph that holds it. Quotes are looked up one article at a time.
 */
function quotesAbout(
  occ: OccurrenceStore,
  articleIds: readonly string[],
  quotes: readonly SpeakerQuote[],
): Map<number, Quote[]> {
  const about = new Map<number, Quote[]>();
  const ranges = new Map<string, [number, number]>();
  quotes.forEach((q, n) => {
    const range = ranges.get(q.articleId);
    if (range) range[1] = n + 1;
    else ranges.set(q.articleId, [n, n + 1]);
  });
  let article = -1;
  let inArticle = new Map<number, { list: SpeakerQuote[]; starts: number[] }>();
  for (let i = 0; i < occ.length; i++) {
    if (occ.article(i) !== article) {
      article = occ.article(i);
      const [from, to] = ranges.get(articleIds[article] as string) ?? [0, 0];
      const byParagraph = new Map<number, SpeakerQuote[]>();
      for (let n = from; n < to; n++)
        push(byParagraph, (quotes[n] as SpeakerQuote).paragraph, quotes[n] as SpeakerQuote);
      inArticle = new Map();
      for (const [paragraph, list] of byParagraph) {
        list.sort((a, b) => a.start - b.start);
        inArticle.set(paragraph, { list, starts: list.map((x) => x.start) });
      }
    }
    if (!occ.quoted(i)) continue;
    const here = inArticle.get(occ.paragraph(i));
    const quote = here?.list[lowerBound(here.starts, occ.start(i) + 1) - 1];
    if (!quote || occ.end(i) > quote.end) continue;
    const entity = occ.entity(i);
    if (quote.speakerIndex === entity) continue;
    const mine = about.get(entity) ?? [];
    if (!mine.includes(quote) && mine.length < MAX_ABOUT_QUOTES) mine.push(quote);
    about.set(entity, mine);
  }
  return about;
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

function relatedCounts(occ: OccurrenceStore): Map<number, number[]> {
  const counts = new Map<number, Map<number, number>>();
  const count = (perPara: ReadonlyMap<number, Set<number>>) => {
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
  };
  // Occurrences come article by article: one article's paragraphs at a time.
  let article = -1;
  let perPara = new Map<number, Set<number>>();
  for (let i = 0; i < occ.length; i++) {
    if (occ.article(i) !== article) {
      count(perPara);
      article = occ.article(i);
      perPara = new Map();
    }
    const set = perPara.get(occ.paragraph(i)) ?? new Set<number>();
    set.add(occ.entity(i));
    perPara.set(occ.paragraph(i), set);
  }
  count(perPara);
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

function keySentences(occ: OccurrenceStore, mine: readonly number[], articleIds: readonly string[]): Span[] {
  const scored: { span: Span; score: number; order: number }[] = [];
  const seen = new Set<string>();
  mine.forEach((i, order) => {
    const range = occ.quoted(i) ? undefined : occ.sentence(i);
    if (!range) return;
    const paragraph = occ.paragraph(i);
    const key = `${occ.article(i)}#${paragraph}#${range[0]}`;
    if (seen.has(key)) return;
    seen.add(key);
    const length = range[1] - range[0];
    let score = 0;
    if (occ.subject(i)) score += 3;
    if (paragraph < 3) score += 1;
    if (length > 60 && length < 320) score += 1;
    const articleId = articleIds[occ.article(i)] as string;
    scored.push({ span: { articleId, paragraph, start: range[0], end: range[1] }, score, order });
  });
  return scored
    .sort((x, y) => y.score - x.score || x.order - y.order)
    .slice(0, MAX_SENTENCES)
    .map((s) => s.span);
}

/**
 * The sentence of `sentences` that could brief on [start, end): the one that holds it whole, unless quotes fill
 * more than half of it. Read while the article is at hand (lib/corpus/occurrences.ts keeps only the answer).
 */
export function briefingSentence(
  sentences: readonly Range[],
  quoteRanges: readonly Range[],
  start: number,
  end: number,
): Range | undefined {
  const range = sentences[rangeAt(sentences, start)];
  if (!range || end > range[1]) return undefined;
  return quotedChars(quoteRanges, range) > (range[1] - range[0]) / 2 ? undefined : range;
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

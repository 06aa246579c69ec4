// Pronoun resolution for attribution: "he"/"she" to a person, "it"/"they" to an organization or a place (a
// government speaks as its country). Each earlier mention of a fitting entity is scored by salience, in the
// spirit of Lappin and Leass (1994): recent mentions and subjects weigh most, mentions behind a preposition or
// in a possessive least, and the person the article names most is a likely "he". The weights are few and
// hand-set, checked on GUM's coreference gold (npm run eval:pronouns) and on PolNeAR's speakers.
import type { AttrPara } from './attribution-rules.ts';
import type { Clauses, Head } from './clauses.ts';
import { isFemaleName, isMaleName } from './lexicon.ts';
import type { Draft } from './registry.ts';
import type { Token } from './tokens.ts';

export type PronounResolver = (p: number, at: number, word: string) => number;

interface Mention {
  start: number;
  sentence: number;
  entity: number;
  subject: boolean;
  oblique: boolean;
}

const LOOKBACK_PARAGRAPHS = 3;
/** When nothing fits in that reach: quote paragraphs can run on long after the speaker was last named. */
const FAR_LOOKBACK_PARAGRAPHS = 10;
const W = {
  /** Per sentence back. */
  distance: 0.5,
  subject: 1.5,
  oblique: 1.5,
  /** The article's most-named person (or organization), and the runner-up. */
  top: 2.5,
  second: 0.5,
  /** Earlier in the pronoun's own sentence. */
  sameSentence: 0.5,
};
const OBLIQUE = new Set([
  'of',
  'for',
  'to',
  'with',
  'by',
  'at',
  'from',
  'in',
  'on',
  'about',
  'against',
  'than',
  'like',
]);

export function genderFits(draft: Draft, pronoun: string): boolean {
  const first = draft.key.split(' ')[0] ?? '';
  if (draft.key.split(' ').length < 2) return true;
  if (pronoun === 'he') return !(isFemaleName(first) && !isMaleName(first));
  if (pronoun === 'she') return !(isMaleName(first) && !isFemaleName(first));
  return true;
}

const heads = (h: Head | undefined) => (h?.ref ? [h.ref] : []);

export function pronounResolver(
  paras: readonly AttrPara[],
  drafts: readonly Draft[],
  clauses: (p: number) => Clauses,
): PronounResolver {
  const mentions: (Mention[] | undefined)[] = [];
  const sentenceCounts = paras.map((p) =>
    p.tokens.length > 0 ? (p.tokens[p.tokens.length - 1] as Token).sentence + 1 : 0,
  );
  const counts = new Map<number, number>();
  for (const para of paras) {
    for (const r of para.refs) {
      if (r.type === 'name' && r.entity >= 0 && !r.quoted) counts.set(r.entity, (counts.get(r.entity) ?? 0) + 1);
    }
  }
  const rankOf = (kindWanted: (d: Draft) => boolean) => {
    const ranked = [...counts.entries()].filter(([e]) => {
      const d = drafts[e];
      return d !== undefined && kindWanted(d);
    });
    ranked.sort((a, b) => b[1] - a[1]);
    return ranked.map(([e]) => e);
  };
  const topPeople = rankOf((d) => d.kind === 'person');
  const topOrgs = rankOf((d) => d.kind === 'organization' || d.kind === 'place');

  const mentionsOf = (p: number): Mention[] => {
    let list = mentions[p];
    if (list) return list;
    const para = paras[p] as AttrPara;
    const c = clauses(p);
    const subjects = new Set<unknown>();
    const seenSentences = new Set<number>();
    for (const t of para.tokens) seenSentences.add(t.sentence);
    for (const s of seenSentences) {
      const sc = c.sentence(s);
      for (const r of heads(sc.subject)) subjects.add(r);
      for (const cue of sc.cues) for (const r of heads(cue.subject)) subjects.add(r);
    }
    list = [];
    for (const r of para.refs) {
      if (r.quoted || r.entity < 0 || (r.type !== 'name' && r.type !== 'descriptor')) continue;
      const first = para.tokens[r.first] as Token;
      const last = para.tokens[r.last] as Token;
      const before = para.tokens[r.first - 1];
      const oblique = last.possessive || (before !== undefined && first.gap === ' ' && OBLIQUE.has(before.lower));
      list.push({ start: r.start, sentence: first.sentence, entity: r.entity, subject: subjects.has(r), oblique });
    }
    mentions[p] = list;
    return list;
  };

  return (p, at, word) => {
    const wantPerson = word === 'he' || word === 'she';
    const para = paras[p] as AttrPara;
    const here = para.tokens.find((t) => t.start >= at)?.sentence ?? sentenceCounts[p] ?? 0;
    const top = wantPerson ? topPeople : topOrgs;
    let best = -1;
    let bestScore = Number.NEGATIVE_INFINITY;
    // Reading further back only when nobody of the kind is in reach (not when a name merely looked the
    // wrong gender: first names mislead).
    let near = false;
    const reach = () => (best < 0 && !near ? FAR_LOOKBACK_PARAGRAPHS : LOOKBACK_PARAGRAPHS);
    for (let pc = p; pc >= 0 && pc >= p - reach(); pc--) {
      for (const m of mentionsOf(pc)) {
        if (pc === p && m.start >= at) continue;
        const d = drafts[m.entity];
        if (!d) continue;
        if (wantPerson ? d.kind !== 'person' : d.kind !== 'organization' && d.kind !== 'place') continue;
        if (pc >= p - LOOKBACK_PARAGRAPHS) near = true;
        if (wantPerson && !genderFits(d, word)) continue;
        const distance = pc === p ? here - m.sentence : here + sentencesBetween(sentenceCounts, pc, p) - m.sentence;
        let score = -W.distance * distance;
        if (m.subject) score += W.subject;
        if (m.oblique) score -= W.oblique;
        if (pc === p && m.sentence === here) score += W.sameSentence;
        if (top[0] === m.entity) score += W.top;
        else if (top[1] === m.entity) score += W.second;
        // Paragraphs are read from the pronoun's back, mentions forward: ties go to the later mention.
        if (score > bestScore || (score === bestScore && pc === p)) {
          bestScore = score;
          best = m.entity;
        }
      }
    }
    return best;
  };
}

/** Sentences from the start of paragraph `from` to the start of paragraph `to`. */
function sentencesBetween(counts: readonly number[], from: number, to: number): number {
  let n = 0;
  for (let k = from; k < to; k++) n += counts[k] ?? 0;
  return n;
}

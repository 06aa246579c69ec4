// Who said each quote. The article is read in order; for each quote the speaker ranker (speaker-model.ts) weighs
// every mention that could have said it (speaker-features.ts), the previous quote's speaker and "nobody", and
// answers only when it is confident. The hand-written rules (attribution-rules.ts) are one of its features.
import { type Attribution, type AttrPara, ruleAttributions } from './attribution-rules.ts';
import { Clauses } from './clauses.ts';
import { pronounResolver } from './pronouns.ts';
import type { Draft } from './registry.ts';
import { type ArticleView, quoteCandidates, type SpeakerCandidate } from './speaker-features.ts';
import { decideSpeaker, SPEAKER_MODEL, type SpeakerModel } from './speaker-model.ts';

export type { Attribution, AttrPara } from './attribution-rules.ts';

export interface AttributeOptions {
  model?: SpeakerModel;
  /** Sees every quote's candidates before the decision (the trainer's hook). */
  observe?: (p: number, qi: number, candidates: readonly SpeakerCandidate[]) => void;
}

export function attributeArticle(
  paras: readonly AttrPara[],
  drafts: readonly Draft[],
  options: AttributeOptions = {},
): Attribution[][] {
  const model = options.model ?? SPEAKER_MODEL;
  const view = articleView(paras, drafts);
  const done: Attribution[][] = [];
  paras.forEach((para, p) => {
    const current: Attribution[] = [];
    for (let qi = 0; qi < para.quotes.length; qi++) {
      const cands = quoteCandidates(view, p, qi, { done, current });
      options.observe?.(p, qi, cands);
      const d = decideSpeaker(model, cands);
      current.push(
        d.speaker >= 0
          ? { speaker: d.speaker, how: 'ranked', confidence: d.confidence }
          : d.description
            ? { speaker: -1, how: 'ranked', confidence: d.confidence, description: d.description }
            : { speaker: -1, how: 'none', confidence: d.confidence },
      );
    }
    done.push(current);
  });
  return done;
}

export function articleView(paras: readonly AttrPara[], drafts: readonly Draft[]): ArticleView {
  const cache: (Clauses | undefined)[] = [];
  const clauses = (p: number) => {
    let c = cache[p];
    if (!c) {
      c = new Clauses(paras[p] as AttrPara);
      c.isPlace = (r) => r.entity >= 0 && drafts[r.entity]?.kind === 'place';
      cache[p] = c;
    }
    return c;
  };
  const resolvePronoun = pronounResolver(paras, drafts, clauses);
  const rules = ruleAttributions(paras, drafts, resolvePronoun);
  const counts = new Map<number, number>();
  for (const para of paras) {
    for (const r of para.refs) {
      if (r.type === 'name' && r.entity >= 0 && !r.quoted) counts.set(r.entity, (counts.get(r.entity) ?? 0) + 1);
    }
  }
  const salience = new Map<number, number>();
  const surnames = new Map<string, number>();
  for (const entity of counts.keys()) {
    const d = drafts[entity];
    if (d?.kind !== 'person') continue;
    const words = d.key.split(' ');
    if (words.length < 2) continue;
    const last = words[words.length - 1] as string;
    const known = surnames.get(last);
    surnames.set(last, known === undefined || known === entity ? entity : -1);
  }
  [...counts.entries()]
    .sort((a, b) => b[1] - a[1])
    .forEach(([entity], rank) => {
      salience.set(entity, rank);
    });
  const corpusSurnames = surnameIndex(drafts);
  const lookup = new Map(surnames);
  for (const [name, entity] of corpusSurnames) if (!lookup.has(name)) lookup.set(name, entity);
  return {
    paras,
    drafts,
    resolvePronoun,
    rules,
    salience,
    surnames: lookup,
    clauses,
  };
}

const surnameCache = new WeakMap<readonly Draft[], Map<string, number>>();

/** Surnames that belong to exactly one multi-word person in the whole corpus: "Gore" for "Al Gore". */
function surnameIndex(drafts: readonly Draft[]): Map<string, number> {
  let index = surnameCache.get(drafts);
  if (index) return index;
  index = new Map();
  for (const d of drafts) {
    if (d.kind !== 'person') continue;
    const words = d.key.split(' ');
    if (words.length < 2) continue;
    const last = words[words.length - 1] as string;
    const known = index.get(last);
    index.set(last, known === undefined ? d.index : -1);
  }
  surnameCache.set(drafts, index);
  return index;
}

// A phrase quoted as what something is called, with the caller named after it: "The scheme has been called “a
// quiet failure” by Jana Roe", "the levy, often described as “a tax on hope” by Oren Vesk". The clause reader takes
// the verb's subject ("the scheme") as the one it credits; in the passive that is what was called, and the source is
// the agent after "by". The ranker has never learned that reading, so it is made here, only where the shape is plain.
import type { AttrPara } from './attribution-rules.ts';
import { speechLemma } from './lexicon-speech.ts';
import type { Token } from './tokens.ts';

/** Forms of "be" (and "get") that make a participle passive: "is called", "has been described", "got labelled". */
const PASSIVE_AUX = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'get', 'gets', 'got']);
/** Adverbs between the auxiliary and the verb, or opening a reduced relative: "was often called", ", long described". */
const PASSIVE_ADVERBS = new Set(['often', 'also', 'once', 'long', 'even', 'sometimes', 'widely', 'since', 'variously']);
/** Words between the verb and the quote: "described as “…”", "labelled as a “…”". */
const BEFORE_COMPLEMENT = new Set(['as', 'a', 'an', 'the']);

/** The entity named after "by" when quote qi of the paragraph is what a passive verb of calling reports, or -1. */
export function passiveAgent(para: AttrPara, qi: number): number {
  const q = para.quotes[qi];
  if (!q) return -1;
  const { tokens } = para;
  const inside = (t: Token) => t.start > q.open && t.start < q.close;
  const qa = tokens.findIndex(inside);
  if (qa < 0) return -1;
  let qz = qa;
  while (tokens[qz + 1] && inside(tokens[qz + 1] as Token)) qz++;
  const by = tokens[qz + 1];
  // "“…” by Jana Roe": the agent right after the closing mark, in the same sentence.
  if (by?.lower !== 'by' || by.sentence !== (tokens[qz] as Token).sentence || /[,;:(—–]/u.test(by.gap)) return -1;
  if (!passiveVerbBefore(tokens, qa)) return -1;
  const agent = para.refs.find((r) => r.first === qz + 2 && r.type === 'name' && r.entity >= 0 && !r.quoted);
  return agent ? agent.entity : -1;
}

/** Does a passive verb of speech stand before the quote at qa ("has been called", ", often described as")? */
function passiveVerbBefore(tokens: readonly Token[], qa: number): boolean {
  let v = qa - 1;
  for (let n = 0; n < 2 && BEFORE_COMPLEMENT.has(tokens[v]?.lower ?? ''); n++) v--;
  const verb = tokens[v];
  if (!verb || verb.quote >= 0 || verb.cap || !/(?:ed|elled)$/u.test(verb.lower) || !speechLemma(verb.lower))
    return false;
  let k = v - 1;
  while (k >= 0 && (PASSIVE_ADVERBS.has((tokens[k] as Token).lower) || /ly$/u.test((tokens[k] as Token).lower))) k--;
  const before = tokens[k];
  if (before && PASSIVE_AUX.has(before.lower) && before.sentence === verb.sentence) return true;
  // A reduced relative set off by a comma or a dash: "the levy — often described as “…” by".
  const opener = tokens[k + 1] as Token;
  return /[,—–(]/u.test(opener.gap);
}

// A paragraph that closes on a colon after a verb of speech ("Dr. Lee stated:", "Lee argued that:", "In a post on
// the site, Lee wrote:", "According to Lee, writing for the Herald:") introduces what follows it: a quote opening
// the next paragraph, a block of the speaker's words set off without quotation marks (a phrase quoted inside it is
// one the speaker quotes), the items of a list, or a quotation running on over paragraphs. The ranker sees the
// colon only as one feature of a mention one paragraph back; here it is what the layout means.
import type { AttrPara } from './attribution-rules.ts';
import type { Cue } from './clauses.ts';
import type { ArticleView } from './speaker-features.ts';
import type { Token } from './tokens.ts';

/** A lead-in reaches over at most this many paragraphs of list items or running quotation. */
const REACH = 3;

/** The named speaker whose lead-in introduces quote qi of paragraph p, or -1. */
export function leadInSpeaker(view: ArticleView, p: number, qi: number): number {
  const para = view.paras[p] as AttrPara;
  if (!para.quotes[qi] || ownCue(view, p, qi)) return -1;
  for (let k = p - 1; k >= 0 && k >= p - REACH; k--) {
    const lead = view.paras[k] as AttrPara;
    if (/:\s*$/u.test(lead.text)) return k === p - 1 || continues(view, k, p) ? leadSpeaker(view, k) : -1;
    // Only list items and paragraphs of running quotation go on from a lead-in.
    if (!listItem(lead) && !runsOn(lead)) return -1;
  }
  return -1;
}

/** The paragraphs between lead-in k and paragraph p go on from it: all items of one list, or running quotation. */
function continues(view: ArticleView, k: number, p: number): boolean {
  const first = view.paras[k + 1] as AttrPara;
  for (let m = k + 1; m <= p; m++) {
    const para = view.paras[m] as AttrPara;
    if (m < p && !(listItem(para) ? sameMarker(first, para) : runsOn(para))) return false;
    if (m === p && listItem(first) && !sameMarker(first, para)) return false;
    if (m === p && !listItem(first) && !opensWithQuote(para)) return false;
  }
  return true;
}

// "l " (a bullet that lost its font), "- ", "• ", "* ": a list item's marker.
const MARKER = /^\s*(?:[-•*·▪–]|l(?= \p{Lu}))\s+/u;
const listItem = (para: AttrPara) => MARKER.test(para.text);
const marker = (para: AttrPara) => MARKER.exec(para.text)?.[0].trim();
const sameMarker = (a: AttrPara, b: AttrPara) => listItem(b) && marker(a) === marker(b);
const opensWithQuote = (para: AttrPara) =>
  para.quotes[0] !== undefined && /^\s*$/u.test(para.text.slice(0, para.quotes[0].open));

/**
 * A quotation that opens the paragraph and is never closed in it, as a quote running over paragraphs is printed
 * (each paragraph opens with a mark, only the last closes): an odd number of straight marks, or more curly
 * openers than closers.
 */
export function runsOn(para: AttrPara): boolean {
  if (!opensWithQuote(para)) return false;
  const text = para.text;
  const mark = text.trimStart()[0];
  if (mark === '"') return (text.match(/"/gu)?.length ?? 0) % 2 === 1;
  return (text.match(/[“„«]/gu)?.length ?? 0) > (text.match(/[”»]/gu)?.length ?? 0);
}

/** The named subject of the speech cue that closes paragraph k on its colon, or -1. */
function leadSpeaker(view: ArticleView, k: number): number {
  const para = view.paras[k] as AttrPara;
  const last = para.tokens[para.tokens.length - 1];
  if (!last) return -1;
  const sc = view.clauses(k).sentence(last.sentence);
  // The lead-in's own words are no quotation: a quote in it is the sentence's, not the block's.
  if (para.tokens.slice(sc.first, sc.last + 1).some((t) => t.quote >= 0)) return -1;
  const cue = [...sc.cues].reverse().find((c) => c.kind === 'speech' || c.kind === 'according');
  if (!cue || cue.inverted || !cue.subject) return -1;
  return namedSpeaker(view, para, cue);
}

// Words after which a name opens the clause it is the subject of: "As Lee reported", "according to Lee".
const OPENERS = new Set(['as', 'and', 'but', 'so', 'then', 'when', 'while', 'that', 'because', 'to']);

function namedSpeaker(view: ArticleView, para: AttrPara, cue: Cue): number {
  const r = cue.subject?.ref;
  if (r?.type !== 'name' || r.entity < 0 || (para.tokens[r.last] as Token).possessive) return -1;
  // "the most notable Lee emails:": a name inside a noun phrase only looks like the subject of a verb.
  const before = para.tokens[(cue.subject?.first ?? r.first) - 1];
  const opens = para.tokens[cue.subject?.first ?? r.first] as Token;
  if (before && !/[,;:—–(]/u.test(opens.gap) && !OPENERS.has(before.lower)) return -1;
  const kind = view.drafts[r.entity]?.kind;
  return kind === 'person' || kind === 'organization' ? r.entity : -1;
}

const FIRST_PERSON = new Set(['i', 'we']);

/** The quote's sentence has an attribution of its own ("Isaiah 45:1 reads: “…”", "“…,” Roe said"). */
function ownCue(view: ArticleView, p: number, qi: number): boolean {
  const para = view.paras[p] as AttrPara;
  const q = para.quotes[qi];
  const t = para.tokens.find((x) => q && x.start > q.open);
  if (!t) return true;
  const sc = view.clauses(p).sentence(t.sentence);
  // "what we should ask is “…”": the block's own first person asking is the block's speaker speaking.
  return sc.cues.some((c) => c.subject && !FIRST_PERSON.has((para.tokens[c.subject.token] as Token).lower));
}

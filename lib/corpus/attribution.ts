// Who said each quote. The article is read in order; for each quote the speaker ranker (speaker-model.ts) weighs
// every mention that could have said it (speaker-features.ts), the previous quote's speaker and "nobody", and
// answers only when it is confident. The hand-written rules (attribution-rules.ts) are one of its features.
import { leadInSpeaker } from './attribution-leadin.ts';
import { passiveAgent } from './attribution-passive.ts';
import { confirmsPhrase } from './attribution-phrases.ts';
import { type Attribution, type AttrPara, ruleAttributions } from './attribution-rules.ts';
import { Clauses, type Cue, type Head, isVerbish, type SentenceClauses } from './clauses.ts';
import { isSourceHead, sourcePhraseEndingAt } from './descriptions.ts';
import { speechGroup, speechLemma } from './lexicon-speech.ts';
import { pronounResolver } from './pronouns.ts';
import type { Draft } from './registry.ts';
import { type ArticleView, quoteCandidates, type SpeakerCandidate } from './speaker-features.ts';
import {
  type Answer,
  bestAnswer,
  candidateProbabilities,
  SPEAKER_MODEL,
  type SpeakerModel,
  trustOf,
} from './speaker-model.ts';
import type { Token } from './tokens.ts';

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
    const signed = signedBy(view, p);
    for (let qi = 0; qi < para.quotes.length; qi++) {
      const cands = quoteCandidates(view, p, qi, { done, current });
      options.observe?.(p, qi, cands);
      current.push(
        signed >= 0 ? { speaker: signed, how: 'later', confidence: 1 } : attributeQuote(view, p, qi, model, cands),
      );
    }
    done.push(current);
  });
  return done;
}

/**
 * Below this trust the ranker's best answer is never taken, whatever confirms it: an answer the ranker barely
 * prefers is one the structure around the quote must carry alone, and that is where the rules err.
 */
const NEAR_MISS_TRUST = 0.3;
/**
 * A quotation of fewer words is mostly a phrase the writer borrows inside a sentence of their own ("called the plan
 * “a fantasy”"), whose speaker the clause around it often does not name.
 */
const SPEECH_WORDS = 6;
/** …unless it is a whole sentence of at least this many words. */
const SENTENCE_WORDS = 3;

/**
 * The rules' readings that confirm the ranker: the speaker named before the quote ("X said: “…”", "X said that
 * “…”"), in the sentence that follows, or the speaker of the paragraph a quote continues. Not the clause right after
 * the quote ("“…,” X said"): the ranker weighs that reading itself, and where it doubts one the doubt is which phrase
 * in the clause is the speaker ("a state delegate from Ohio said"), where the rules err the same way.
 */
const CONFIRMING: ReadonlySet<Attribution['how']> = new Set(['before', 'later', 'continued']);

/**
 * Who said quote qi of paragraph p. The ranker answers when its trust reaches the threshold. Below it, down to
 * NEAR_MISS_TRUST, its best answer is still given when something else confirms it: the hand-written rules name the
 * same entity (two readers that agree are right more often than either one that is unsure; the threshold is tuned
 * for the ranker alone), or the layout of the text does (structurallyConfirmed). On annotated news the rules'
 * agreement gave 18 more named quotes right and 6 more wrong per 4,000 (without the word guard, 3 wrong for every
 * 4 right), the layout 22 more right and none wrong.
 */
function attributeQuote(
  view: ArticleView,
  p: number,
  qi: number,
  model: SpeakerModel,
  cands: readonly SpeakerCandidate[],
): Attribution {
  const probs = candidateProbabilities(model, cands);
  const a = bestAnswer(cands, probs);
  const { trust, threshold } = trustOf(model, cands, probs, a);
  const nobody: Attribution = { speaker: -1, how: 'none', confidence: trust };
  // "Dr. Lee stated:" closing the paragraph before: the layout names the speaker the ranker doubts (attribution-leadin.ts).
  if (trust < threshold) {
    const lead = leadInSpeaker(view, p, qi);
    if (lead >= 0) return { speaker: lead, how: 'before', confidence: trust };
    // "has been called “…” by Jana Roe": the passive's agent, whom the ranker reads as a mere prepositional object.
    const agent = passiveAgent(view.paras[p] as AttrPara, qi);
    if (agent >= 0) return { speaker: agent, how: 'after', confidence: trust };
  }
  if (a.speaker < 0 && !a.description) return nobody;
  const answer: Attribution = a.description
    ? { speaker: -1, how: 'ranked', confidence: trust, description: a.description }
    : { speaker: a.speaker, how: 'ranked', confidence: trust };
  if (trust >= threshold) return answer;
  if (trust < NEAR_MISS_TRUST) return nobody;
  const para = view.paras[p] as AttrPara;
  const q = para.quotes[qi];
  if (!q) return nobody;
  const text = para.text.slice(q.start, q.end);
  const words = wordCount(text);
  const rule = view.rules[p]?.[qi];
  const agreed = !a.description && words >= SPEECH_WORDS && rule?.speaker === a.speaker && CONFIRMING.has(rule.how);
  if (agreed) return answer;
  if (substantialQuote(text, words) && structurallyConfirmed(view, para, q, cands, a)) return answer;
  // Named speakers only: for a nameless one ("the officials called it “…”") the readings added wrong speakers on
  // annotated news.
  return !a.description && confirmsPhrase(view, p, qi, a.speaker) ? answer : nobody;
}

/**
 * "“…” ¶ — Ann Lee." A paragraph of quotation signed by the next one, a dash and a name alone (as fact checks and
 * collections of quotes print them), is that person's: the signature is the whole of the attribution.
 */
function signedBy(view: ArticleView, p: number): number {
  const para = view.paras[p] as AttrPara;
  const next = view.paras[p + 1];
  // A dash and a name closing the article is its byline, whatever stands before it.
  if (!next || !view.paras[p + 2] || para.quotes.length === 0 || !para.tokens.every((t) => t.quote >= 0)) return -1;
  const dash = /^\s*(?:[-—–―]{1,2})\s*/u.exec(next.text);
  if (!dash || next.tokens.length === 0) return -1;
  const name = next.refs.find((r) => r.type === 'name' && r.first === 0 && !r.quoted);
  if (!name || name.last !== next.tokens.length - 1 || name.entity < 0) return -1;
  if (!/^[.\s]*$/u.test(next.text.slice(name.end))) return -1;
  const kind = view.drafts[name.entity]?.kind;
  return kind === 'person' || kind === 'organization' ? name.entity : -1;
}

const wordCount = (text: string) => text.split(/\s+/u).filter(Boolean).length;

/**
 * The layout of the text confirms the ranker's best answer: news copy introduces and continues quotes in a few
 * fixed ways ("Lee said:", a quote paragraph after one by the same speaker) that the ranker, weighing each mention
 * on its own, underrates when other names stand nearer. Taking the rules' answer whenever the ranker abstains raised
 * wrong speakers instead; the confirmation and the guards are what keep wrong speakers from rising.
 */
function structurallyConfirmed(
  view: ArticleView,
  para: AttrPara,
  q: AttrPara['quotes'][number],
  cands: readonly SpeakerCandidate[],
  a: Answer,
): boolean {
  const mine = cands.filter((c) =>
    a.description ? c.entity < 0 && c.description === a.description : c.entity === a.speaker,
  );
  if (mine.some((c) => c.features.includes('type:pro-it'))) return false;
  if (a.speaker >= 0 && onlyInitials(view.drafts[a.speaker])) return false;
  const introduced = /:[\s“"‘'«„]*$/u.test(para.text.slice(0, q.open));
  // "…,” Lee writes, according to the Herald. “…”": the outer source is the one credited, and the ranker's doubt
  // between the two is real.
  const reported = cands.some((c) => c.features.includes('cue-other:prev1:according'));
  const quoteOnly = para.tokens.every((t) => t.quote >= 0);
  return mine.some((c) => confirms(c.features, { introduced, reported, nameless: !!a.description, quoteOnly }));
}

/** A short phrase quoted inside a sentence is too often a term, not speech: "called it a “witch hunt”". */
function substantialQuote(text: string, words: number): boolean {
  if (words >= SPEECH_WORDS) return true;
  return words >= SENTENCE_WORDS && /^\p{Lu}/u.test(text) && /[.?!…][”"’'»]?\s*$/u.test(text);
}

// "C.", "N.C.": what is left of a state or a middle initial after a name, never a speaker.
const INITIALS = /^(?:\p{L}\.\s*)+$|^\p{L}$/u;
const onlyInitials = (d: Draft | undefined) =>
  !!d && d.surfaces.size > 0 && [...d.surfaces.keys()].every((s) => INITIALS.test(s));

interface QuoteLayout {
  /** The quote follows a colon. */
  introduced: boolean;
  /** The sentence before the quote credits an outer source ("…, according to the Herald."). */
  reported: boolean;
  /** The answer is a description, not a name. */
  nameless: boolean;
  /** The quote's paragraph is quotation only, with no clause of its own anywhere in it. */
  quoteOnly: boolean;
}

/** Does a candidate's own place in the text confirm it as the speaker? */
function confirms(f: readonly string[], layout: QuoteLayout): boolean {
  const { introduced, reported, nameless, quoteOnly } = layout;
  const has = (re: RegExp) => f.some((x) => re.test(x));
  // "Lee said: “…”": the clause right before the colon that opens the quote.
  if (!nameless && introduced && has(/^cue:(?:speech|colon):before-(?:adj|near)$/u)) return true;
  // "Lee released a statement:" closing the paragraph before one that opens with the quote.
  if (has(/^para-colon:para1/u)) return true;
  // "Lee told the crowd:" closing the paragraph before, its speech verb right before the colon.
  if (has(/^colon-intro:para1:last$/u) && has(/^loc:para1:last:para-open$/u)) return true;
  // "Lee issued a statement condemning the vote." closing the paragraph before a paragraph of quotation only: the
  // statement is the quote. A clause anywhere in the quote's paragraph ("“…?” Lee said, according to the Herald")
  // names its own source, which may be another.
  if (
    !nameless &&
    quoteOnly &&
    has(/^cue-other:para1:last:speech:noq$/u) &&
    has(/^sent-subj:para1:last$/u) &&
    has(/^loc:para1:last:para-open$/u) &&
    has(/^loc:para1:last:nocue$/u) &&
    !has(/^type:pro-/u)
  )
    return true;
  // A quote paragraph with no clause of its own, after one by the same speaker.
  if (has(/^(?:prev-para1|virtual:para):para-open:nocue$/u)) return true;
  // “…” opening a sentence with no clause of its own, after "Lee said …" in the sentence before.
  // The subject must be named there: a "she" in that sentence may stand for someone else the text named.
  if (!reported && has(/^cue-other:prev1:speech$/u) && has(/^loc:prev1:sent-open$/u) && !has(/^type:pro-/u))
    return true;
  // A nameless speaker ("a campaign aide") going on from the previous quote, as the text described them.
  if (has(/^(?:prev-desc|virtual-desc):(?:same|para):(?:para|sent)-open:nocue$/u)) return true;
  // A quote opening its sentence with no clause of its own, after a quote by the same speaker.
  if (has(/^(?:prev-same|prev-para1):(?:para|sent)-open:nocue$/u)) return true;
  return false;
}

export function articleView(paras: readonly AttrPara[], drafts: readonly Draft[]): ArticleView {
  const cache: (Clauses | undefined)[] = [];
  const clauses = (p: number) => {
    let c = cache[p];
    if (!c) {
      c = new SourceClauses(paras[p] as AttrPara);
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

/** Surnames that belong to exactly one multi-word person in the whole corpus: "Varga" for "Anna Varga". */
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

const CLOSE = /[”"»’]/u;
const OPEN = /^[\s,:—–-]*[“"«„‘]/u;

/**
 * Clauses that also credit a document, outlet or body beside a quote: "“…,” the congressional report said",
 * "“…” a welcome message on the website reads", "“…,” reads a weekly editorial", "The headline reads: “…”".
 * The clause reader leaves these without a subject when the head noun is itself a speech word ("report",
 * "email") or when the verb speaks only before a colon ("read"); next to the quote there is no doubt.
 */
class SourceClauses extends Clauses {
  protected override read(s: number): SentenceClauses {
    const sc = super.read(s);
    if (sc.first >= 0) addSourceCues(this.para.tokens, sc);
    return sc;
  }
}

function addSourceCues(tokens: readonly Token[], sc: SentenceClauses) {
  const { first, last } = sc;
  // "The email goes on to say …", "The complaint, which was filed Monday, alleged …": a speech verb left
  // without a subject speaks for the document that opens the sentence.
  const opener = openingSource(tokens, first, last);
  if (opener) {
    for (const c of sc.cues) {
      if (c.kind !== 'speech' || c.subject || c.at <= opener.last) continue;
      // Another speaker in the sentence ("The spot ends with Lee saying “…”") is the one quoted.
      if (sc.cues.some((o) => o !== c && o.subject && o.at > opener.last)) break;
      c.subject = { token: opener.head, first: opener.first, last: opener.last };
      break;
    }
  }
  for (let k = first; k <= last; k++) {
    const t = tokens[k] as Token;
    if (t.quote >= 0 || t.cap || /ing$/u.test(t.lower) || !speechLemma(t.lower)) continue;
    const found = sourceSubject(tokens, k, first, last);
    if (!found) continue;
    // A speech word inside the phrase is its noun, not a verb: "the committee report said".
    const { first: a, last: b } = found.subject;
    sc.cues = sc.cues.filter((c) => c.at < a || c.at > b);
    const existing = sc.cues.find((c) => c.at === k);
    if (existing) {
      if (!existing.subject) existing.subject = found.subject;
      continue;
    }
    const cue: Cue = {
      kind: 'speech',
      at: k,
      group: speechGroup(t.lower) ?? 'say',
      inverted: found.inverted,
      subject: found.subject,
    };
    sc.cues.push(cue);
    sc.cues.sort((a, b) => a.at - b.at);
  }
}

function sourceSubject(
  tokens: readonly Token[],
  k: number,
  first: number,
  last: number,
): { subject: Head; inverted: boolean } | undefined {
  const verb = tokens[k] as Token;
  const head = (np: { first: number; head: number; last: number }): Head => ({
    token: np.head,
    first: np.first,
    last: np.last,
  });
  // "“…,” the report said": the phrase between the closing quote and the verb.
  if (k - 1 >= first && (tokens[k - 1] as Token).quote < 0 && /^\s*$/u.test(verb.gap)) {
    const np = sourcePhraseEndingAt(tokens, k - 1, first);
    if (np) {
      const before = tokens[np.first - 1];
      const opener = tokens[np.first] as Token;
      if (before && before.quote >= 0 && CLOSE.test(opener.gap)) return { subject: head(np), inverted: false };
      // "The headline reads: “…”": the phrase opens the sentence or a clause, and the quote follows the verb.
      const next = tokens[k + 1];
      const opens = np.first === first || /[,;—–]/u.test(opener.gap);
      if (opens && next && next.quote >= 0 && OPEN.test(next.gap)) return { subject: head(np), inverted: false };
    }
  }
  // "“…,” reads a weekly editorial": the phrase after a verb that follows the quote.
  const prev = tokens[k - 1];
  if (prev && prev.quote >= 0 && CLOSE.test(verb.gap)) {
    let best: { first: number; head: number; last: number } | undefined;
    for (let e = k + 1; e <= last && e <= k + 9; e++) {
      const t = tokens[e] as Token;
      if (t.quote >= 0 || (e > k + 1 && !/^[ \u00a0]$/u.test(t.gap))) break;
      const np = sourcePhraseEndingAt(tokens, e, k + 1);
      if (np && np.first === k + 1) best = np;
    }
    if (best) return { subject: head(best), inverted: true };
  }
  return undefined;
}

/** A document, outlet or body phrase that opens the sentence: "The email", "The nonpartisan group's report". */
function openingSource(
  tokens: readonly Token[],
  first: number,
  last: number,
): { first: number; head: number; last: number } | undefined {
  for (let e = first + 1; e <= last && e <= first + 7; e++) {
    const t = tokens[e] as Token;
    if (t.quote >= 0) return undefined;
    if (t.cap || !isSourceHead(t.lower)) continue;
    const np = sourcePhraseEndingAt(tokens, e, first);
    if (np?.first !== first) continue;
    // The phrase is the whole subject, not a modifier ("The campaign chairman …"): a verb or a comma follows.
    const next = tokens[np.last + 1];
    if (next && (/,/u.test(next.gap) || isVerbish(next) || speechLemma(next.lower))) return np;
    return undefined;
  }
  return undefined;
}

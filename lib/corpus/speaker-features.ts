// The speaker ranker's view of one quote: every mention that might have said it (names, descriptions,
// pronouns, common-noun subjects such as "officials"), the previous quote's speaker, and "nobody", each with
// the binary features the model weighs (speaker-model.ts). Features follow the quote-attribution literature:
// O'Keefe et al. 2012 (distance, position, speech verbs, the previous speaker), Muzny et al. 2017 (the
// quote–mention–verb patterns of CoreNLP's sieves, paragraph-final mentions, conversation), Pareti's PARC
// (source, cue and content: the cue's subject is the source).
import type { Attribution, AttrPara } from './attribution-rules.ts';
import { type Clauses, type Cue, type Head, isVerbish, type SentenceClauses } from './clauses.ts';
import { isSourceHead, OUTLET_HEADS } from './descriptions.ts';
import { isSpeakingNoun, STATEMENT_NOUNS, speechLemma, VERB_FILLERS } from './lexicon-speech.ts';
import type { PronounResolver } from './pronouns.ts';
import type { QuoteSpan } from './quotes.ts';
import type { Ref } from './refs.ts';
import type { Draft } from './registry.ts';
import type { Token } from './tokens.ts';

export interface SpeakerCandidate {
  /** 'mention': a phrase in the text; 'previous': the last quote's speaker, not mentioned nearby; 'none': nobody. */
  kind: 'mention' | 'previous' | 'none';
  /** Draft index it stands for, -1 when it stands for no known entity ("officials", an unresolved "he"). */
  entity: number;
  para: number;
  start: number;
  end: number;
  features: string[];
  /** For a nameless speaker the text describes ("a campaign official", "the Danish government"): that phrase. */
  description?: string;
}

/** What the ranker knows about an article while it reads it in order. */
export interface ArticleView {
  paras: readonly AttrPara[];
  drafts: readonly Draft[];
  clauses: (p: number) => Clauses;
  resolvePronoun: PronounResolver;
  /** The hand-written rules' answer for each quote. */
  rules: readonly (readonly Attribution[])[];
  /** How often each entity is named in the article, and its rank among them (0 = most named). */
  salience: ReadonlyMap<number, number>;
  /** Surnames of the people the article names in full, for a bare surname the name finder let go ("Earnest said"). */
  surnames: ReadonlyMap<string, number>;
}

/** Decisions already taken, for the quotes before this one. */
export interface Decided {
  done: readonly (readonly Attribution[])[];
  current: readonly Attribution[];
}

const LOOKBACK = 2;
const MAX_LOOKBACK = 8;
const SHORT_QUOTE_WORDS = 4;

const bucket = (n: number) =>
  n <= 0 ? '0' : n <= 2 ? '1-2' : n <= 5 ? '3-5' : n <= 10 ? '6-10' : n <= 20 ? '11-20' : '21+';

interface QuoteSite {
  p: number;
  qi: number;
  q: QuoteSpan;
  sentence: number;
  /** Token range inside the quote (first > last when the quote holds no token). */
  qa: number;
  qb: number;
  shape: string;
  /** The quote's sentence has a speech cue outside quotes. */
  cue: boolean;
  /** …and an "according to X" after the quote, which names the source of a reported "Y said". */
  according: boolean;
}

function quoteTokens(tokens: readonly Token[], qi: number, q: QuoteSpan): [number, number] {
  let a = -1;
  let b = -2;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.start > q.close) break;
    if (t.quote === qi || (t.start > q.open && t.start < q.close)) {
      if (a < 0) a = i;
      b = i;
    }
  }
  return [a, b];
}

function firstTokenAtOrAfter(tokens: readonly Token[], offset: number): number {
  for (let i = 0; i < tokens.length; i++) if ((tokens[i] as Token).start >= offset) return i;
  return tokens.length;
}

function siteOf(view: ArticleView, p: number, qi: number): QuoteSite {
  const para = view.paras[p] as AttrPara;
  const q = para.quotes[qi] as QuoteSpan;
  const [qa, qb] = quoteTokens(para.tokens, qi, q);
  const anchor = qa >= 0 ? qa : Math.min(para.tokens.length - 1, firstTokenAtOrAfter(para.tokens, q.open));
  const sentence = para.tokens[anchor]?.sentence ?? 0;
  const sentStart = para.sentences[sentence]?.[0] ?? 0;
  const words = para.text.slice(q.start, q.end).split(/\s+/u).filter(Boolean).length;
  const opensPara = /^[\s“"‘'«„]*$/u.test(para.text.slice(0, q.open));
  const opensSentence = /^[\s“"‘'«„]*$/u.test(para.text.slice(sentStart, q.open));
  const shape = opensPara
    ? 'para-open'
    : opensSentence
      ? 'sent-open'
      : words <= SHORT_QUOTE_WORDS
        ? 'short-inside'
        : 'inside';
  const clauses = view.clauses(p).sentence(sentence);
  const cue = clauses.cues.some((c) => c.kind !== 'colon' || c.at < qa);
  const according = clauses.cues.some((c) => c.kind === 'according' && c.at > qb && c.subject !== undefined);
  return { p, qi, q, sentence, qa, qb, shape, cue, according };
}

/** Entity a ref stands for: names and descriptions carry it, pronouns and relatives are resolved. */
function refEntity(view: ArticleView, p: number, r: Ref, clauses: Clauses): number {
  if (r.type === 'name' || r.type === 'descriptor') return r.entity;
  if (r.type === 'pronoun') return view.resolvePronoun(p, r.start, r.word);
  // "X, who said": the phrase before the comma.
  const para = view.paras[p] as AttrPara;
  const sentence = (para.tokens[r.first] as Token).sentence;
  const first = clauses.sentence(sentence).first;
  const head = clauses.npEndingAt(r.first - 1, first);
  if (head?.ref && head.ref.type !== 'relative' && head.ref.type !== 'pronoun') return head.ref.entity;
  // "Lee, who …": a bare surname the name finder let go.
  const t = head && !head.ref ? para.tokens[head.token] : undefined;
  return t?.cap ? (view.surnames.get(t.lower) ?? -1) : -1;
}

function typeKey(view: ArticleView, r: Ref | undefined, entity: number): string {
  if (!r) return 'nominal';
  if (r.type === 'pronoun') return `pro-${r.word}`;
  if (r.type === 'relative') return 'relative';
  if (r.type === 'descriptor') return entity >= 0 ? 'desc' : 'desc-unresolved';
  return `name-${view.drafts[entity]?.kind ?? 'unknown'}`;
}

/** How a cue in the quote's own sentence stands to the quote. */
function cueRelation(cue: Cue, site: QuoteSite, para: AttrPara): string {
  const subj = cue.subject;
  const clauseFirst = Math.min(cue.at, subj?.first ?? cue.at);
  const clauseLast = Math.max(cue.at, subj?.last ?? cue.at);
  if (site.qb >= site.qa && clauseFirst > site.qb) {
    const between = clauseFirst - site.qb - 1;
    const blocked = otherQuoteBetween(para, site, site.q.close, (para.tokens[clauseFirst] as Token).start);
    return blocked ? 'after-blocked' : between === 0 ? 'after-adj' : 'after-far';
  }
  if (clauseLast < site.qa || site.qa < 0) {
    const end = (para.tokens[clauseLast] as Token).end;
    const blocked = otherQuoteBetween(para, site, end, site.q.open);
    if (blocked) return 'before-blocked';
    const between = site.qa < 0 ? 0 : site.qa - clauseLast - 1;
    return between === 0 ? 'before-adj' : between <= 4 ? 'before-near' : 'before-far';
  }
  return 'around';
}

function otherQuoteBetween(para: AttrPara, site: QuoteSite, from: number, to: number): boolean {
  return para.quotes.some((q, i) => i !== site.qi && q.open >= from && q.close <= to);
}

function headMatches(head: Head | undefined, r: Ref | undefined, token: number): boolean {
  if (!head) return false;
  if (r) return head.ref === r || (head.token >= r.first && head.token <= r.last);
  return !head.ref && head.token === token;
}

/** Previous quote's speaker in this paragraph, and the last speaker of the paragraph before. */
function previousSpeakers(view: ArticleView, site: QuoteSite, decided: Decided) {
  const samePara = decided.current[site.qi - 1];
  let prevPara: Attribution | undefined;
  let prevParaGap = 0;
  for (let k = site.p - 1; k >= 0 && k >= site.p - 3; k--) {
    const row = decided.done[k];
    if (row && row.length > 0) {
      prevPara = row[row.length - 1];
      prevParaGap = site.p - k;
      break;
    }
  }
  const before = view.paras[site.p - 1];
  const lastQuote = before?.quotes[before.quotes.length - 1];
  const runsOn = lastQuote?.unclosed === true && prevParaGap === 1;
  return { samePara, prevPara, prevParaGap, runsOn };
}

export function quoteCandidates(view: ArticleView, p: number, qi: number, decided: Decided): SpeakerCandidate[] {
  const site = siteOf(view, p, qi);
  const para = view.paras[p] as AttrPara;
  const prev = previousSpeakers(view, site, decided);
  const rule = view.rules[p]?.[qi];
  // The next quote of the paragraph, when the rules credit it from its own clause: "“…” “…,” Lee said."
  const nextRule = view.rules[p]?.[qi + 1];
  const next = nextRule && nextRule.speaker >= 0 && nextRule.how !== 'continued' ? nextRule : undefined;
  const out: SpeakerCandidate[] = [];
  const shape = site.shape;
  const cueFlag = site.cue ? 'cue' : 'nocue';
  const sentenceCands: SpeakerCandidate[] = [];

  let narrative = 0;
  for (let pc = p; pc >= 0 && narrative <= LOOKBACK && p - pc <= MAX_LOOKBACK; pc--) {
    const cpara = view.paras[pc] as AttrPara;
    // Paragraphs that are all quotation (a statement running over paragraphs) do not use up the look-back.
    if (pc < p && !allQuoted(cpara)) narrative++;
    const clauses = view.clauses(pc);
    const lastSentence = cpara.tokens[cpara.tokens.length - 1]?.sentence ?? 0;
    const seen = new Set<Ref>();
    const heads: { r?: Ref; token: number; first?: number; start: number; end: number }[] = [];
    for (const r of cpara.refs) {
      if (r.quoted) continue;
      if (pc === p && r.start >= site.q.open && r.start < site.q.close) continue;
      if (seen.has(r)) continue;
      seen.add(r);
      heads.push({ r, token: r.last, start: r.start, end: r.end });
    }
    // Common-noun subjects of cues ("officials said", "the paper wrote") compete as nobody-in-particular.
    const sentences = new Set<number>();
    for (const t of cpara.tokens) sentences.add(t.sentence);
    for (const s of sentences) {
      if (pc === p ? Math.abs(s - site.sentence) > 1 : s !== lastSentence) continue;
      for (const c of clauses.sentence(s).cues) {
        const h = c.subject;
        if (!h || h.ref) continue;
        const t = cpara.tokens[h.token] as Token;
        if (pc === p && t.start >= site.q.open && t.start < site.q.close) continue;
        if (!heads.some((x) => !x.r && x.token === h.token)) {
          heads.push({ token: h.token, first: h.first, start: (cpara.tokens[h.first] as Token).start, end: t.end });
        }
      }
    }
    for (const h of heads) {
      const r = h.r;
      const t = cpara.tokens[h.token] as Token;
      const surname = !r && t.cap ? (view.surnames.get(t.lower) ?? -1) : -1;
      const nominal = !r && surname < 0 ? nominalEntity(view, pc, h.token, h.first ?? h.token) : undefined;
      const entity = r ? refEntity(view, pc, r, clauses) : surname >= 0 ? surname : (nominal?.entity ?? -1);
      const sc = t.sentence;
      // Far paragraphs offer only their cue subjects and last sentence.
      if (pc < p && sc !== lastSentence && !isCueSubject(clauses.sentence(sc), r, h.token)) continue;
      const f: string[] = [];
      const type = surname >= 0 ? 'surname' : nominal ? `nominal-${nominal.kind}` : typeKey(view, r, entity);
      f.push(`type:${type}`);
      if (entity < 0) f.push('unresolved');
      let loc: string;
      if (pc === p && sc === site.sentence) {
        const left = h.end <= site.q.open;
        const dist = left ? Math.max(0, site.qa - h.token - 1) : Math.max(0, h.token - site.qb - 1);
        loc = left ? 'SL' : 'SR';
        f.push(`loc:${loc}:d${bucket(dist)}`);
      } else if (pc === p) {
        loc = sc < site.sentence ? `prev${Math.min(site.sentence - sc, 3)}` : `next${Math.min(sc - site.sentence, 2)}`;
      } else {
        const skipped = p - pc - narrative;
        loc = `para${narrative}${skipped > 0 ? 'q' : ''}${sc === lastSentence ? ':last' : ''}`;
      }
      f.push(`loc:${loc}`, `loc:${loc}:${shape}`, `loc:${loc}:${cueFlag}`, `loc:${loc}:${type}`);
      cueFeatures(
        f,
        clauses.sentence(sc),
        r,
        h.token,
        pc === p && sc === site.sentence ? site : undefined,
        cpara,
        loc,
        type,
      );
      npFeatures(f, cpara.tokens, r, h.token);
      const subject = clauses.sentence(sc).subject;
      if (headMatches(subject, r, h.token)) {
        f.push(`sent-subj:${loc}`, `sent-subj:${loc}:${shape}:${cueFlag}`);
        // "Lee issued the following statement:" closing the paragraph before: its subject introduces the quote.
        if (pc < p && sc === lastSentence && /:\s*$/u.test(cpara.text)) f.push(`para-colon:${loc}`);
      }
      if (entity >= 0) {
        if (prev.samePara && prev.samePara.speaker === entity) f.push(`prev-same:${shape}:${cueFlag}`);
        if (prev.prevPara && prev.prevPara.speaker === entity) {
          f.push(`prev-para${prev.prevParaGap}:${shape}:${cueFlag}`);
          if (prev.runsOn) f.push('prev-runs-on');
        }
        if (rule && rule.speaker === entity) f.push(`rule:${rule.how}`, `rule:${rule.how}:${loc}`);
        if (next && next.speaker === entity) f.push(`next-rule:${shape}:${cueFlag}`, `next-rule:${loc}`);
        const rank = view.salience.get(entity);
        f.push(`sal:${rank === undefined ? 'none' : Math.min(rank, 3)}`);
      }
      const cand: SpeakerCandidate = { kind: 'mention', entity, para: pc, start: h.start, end: h.end, features: f };
      if (entity < 0 && (!r || r.type === 'descriptor')) {
        const description = describedSpeaker(cpara, h.start, h.token);
        if (description) {
          cand.description = description;
          f.push('described');
        }
      }
      out.push(cand);
      if (pc === p && sc === site.sentence) sentenceCands.push(cand);
    }
  }
  markNearest(sentenceCands, site);

  // The previous speaker when no mention of them is in reach: long runs of quote paragraphs.
  const seen = new Set(out.map((c) => c.entity));
  const described = new Set<string>();
  for (const [label, a] of [
    ['same', prev.samePara],
    ['para', prev.prevPara],
  ] as const) {
    if (a && a.speaker < 0 && a.description) {
      // A nameless previous speaker ("said a campaign aide. “…”") goes on speaking as the text described them.
      const same = out.filter((c) => c.description === a.description);
      for (const c of same) c.features.push(`prev-desc:${label}:${shape}:${cueFlag}`);
      if (same.length === 0 && !described.has(a.description)) {
        described.add(a.description);
        const f = [`virtual-desc:${label}`, `virtual-desc:${label}:${shape}:${cueFlag}`];
        if (label === 'para') f.push(`virtual-desc:para${prev.prevParaGap}`);
        out.push({
          kind: 'previous',
          entity: -1,
          para: p,
          start: -1,
          end: -1,
          features: f,
          description: a.description,
        });
      }
      continue;
    }
    if (!a || a.speaker < 0 || seen.has(a.speaker)) continue;
    seen.add(a.speaker);
    const f = [`virtual:${label}`, `virtual:${label}:${shape}:${cueFlag}`];
    if (label === 'para') f.push(`virtual:para${prev.prevParaGap}`, ...(prev.runsOn ? ['virtual:runs-on'] : []));
    if (rule && rule.speaker === a.speaker) f.push(`rule:${rule.how}`);
    out.push({ kind: 'previous', entity: a.speaker, para: p, start: -1, end: -1, features: f });
  }

  const words = para.text.slice(site.q.start, site.q.end).split(/\s+/u).filter(Boolean).length;
  out.push({
    kind: 'none',
    entity: -1,
    para: p,
    start: -1,
    end: -1,
    features: [
      'none',
      `none:${shape}`,
      `none:${cueFlag}`,
      `none:${shape}:${cueFlag}`,
      `none:sent-cands:${Math.min(sentenceCands.length, 2)}`,
      `none:words:${bucket(words)}`,
      ...(rule && rule.speaker >= 0 ? [] : ['none:rule-none']),
      ...(next ? [`none:next-rule:${shape}`] : []),
      ...(prev.runsOn ? [`none:runs-on:${(prev.prevPara?.speaker ?? -1) >= 0 ? 'attributed' : 'unattributed'}`] : []),
      ...((prev.samePara?.speaker ?? -1) >= 0 ? [`none:prev-same:${shape}`] : []),
      ...((prev.prevPara?.speaker ?? -1) >= 0 ? [`none:prev-para:${shape}`] : []),
    ],
  });
  return out;
}

// Statements with one author, whom the text names where it brings them up ("X released a statement").
const AUTHORED = new Set(
  [...STATEMENT_NOUNS].filter((n) =>
    [
      'statement',
      'statements',
      'tweet',
      'tweets',
      'post',
      'email',
      'e-mail',
      'letter',
      'memo',
      'release',
      'ad',
      'advertisement',
      'video',
      'message',
      'op-ed',
      'column',
      'editorial',
      'essay',
      'remarks',
      'speech',
    ].includes(n),
  ),
);

// Words that name a news outlet: "the newspaper" is the last of these the text named, not any organization.
const MEDIA_WORDS = new Set([
  'news',
  'times',
  'post',
  'herald',
  'journal',
  'tribune',
  'gazette',
  'courier',
  'daily',
  'press',
  'magazine',
  'radio',
  'tv',
  'television',
  'network',
  'broadcasting',
  'channel',
  'review',
  'record',
  'observer',
  'guardian',
  'telegraph',
  'chronicle',
  'mirror',
  'express',
  'register',
  'examiner',
  'inquirer',
  'dispatch',
  'bulletin',
  'standard',
  'globe',
  'weekly',
  'monthly',
  'wire',
  'reporter',
  'sentinel',
]);

/**
 * Who a common-noun subject stands for, when the text makes it plain: "the statement" / "the ad" is the
 * statement's author, the subject of the last sentence that mentioned one; "the newspaper" is the
 * organization named last. Nothing for "officials", "a spokesman", "the crowd".
 */
function nominalEntity(
  view: ArticleView,
  p: number,
  token: number,
  first: number,
): { entity: number; kind: string } | undefined {
  const para = view.paras[p] as AttrPara;
  const t = para.tokens[token] as Token;
  // "the IMF report", "the Riverton Herald's editorial": a document of an organization the phrase names.
  if (isSourceHead(t.lower) && !OUTLET_HEADS.has(t.lower)) {
    for (const r of para.refs) {
      if (r.type !== 'name' || r.quoted || r.first < first || r.last >= token || r.entity < 0) continue;
      if (view.drafts[r.entity]?.kind === 'organization') return { entity: r.entity, kind: 'statement' };
    }
  }
  // The determiner, before any modifiers: "the conservative-leaning newspaper".
  let det = para.tokens[token - 1];
  if (first < token - 1 && !DEFINITE.has(det?.lower ?? '')) {
    const lead = para.tokens[first];
    if (lead && DEFINITE.has(lead.lower) && modifiersOnly(para.tokens, first + 1, token)) det = lead;
  }
  if (!det || !DEFINITE.has(det.lower)) return undefined;
  if (AUTHORED.has(t.lower)) {
    const entity = authorOf(view, p, token, t.lower);
    return entity >= 0 ? { entity, kind: 'statement' } : undefined;
  }
  if (OUTLET_HEADS.has(t.lower) && det.lower === 'the') {
    for (let pc = p; pc >= 0 && pc >= p - 2; pc--) {
      const refs = (view.paras[pc] as AttrPara).refs;
      for (let k = refs.length - 1; k >= 0; k--) {
        const r = refs[k] as Ref;
        if (r.quoted || r.type !== 'name' || (pc === p && r.start >= t.start)) continue;
        const d = view.drafts[r.entity];
        if (d?.kind === 'organization' && d.key.split(' ').some((w) => MEDIA_WORDS.has(w))) {
          return { entity: r.entity, kind: 'outlet' };
        }
      }
    }
  }
  return undefined;
}

const DEFINITE = new Set(['the', 'this', 'that', 'its', 'his', 'her', 'their']);

/** Lower-case modifiers only, no names or punctuation, between a determiner and its head noun. */
function modifiersOnly(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = tokens[k] as Token;
    if (t.cap || t.possessive || t.quote >= 0 || t.gap !== ' ' || isVerbish(t)) return false;
  }
  return (tokens[to] as Token).gap === ' ';
}

/** The subject of the last sentence before `token` that mentions the statement noun outside quotes. */
function authorOf(view: ArticleView, p: number, token: number, noun: string): number {
  const stem = noun.replace(/s$/u, '');
  for (let pc = p; pc >= 0 && pc >= p - 3; pc--) {
    const para = view.paras[pc] as AttrPara;
    const clauses = view.clauses(pc);
    const limit = pc === p ? token : para.tokens.length - 1;
    for (let i = limit; i >= 0; i--) {
      const t = para.tokens[i] as Token;
      if (t.quote >= 0 || t.lower.replace(/s$/u, '') !== stem) continue;
      const sc = clauses.sentence(t.sentence);
      // The sentence that brings the statement up names its author ("Lee released an ad that…").
      for (const head of [sc.subject, ...sc.cues.map((c) => c.subject)]) {
        if (head && pc === p && head.token === token) continue;
        const r = head?.ref;
        if (r && (r.type === 'name' || r.type === 'descriptor') && r.entity >= 0) return r.entity;
      }
    }
  }
  return -1;
}

/**
 * The text's own words for a speaker it does not name, when they describe a person or a body that speaks: a
 * determiner, modifiers and a speaking head noun ("a senior campaign official", "the Danish government",
 * "two aides"). Capitalized heads are left out: they are names the name finder missed, not descriptions; but a
 * party's member after an indefinite lead ("one Ohio Democrat") is a description.
 */
function describedSpeaker(para: AttrPara, start: number, token: number): string | undefined {
  const head = para.tokens[token] as Token;
  const speaks =
    isSpeakingNoun(head.lower) ||
    SPEAKING_DOCUMENTS.has(head.lower) ||
    isSourceHead(head.lower) ||
    /^\d+-year-old$/u.test(head.lower);
  if ((head.cap && !PARTY_MEMBERS.has(head.lower)) || (!head.cap && !speaks)) return undefined;
  const text = para.text.slice(start, head.end);
  const words = text.split(/\s+/u);
  if (words.length < 2 || words.length > 7) return undefined;
  const lead = (words[0] as string).toLowerCase();
  if (!DESCRIPTION_LEADS.has(lead) && !/[’']s$/u.test(lead) && !/^\d/u.test(lead)) return undefined;
  // "the Utah Republican" is someone the text has named; "one Utah Democrat" is someone it will not.
  if (head.cap && !INDEFINITE_LEADS.has(lead)) return undefined;
  return standalone(text) + ofWhom(para, token);
}

/**
 * The description as a label that stands alone, as a hover shows it: "another aide" means something only after the
 * first one, and "one aide" is "an aide".
 */
function standalone(text: string): string {
  const m = /^(?:one|another)\s+(?!of\b)(.+)$/isu.exec(text);
  if (!m) return text;
  const rest = m[1] as string;
  return `${VOWEL_SOUND.test(rest) ? 'an' : 'a'} ${rest}`;
}

// "an Ohio", "an unnamed", "an elected"; but "a Utah", "a U.S.", "a union", "a European", "a one-time".
const VOWEL_SOUND = /^(?:[aiAI]|[oO](?!ne)|[eE](?!u)|u(?!ni(?:on|t|v|q|f)|s[eu]|r[ai]|ti))/u;

/**
 * A party's member, capitalized but a description, not a name, after a determiner: "said one Ohio Democrat",
 * "added a veteran Republican".
 */
const PARTY_MEMBERS = new Set(['democrat', 'democrats', 'republican', 'republicans', 'tory', 'tories']);
const INDEFINITE_LEADS = new Set(['a', 'an', 'one', 'another', 'two', 'three', 'several', 'some', 'many']);

/** " to the governor", " for the Harbour Authority": whose adviser or spokesman, when the text says so. */
function ofWhom(para: AttrPara, head: number): string {
  const prep = para.tokens[head + 1];
  if (prep?.gap !== ' ' || !['of', 'to', 'for', 'at', 'with', 'from'].includes(prep.lower)) return '';
  let end = -1;
  for (let k = head + 2; k < para.tokens.length && k <= head + 6; k++) {
    const t = para.tokens[k] as Token;
    if (
      t.gap !== ' ' ||
      t.quote >= 0 ||
      (!t.cap && !['the', 'a', 'an', 'both'].includes(t.lower) && !isSpeakingNoun(t.lower))
    )
      break;
    end = k;
    if (t.possessive) break;
  }
  if (end < 0) return '';
  const last = para.tokens[end] as Token;
  if (!last.cap && !isSpeakingNoun(last.lower)) return '';
  return para.text.slice((para.tokens[head] as Token).end, last.fullEnd);
}

// Documents news copy quotes as sources when it names no author: "the complaint alleged that “…”".
const SPEAKING_DOCUMENTS = new Set([
  'report',
  'complaint',
  'lawsuit',
  'suit',
  'ruling',
  'order',
  'letter',
  'memo',
  'statement',
  'ad',
  'advertisement',
  'editorial',
  'op-ed',
  'column',
  'filing',
  'petition',
  'poll',
  'survey',
  'study',
  'indictment',
  'release',
  'document',
  'platform',
  'resolution',
  'transcript',
  'article',
  'story',
  'book',
  'memoir',
  'email',
  'e-mail',
  'tweet',
  'post',
  'video',
  'analysis',
  'review',
]);

const DESCRIPTION_LEADS = new Set([
  'a',
  'an',
  'the',
  'one',
  'another',
  'two',
  'three',
  'several',
  'some',
  'many',
  'other',
  'his',
  'her',
  'its',
  'their',
]);

function allQuoted(para: AttrPara): boolean {
  return para.tokens.length > 0 && para.tokens.every((t) => t.quote >= 0);
}

function isCueSubject(s: SentenceClauses, r: Ref | undefined, token: number): boolean {
  return s.cues.some((c) => headMatches(c.subject, r, token)) || headMatches(s.subject, r, token);
}

function cueFeatures(
  f: string[],
  s: SentenceClauses,
  r: Ref | undefined,
  token: number,
  site: QuoteSite | undefined,
  para: AttrPara,
  loc: string,
  type: string,
) {
  for (const cue of s.cues) {
    if (!headMatches(cue.subject, r, token)) continue;
    const order = cue.inverted ? 'inv' : 'norm';
    if (site) {
      const rel = cueRelation(cue, site, para);
      // Another cue between this one and the quote claims the quote first ("X said … while Y told Z that “…”").
      const between = s.cues.some(
        (other) =>
          other !== cue &&
          other.kind !== 'colon' &&
          ((cue.at < site.qa && other.at > cue.at && other.at < site.qa) ||
            (cue.at > site.qb && other.at < cue.at && other.at > site.qb)),
      );
      f.push(between ? `cue:${rel}:intervening` : `cue:${rel}:nearest`);
      f.push(
        `cue:${cue.kind}:${rel}`,
        `cue:${cue.kind}:${cue.group}:${rel}`,
        `cue:${cue.kind}:${rel}:${order}`,
        `cue:${rel}:${type}`,
        `cue:${rel}:${site.shape}`,
      );
      const lemma = speechLemma((para.tokens[cue.at] as Token).lower);
      if (lemma === 'tell' || lemma === 'say' || lemma === 'write') f.push(`cue:${lemma}:${rel}`);
      // ", reports the Herald" / "according to the Herald" after another cue is the outer source, which
      // news attribution credits; the inner "Lee said" is what it reports.
      if (between && (lemma === 'report' || cue.kind === 'according'))
        f.push(`cue:${rel}:intervening:${cue.kind === 'according' ? 'according' : lemma}`);
      if (cue.at < site.qa) {
        const role = quoteRole(para, cue.at, site.qa);
        f.push(`obj:${role}`, `obj:${role}:${site.shape}`, `obj:${role}:${cue.group}`);
      }
      if (site.according && cue.kind !== 'according') f.push(`cue:${cue.kind}:${rel}:under-according`);
    } else {
      const quoted = para.quotes.length > 0 && sentenceHasQuote(para, s);
      f.push(`cue-other:${loc}:${cue.kind}`, `cue-other:${loc}:${cue.kind}:${quoted ? 'q' : 'noq'}`);
      const lemma = cue.kind === 'according' ? 'according' : speechLemma((para.tokens[cue.at] as Token).lower);
      const outer = s.cues.some((o) => o !== cue && o.kind !== 'colon' && o.at < cue.at && o.subject);
      if (outer && (lemma === 'report' || lemma === 'according')) f.push(`cue-other:${loc}:outer`);
      if (cue.kind === 'colon' || endsWithColon(para, s)) f.push(`colon-intro:${loc}`);
    }
  }
}

// Words that open a clause of its own: a quote after them is not what the verb before them said.
const CLAUSE_BREAKS = new Set([
  'when',
  'because',
  'while',
  'after',
  'before',
  'since',
  'although',
  'though',
  'if',
  'unless',
  'until',
  'who',
  'which',
  'whom',
  'whose',
  'where',
]);

/**
 * How the quote stands to a cue before it: right after the verb ("said “…”"), after its object ("called
 * Lee “…”", "described it as “…”"), inside its that-clause with one verb ("said Lee was “…”"), deeper, or
 * past a clause of its own ("tweeted when Lee ended … with “…”"), where the verb's subject seldom said it.
 */
export function quoteRole(para: AttrPara, at: number, qa: number): string {
  if (qa <= at + 1) return 'direct';
  let verbs = 0;
  for (let k = at + 1; k < qa; k++) {
    const t = para.tokens[k] as Token;
    if (t.quote >= 0 || /[;—–(]/u.test(t.gap) || CLAUSE_BREAKS.has(t.lower)) return 'broken';
    if (t.lower !== 'that' && isVerbish(t)) verbs++;
  }
  if (/[;—–(]/u.test((para.tokens[qa] as Token).gap.replace(/[“"‘'«„]/gu, ''))) return 'broken';
  return verbs === 0 ? 'object' : verbs === 1 ? 'clause' : 'deep';
}

function sentenceHasQuote(para: AttrPara, s: SentenceClauses): boolean {
  for (let i = s.first; i <= s.last && i >= 0; i++) if ((para.tokens[i] as Token).quote >= 0) return true;
  return false;
}

function endsWithColon(para: AttrPara, s: SentenceClauses): boolean {
  const last = para.tokens[s.last];
  if (!last) return false;
  return /^\s*:\s*$/u.test(para.text.slice(last.fullEnd, last.fullEnd + 3).replace(/[^:\s].*$/u, ''));
}

/** Where the mention sits in its noun phrase: a modifier of a later name, behind a preposition, possessive. */
function npFeatures(f: string[], tokens: readonly Token[], r: Ref | undefined, token: number) {
  const first = r ? r.first : token;
  const last = r ? r.last : token;
  const end = tokens[last] as Token;
  const next = tokens[last + 1];
  const prev = tokens[first - 1];
  if (end.possessive) f.push('possessive');
  if (next && next.quote < 0 && next.gap === ' ' && !end.possessive) {
    if (next.cap && !next.initial) f.push('np-modifier:name');
    else if (
      !next.cap &&
      !isVerbish(next) &&
      /^[a-z][a-z-]+$/u.test(next.lower) &&
      !PREPS.has(next.lower) &&
      !RELATIVES.has(next.lower) &&
      !/ly$/u.test(next.lower) &&
      !VERB_FILLERS.has(next.lower)
    ) {
      f.push('np-modifier:noun');
    }
  }
  if (prev && (tokens[first] as Token).gap === ' ') {
    if (PREPS.has(prev.lower)) f.push(`pp:${prev.lower}`);
    else if (prev.lower === 'the' && PREPS.has(tokens[first - 2]?.lower ?? ''))
      f.push(`pp:${tokens[first - 2]?.lower}`);
    if (speechLemma(prev.lower) === 'tell') f.push('obj-tell');
  }
}

const RELATIVES = new Set(['who', 'whom', 'whose', 'which', 'that', 'where', 'when']);
const PREPS = new Set(['of', 'for', 'to', 'with', 'by', 'at', 'from', 'in', 'on', 'about', 'against', 'than', 'like']);

/** The nearest candidates on each side of the quote in its sentence. */
function markNearest(cands: readonly SpeakerCandidate[], site: QuoteSite) {
  let left: SpeakerCandidate | undefined;
  let right: SpeakerCandidate | undefined;
  for (const c of cands) {
    if (c.end <= site.q.open) {
      if (!left || c.start > left.start) left = c;
    } else if (!right || c.start < right.start) right = c;
  }
  left?.features.push('nearest-left', `nearest-left:${site.shape}`);
  right?.features.push('nearest-right', `nearest-right:${site.shape}`);
}

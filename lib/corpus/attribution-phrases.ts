// Phrases quoted inside a sentence whose speaker the clause around them names plainly: "Lee called the plan
// “a fantasy”", "Lee accused the board of “stonewalling”", "Lee wrote “never again”". The ranker weighs such a
// phrase below its threshold, since most short quotes inside a sentence are the writer's own scare quotes or
// someone else's words; only the plainest readings confirm it (attribution.ts), and each guard below stands for
// a way the reading went wrong on annotated news.
import type { AttrPara } from './attribution-rules.ts';
import { type Clauses, type Cue, type Head, isVerbish, type SentenceClauses } from './clauses.ts';
import { speechLemma, TIME_FILLERS, UTTERANCE_NOUNS, VERB_FILLERS } from './lexicon-speech.ts';
import { type ArticleView, quoteRole } from './speaker-features.ts';
import type { Token } from './tokens.ts';

/** Words after which a noun phrase starts a clause of its own ("…, and Lee called", "when Lee called"). */
const CLAUSE_OPENERS = new Set([
  'and',
  'but',
  'when',
  'while',
  'as',
  'after',
  'before',
  'that',
  'then',
  'so',
  'yet',
  'because',
  'since',
  'if',
  'although',
  'though',
  // "in what Lee called “…”": a free relative's own subject.
  'what',
]);
/** …and relative words, for a subject only: "an interview in which Lee said", "the rally where Lee called". */
const RELATIVE_OPENERS = new Set(['which', 'where', 'whom']);

/** A quote and the sentence it stands in. */
interface Site {
  para: AttrPara;
  tokens: readonly Token[];
  /** The quote's first token. */
  qa: number;
  sc: SentenceClauses;
  clauses: Clauses;
}

function siteOf(view: ArticleView, p: number, qi: number): Site | undefined {
  const para = view.paras[p] as AttrPara;
  const q = para.quotes[qi];
  if (!q) return undefined;
  const tokens = para.tokens;
  const qa = tokens.findIndex((t) => t.quote === qi || (t.start > q.open && t.start < q.close));
  if (qa < 0) return undefined;
  const clauses = view.clauses(p);
  return { para, tokens, qa, sc: clauses.sentence((tokens[qa] as Token).sentence), clauses };
}

/** Does one of the plain readings of the sentence name `speaker` as the author of quote qi of paragraph p? */
export function confirmsPhrase(view: ArticleView, p: number, qi: number, speaker: number): boolean {
  const site = siteOf(view, p, qi);
  if (!site || speaker < 0) return false;
  const readings = [
    governingSpeaker,
    possessorSpeaker,
    reportingSpeaker,
    putItSpeaker,
    faultingSpeaker,
    assertingSpeaker,
    citedSpeaker,
  ];
  return readings.some((read) => {
    const subject = read(site);
    return subject !== undefined && namedEntity(view, site.tokens, subject) === speaker;
  });
}

/**
 * The subject whose own clause governs the quote: the subject of the nearest cue before it,
 * standing right before the verb (or the sentence's own subject), the quote right after the verb or its
 * object, and no other source in the sentence that could be the one the text reports.
 */
function governingSpeaker(site: Site): Head | undefined {
  const { para, tokens, qa, sc } = site;
  const cue = governingCue(para, sc, qa);
  const subject = cue?.subject;
  if (!cue || !subject) return undefined;
  return plainSubject(tokens, sc, subject, cue.at);
}

/** The subject, when it stands plainly as the subject of the verb at `verb`. */
function plainSubject(tokens: readonly Token[], sc: SentenceClauses, subject: Head, verb: number): Head | undefined {
  if (adjacentSubject(tokens, subject.last, verb))
    return opensClause(tokens, subject.first, sc.first, verb) ? subject : undefined;
  // "Lee, who chairs the board, called …": past an appositive only to the sentence's own subject, since the
  // clause reader's jump back over one may land on a name inside it.
  const own = sc.subject;
  return own && own.token === subject.token && own.first === sc.first ? subject : undefined;
}

/**
 * The source that reports the clause holding the quote: "Lee said the board had told Roe that it was “…”".
 * News attribution credits the outermost speaker of a reported clause, whoever the clause goes on to quote.
 */
function reportingSpeaker(site: Site): Head | undefined {
  return reportedBy(site, mainCues(site.tokens, site.sc));
}

/** The subject of the first of `cues` when it reports the clause holding the quote. */
function reportedBy(site: Site, cues: readonly Cue[]): Head | undefined {
  const { para, tokens, qa, sc } = site;
  const cue = cues[0];
  const subject = cue?.subject;
  if (cue?.kind !== 'speech' || cue.inverted || cue.at >= qa || !subject || subject.last >= cue.at) return undefined;
  if (cue.group !== 'say' && cue.group !== 'write') return undefined;
  if (cues.some((c) => c.at > qa && !sharedSubject(c, qa) && !ownClause(tokens, c) && !passive(tokens, c)))
    return undefined;
  if (possessedBetween(para, cue.at, qa)) return undefined;
  // "“…,” Lee wrote, marking …": the clause attributes the quote before it, not what follows.
  if (/[”"»’]/u.test((tokens[subject.first] as Token).gap)) return undefined;
  if (titled(tokens, cue.at, qa)) return undefined;
  let subordinate = false;
  for (let k = cue.at + 1; k <= qa; k++) {
    const t = tokens[k] as Token;
    if (/[;—–(]/u.test(t.gap.replace(/[“"‘'«„]/gu, ''))) return undefined;
    if (t.quote < 0 && SUBORDINATE.has(t.lower)) subordinate = true;
    // "Lee is assuring voters after a woman told him she worries he is “…”": a clause of its own, its own speaker.
    if (subordinate && k < qa && cues.some((c) => c.at === k)) return undefined;
  }
  return plainSubject(tokens, sc, subject, cue.at);
}

/** The cue before the quote that governs it, when nothing else in the sentence competes for the quote. */
function governingCue(para: AttrPara, sc: SentenceClauses, qa: number): Cue | undefined {
  const tokens = para.tokens;
  const cues = mainCues(tokens, sc);
  const before = cues.filter((c) => c.at < qa);
  const last = before[before.length - 1];
  // "Lee, star of the show “Harbour Nights,” thanked the board for “…”": the clause reader stops at the quote
  // in the appositive; the verb right after it belongs to the sentence's subject.
  const fallback =
    last && !last.subject && /,[”"»’]?\s*$/u.test((tokens[last.at] as Token).gap) ? sc.subject : undefined;
  const cue = last && fallback && fallback.first === sc.first ? { ...last, subject: fallback } : last;
  const subject = cue?.subject;
  if (cue?.kind !== 'speech' || cue.inverted || !subject || subject.last >= cue.at) return undefined;
  // A cue before it may be the outer source the text reports ("The paper notes that Lee called …"), or a
  // parenthetical one ("Lee, Roe said, called it “…”"); one with the same subject is the same speaker's
  // ("Lee said that …, but called it “…”").
  const outer = (c: Cue) =>
    (c.subject ?? sc.subject)?.token !== subject.token &&
    (c.kind === 'according' || c.at > subject.first || reportsClause(tokens, c.at, subject.first));
  if (before.some((c) => c !== cue && outer(c))) return undefined;
  // So may one after the quote ("“…”, Roe said"), unless it opens a clause of its own ("and Roe says …").
  if (cues.some((c) => c.at > qa && !sharedSubject(c, qa) && !ownClause(tokens, c) && !passive(tokens, c)))
    return undefined;
  // "blames the press for Lee's “…” remark", "for Lee's claim that Roe “…”": the phrase is its possessor's.
  if (possessedBetween(para, cue.at, qa)) return undefined;
  // "told “Morning Radio” that …", "spoke on the show, “Morning Radio,”": a listener or a title, not speech.
  if (qa === cue.at + 1 && speechLemma((tokens[cue.at] as Token).lower) === 'tell') return undefined;
  if (titled(tokens, cue.at, qa)) return undefined;
  const role = quoteRole(para, cue.at, qa);
  const governs =
    role === 'direct' ||
    role === 'object' ||
    (role === 'clause' && cue.group === 'say') ||
    (cue.group === 'judge' && judgedAction(tokens, cue.at, qa));
  return governs ? cue : undefined;
}

/**
 * The entity a subject names: a name or a resolved description ending at its head, or a bare surname of a
 * person the text names. Not a pronoun: its antecedent is a second guess the confirmation cannot check.
 */
function namedEntity(view: ArticleView, tokens: readonly Token[], subject: Head): number {
  const r = subject.ref;
  // "I told the board …" inside a quotation is its speaker, whom the text names elsewhere.
  if ((tokens[subject.token] as Token).text === 'I') return -1;
  if (r && r.last !== subject.token) return -1;
  if (r?.type === 'name' || r?.type === 'descriptor') return r.entity;
  if (r) return -1;
  const head = tokens[subject.token] as Token;
  return head.cap && subject.first === subject.token ? (view.surnames.get(head.lower) ?? -1) : -1;
}

const SUBORDINATORS = new Set(['after', 'when', 'as', 'while', 'before', 'since', 'if', 'although', 'though', 'once']);

/**
 * The sentence's cues but colons and those of an opening adverbial clause: in "After Roe argued that …, Lee
 * said only that his “…”" the clause that reports the quote is Lee's.
 */
function mainCues(tokens: readonly Token[], sc: SentenceClauses): Cue[] {
  const cues = sc.cues.filter((c) => c.kind !== 'colon');
  if (sc.first < 0 || !SUBORDINATORS.has((tokens[sc.first] as Token).lower)) return cues;
  for (let k = sc.first + 1; k <= sc.last && k <= sc.first + 30; k++) {
    const t = tokens[k] as Token;
    if (t.quote >= 0) break;
    if (/,/u.test(t.gap)) return cues.filter((c) => c.at >= k);
  }
  return cues;
}

// Words that open a clause of its own inside a reported one.
const SUBORDINATE = new Set([
  'after',
  'when',
  'while',
  'whereas',
  'because',
  'since',
  'before',
  'although',
  'though',
  'until',
  'unless',
  'who',
  'which',
  'whom',
]);

/** "on the show, “Morning Radio,”": a quote set off by a comma after a noun names it. */
const titled = (tokens: readonly Token[], at: number, qa: number) =>
  qa > at + 1 && /,/u.test((tokens[qa] as Token).gap);

/** A possessive name with a noun of saying between the cue and the quote: "Lee's claim that …". */
function possessedBetween(para: AttrPara, at: number, qa: number): boolean {
  const tokens = para.tokens;
  return para.refs.some(
    (x) =>
      x.type === 'name' &&
      !x.quoted &&
      x.last > at &&
      x.last < qa &&
      (tokens[x.last] as Token).possessive &&
      (x.last === qa - 1 || utteranceBefore(tokens, x.last, qa)),
  );
}

/** A verb after the quote whose subject stands before it: "Lee called them “…” and described …". */
const sharedSubject = (c: Cue, qa: number) => c.kind === 'speech' && !c.inverted && (c.subject?.last ?? qa) < qa;

/** "the aide was charged with battery": a passive verb credits no one. */
const passive = (tokens: readonly Token[], c: Cue) =>
  !c.subject && BE_FORMS.has(tokens[c.at - 1]?.lower ?? '') && (tokens[c.at] as Token).gap === ' ';

/** A cue after the quote in a clause a conjunction opens ("… and Roe says"), not the quote's own ("“…,” Roe said"). */
function ownClause(tokens: readonly Token[], c: Cue): boolean {
  if (c.kind !== 'speech' || c.inverted || !c.subject) return false;
  const t = tokens[c.subject.first] as Token;
  const before = tokens[c.subject.first - 1];
  return (t.gap === ' ' || t.gap === '\u00a0') && before !== undefined && CLAUSE_OPENERS.has(before.lower);
}

/** Does the cue at `at` take a that-clause or a colon before `to` ("notes that …")? */
function reportsClause(tokens: readonly Token[], at: number, to: number): boolean {
  for (let k = at + 1; k < to; k++) {
    const t = tokens[k] as Token;
    if (t.quote < 0 && (t.lower === 'that' || /:/u.test(t.gap))) return true;
  }
  return false;
}

/** "accused the board of stonewalling “…”", "praised Lee for taking “…”": the judged action, a gerund. */
function judgedAction(tokens: readonly Token[], at: number, qa: number): boolean {
  let gerund = false;
  for (let k = at + 1; k < qa; k++) {
    const t = tokens[k] as Token;
    if (t.quote >= 0 || /[;:—–(,]/u.test(t.gap)) return false;
    if (/ing$/u.test(t.lower) && ['of', 'for'].includes(tokens[k - 1]?.lower ?? '')) gerund = true;
  }
  return gerund;
}

/** "as", "as a" or "as the" right before the quote, in the verb's own clause. */
function asBefore(tokens: readonly Token[], verb: number, qa: number): boolean {
  let k = qa - 1;
  if (['a', 'an', 'the'].includes((tokens[k] as Token).lower)) k--;
  if (k <= verb || (tokens[k] as Token).lower !== 'as') return false;
  for (let m = verb + 1; m <= qa; m++)
    if (/[;:—–(,]/u.test((tokens[m] as Token).gap.replace(/[“"‘'«„]/gu, ''))) return false;
  return true;
}

const WEEKDAY = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/u;

/** Only fillers between the subject and its verb ("Lee later called", "Lee on Friday called"), no appositive. */
function adjacentSubject(tokens: readonly Token[], last: number, verb: number): boolean {
  for (let k = last + 1; k <= verb; k++) {
    const t = tokens[k] as Token;
    if (t.gap !== ' ' && t.gap !== '\u00a0') return false;
    // "gives the chair authority to call it “…”": an infinitive's subject is not the phrase before it.
    if (t.lower === 'to') return false;
    if (
      k < verb &&
      !VERB_FILLERS.has(t.lower) &&
      !TIME_FILLERS.has(t.lower) &&
      !/ly$/u.test(t.lower) &&
      !WEEKDAY.test(t.lower)
    )
      return false;
  }
  return true;
}

/** The phrase opens the sentence or a clause: "in a way Lee called …" has its subject elsewhere. */
function opensClause(tokens: readonly Token[], first: number, sentenceFirst: number, verb = -1): boolean {
  if (first === sentenceFirst) return true;
  const t = tokens[first] as Token;
  if (/[,;:—–]/u.test(t.gap)) return true;
  if (t.gap !== ' ' && t.gap !== '\u00a0') return false;
  const before = (tokens[first - 1] as Token).lower;
  // "with the union calling her “…”": a participle's own subject.
  if (before === 'with' && verb >= 0 && /ing$/u.test((tokens[verb] as Token).lower)) return true;
  return CLAUSE_OPENERS.has(before) || (verb >= 0 && RELATIVE_OPENERS.has(before));
}

const BE_FORMS = new Set(['is', 'was', 'are', 'were']);

/**
 * The author a possessive names for the phrase: "Lee's “…” remark", "Lee's claim that the port is “…”",
 * "Lee's slogan was “…”". None when the sentence credits anyone else or reads any other way.
 */
function possessorSpeaker(site: Site): Head | undefined {
  const { para, tokens, qa, sc } = site;
  if (qa < 1) return undefined;
  for (const r of para.refs) {
    if (r.type !== 'name' || r.quoted || r.entity < 0 || r.last >= qa || r.first < sc.first) continue;
    if (!(tokens[r.last] as Token).possessive) continue;
    // "Lee's “…” remark": the noun after the quote says it was said ("Lee's “…” at the convention" need not).
    const named = r.last === qa - 1 && UTTERANCE_NOUNS.has(tokens[lastOfQuote(tokens, qa) + 1]?.lower ?? '');
    if (!named && !utteranceBefore(tokens, r.last, qa)) continue;
    // Any cue credits its own subject: "Roe called Lee's assertion of a “…” disturbing".
    // (The utterance noun itself may read as a verb: "Lee's claim that", "Lee's “…” comment".)
    const credits = (c: Cue) =>
      c.kind !== 'colon' && c.subject?.ref !== r && !UTTERANCE_NOUNS.has((tokens[c.at] as Token).lower);
    if (sc.cues.some(credits)) return undefined;
    return { ref: r, token: r.last, first: r.first, last: r.last };
  }
  return undefined;
}

function lastOfQuote(tokens: readonly Token[], qa: number): number {
  let k = qa;
  while (tokens[k + 1]?.quote === (tokens[qa] as Token).quote && (tokens[qa] as Token).quote >= 0) k++;
  return k;
}

/** "'s [modifiers] claim that …", "'s slogan is", "'s dictum to his staff was," right up to the quote. */
function utteranceBefore(tokens: readonly Token[], owner: number, qa: number): boolean {
  let k = owner + 1;
  while (k < qa && k <= owner + 3 && !UTTERANCE_NOUNS.has((tokens[k] as Token).lower)) k++;
  if (k >= qa || !UTTERANCE_NOUNS.has((tokens[k] as Token).lower)) return false;
  for (let m = owner + 1; m <= k; m++)
    if ((tokens[m] as Token).gap !== ' ' || isVerbish(tokens[m] as Token)) return false;
  let verbs = 0;
  for (let m = k + 1; m < qa; m++) {
    const t = tokens[m] as Token;
    if (t.quote >= 0 || /[;—–(]/u.test(t.gap)) return false;
    if (m === k + 1 && (t.lower === 'that' || BE_FORMS.has(t.lower))) continue;
    if (BE_FORMS.has(t.lower) && m > k + 1 && (tokens[m - 1] as Token).lower === 'that') continue;
    // A verb group ("have been", "would be") is one verb.
    if (t.lower !== 'that' && isVerbish(t) && !isVerbish(tokens[m - 1] as Token)) verbs++;
  }
  return verbs <= 1;
}

/** "As Lee put it, “…”", "Lee puts it this way: “…”": the idiom names the speaker of what follows it. */
function putItSpeaker(site: Site): Head | undefined {
  const { tokens, qa, sc, clauses } = site;
  for (let k = qa - 2; k >= sc.first && k > qa - 8; k--) {
    const t = tokens[k] as Token;
    if (t.quote >= 0) return undefined;
    if ((t.lower !== 'put' && t.lower !== 'puts') || tokens[k + 1]?.lower !== 'it') continue;
    // Only the idiom's own words between it and the quote: "put it", "put it bluntly", "puts it this way".
    if (!/[,:]/u.test(tokens[k + 2]?.gap ?? '') && !/[,:]/u.test(tokens[qa]?.gap ?? '')) return undefined;
    const subject = clauses.subjectBefore(k, sc.first, sc.subject);
    if (!subject) return undefined;
    // "As Lee, the party's whip, put it: “…”": the idiom's own clause, opened by "as", past an appositive.
    const opened = subject.first === sc.first + 1 && (tokens[sc.first] as Token).lower === 'as';
    return opened && subject.ref?.type === 'name' ? subject : plainSubject(tokens, sc, subject, k);
  }
  return undefined;
}

// Verbs of attacking or faulting someone that the cue lexicon leaves out (they take no quote of their own), by
// every form: "ripped the chief for acting as “…”", "attacked Roe for being a “…”".
const forms = (entries: readonly string[]) =>
  new Set(
    entries.flatMap((entry) => {
      const [lemma, inflected] = entry.split(':') as [string, string];
      return [lemma, ...inflected.split(',')];
    }),
  );

const FAULTING = forms([
  'attack:attacks,attacked,attacking',
  'rip:rips,ripped,ripping',
  'knock:knocks,knocked,knocking',
  'fault:faults,faulted,faulting',
  'lambaste:lambastes,lambasted,lambasting',
  'bash:bashes,bashed,bashing',
  'assail:assails,assailed,assailing',
  'berate:berates,berated,berating',
  'chastise:chastises,chastised,chastising',
  'castigate:castigates,castigated,castigating',
  'excoriate:excoriates,excoriated,excoriating',
  'skewer:skewers,skewered,skewering',
  'pillory:pillories,pilloried,pillorying',
]);
// …and verbs that cast someone as something, only with "as" right before the phrase: "defended the aide as
// a “…”", "portrayed the plan as “…”".
const CASTING = forms([
  'defend:defends,defended,defending',
  'portray:portrays,portrayed,portraying',
  'depict:depicts,depicted,depicting',
  'paint:paints,painted,painting',
  'cast:casts,casting',
  'frame:frames,framed,framing',
]);

/** "Lee attacked Roe for being a “…”": the faulting verb governs the phrase as a judging cue would. */
function faultingSpeaker(site: Site): Head | undefined {
  const { para, tokens, qa, sc, clauses } = site;
  if (qa < 1) return undefined;
  let k = qa - 1;
  const judges = (t: Token) => FAULTING.has(t.lower) || CASTING.has(t.lower);
  while (k > sc.first && k > qa - 12 && !judges(tokens[k] as Token)) k--;
  const verb = tokens[k] as Token;
  if (!judges(verb) || verb.cap || verb.quote >= 0) return undefined;
  if (FAULTING.has(verb.lower) ? !judgedAction(tokens, k, qa) : !asBefore(tokens, k, qa)) return undefined;
  const subject = clauses.subjectBefore(k, sc.first, sc.subject);
  if (!subject) return undefined;
  const cue: Cue = { kind: 'speech', at: k, group: 'judge', inverted: false, subject };
  const cues = [...sc.cues.filter((c) => c.at !== k), cue].sort((a, b) => a.at - b.at);
  const governing = governingCue(para, { ...sc, cues }, qa);
  return governing === cue ? plainSubject(tokens, sc, subject, k) : undefined;
}

// Ways of asserting that the cue lexicon does not read as speech: "sniped that", "made the point that",
// "expressed confidence that". Each takes a that-clause the subject is credited with.
const ASSERTING = new Set(
  [
    'snipe,snipes,sniped,sniping',
    'gripe,gripes,griped,griping',
    'grouse,grouses,groused,grousing',
    'carp,carps,carped,carping',
    'crow,crows,crowed,crowing',
    'hint,hints,hinted,hinting',
  ].flatMap((forms) => forms.split(',')),
);
const LIGHT_VERBS = new Map<string, ReadonlySet<string>>([
  ['make', new Set(['point', 'case', 'argument'])],
  ['express', new Set(['confidence', 'hope', 'concern', 'doubt', 'optimism', 'frustration', 'skepticism', 'belief'])],
  ['voice', new Set(['confidence', 'hope', 'concern', 'doubt', 'optimism', 'frustration', 'skepticism', 'belief'])],
]);
const LIGHT_FORMS = new Map<string, string>(
  [
    ['make', 'make,makes,made,making'],
    ['express', 'express,expresses,expressed,expressing'],
    ['voice', 'voice,voices,voiced,voicing'],
  ].flatMap(([lemma, forms]) => (forms as string).split(',').map((f) => [f, lemma as string] as [string, string])),
);

/** "Lee also made the point that the plan would make the port “…”": the assertion reports the clause. */
function assertingSpeaker(site: Site): Head | undefined {
  const { tokens, qa, sc, clauses } = site;
  for (let k = sc.first; k < qa - 1; k++) {
    const t = tokens[k] as Token;
    if (t.quote >= 0 || t.cap || !assertsAt(tokens, k, qa)) continue;
    const subject = clauses.subjectBefore(k, sc.first, sc.subject);
    if (!subject) return undefined;
    const cue: Cue = { kind: 'speech', at: k, group: 'say', inverted: false, subject };
    const cues = [...mainCues(tokens, sc).filter((c) => c.at !== k), cue].sort((a, b) => a.at - b.at);
    return reportedBy(site, cues);
  }
  return undefined;
}

/** Does an assertion start at token k and take a that-clause before the quote? */
function assertsAt(tokens: readonly Token[], k: number, qa: number): boolean {
  const t = tokens[k] as Token;
  if (ASSERTING.has(t.lower)) return tokens[k + 1]?.lower === 'that';
  const nouns = LIGHT_VERBS.get(LIGHT_FORMS.get(t.lower) ?? '');
  if (!nouns) return false;
  for (let m = k + 1; m < qa && m <= k + 4; m++) {
    const w = tokens[m] as Token;
    if (w.gap !== ' ' || w.quote >= 0) return false;
    if (nouns.has(w.lower)) return tokens[m + 1]?.lower === 'that';
  }
  return false;
}

/**
 * "According to the Herald, the men wore shirts that read “…”", "…, the Herald reports.", "…, Lee added.": the
 * source the sentence cites for all it holds, quotes included, as news attribution credits it.
 */
function citedSpeaker(site: Site): Head | undefined {
  const { tokens, qa, sc } = site;
  const cues = sc.cues.filter((c) => c.kind !== 'colon');
  const cited = cues.filter(
    (c) =>
      c.kind === 'according' ||
      closingCue(tokens, sc, c, qa) ||
      closingInverted(tokens, sc, c, qa) ||
      parentheticalCue(tokens, c, qa),
  );
  const cue = cited[0];
  if (cited.length !== 1 || !cue?.subject) return undefined;
  // "According to the Herald, …" opens the sentence; a closing ", Lee added." ends it.
  if (cue.kind === 'according' && cue.at !== sc.first) return undefined;
  return cue.subject;
}

/**
 * "…, said Ann Lee, a demographer at Riverton College." ending the sentence: an inverted cue after a comma, its
 * subject (and an appositive set off by a comma, with no verb) running to the sentence's end.
 */
function closingInverted(tokens: readonly Token[], sc: SentenceClauses, c: Cue, qa: number): boolean {
  const subject = c.subject;
  if (c.kind !== 'speech' || !c.inverted || c.at < qa || !subject || subject.first !== c.at + 1) return false;
  if (c.group !== 'say' && c.group !== 'write') return false;
  if (!/,/u.test((tokens[c.at] as Token).gap) || subject.ref?.type !== 'name') return false;
  if (nounClauseBefore(tokens, sc.first, qa)) return false;
  if (subject.last === sc.last) return true;
  if (!/^,\s*$/u.test((tokens[subject.last + 1] as Token).gap) || sc.last - subject.last > 12) return false;
  for (let k = subject.last + 2; k <= sc.last; k++) {
    const t = tokens[k] as Token;
    if (t.quote >= 0 || /[;:—–(]/u.test(t.gap) || isVerbish(t)) return false;
  }
  return true;
}

/**
 * "The idea that the port “woke up” is false, maintains Lee": a noun's that-clause holds the quote, and the idea
 * is its holders', whom the closing source may be rejecting.
 */
function nounClauseBefore(tokens: readonly Token[], from: number, qa: number): boolean {
  for (let k = from + 1; k < qa; k++) {
    const t = tokens[k] as Token;
    const prev = tokens[k - 1] as Token;
    if (t.lower === 'that' && t.gap === ' ' && !prev.cap && prev.quote < 0 && !isVerbish(prev)) return true;
  }
  return false;
}

/**
 * "The paradox of the plan, says Ann Lee, a historian at Riverton College, is that it was “…”": an inverted cue set
 * off by commas inside the sentence, before the quote, cites its source for the whole sentence.
 */
function parentheticalCue(tokens: readonly Token[], c: Cue, qa: number): boolean {
  const subject = c.subject;
  if (c.kind !== 'speech' || !c.inverted || c.at >= qa || !subject || subject.first !== c.at + 1) return false;
  if (c.group !== 'say' || !/^,\s*$/u.test((tokens[c.at] as Token).gap) || subject.ref?.type !== 'name') return false;
  const after = tokens[subject.last + 1];
  if (!after || after.quote >= 0 || !/^,\s*$/u.test(after.gap)) return false;
  if (isVerbish(after)) return true;
  // …or after an appositive of its own, with no verb, closed by a comma before the quote.
  for (let k = subject.last + 2; k < qa && k <= subject.last + 12; k++) {
    const t = tokens[k] as Token;
    if (t.quote >= 0 || /[;:—–(]/u.test(t.gap)) return false;
    if (/^,\s*$/u.test(t.gap)) return true;
    if (isVerbish(t)) return false;
  }
  return false;
}

// Prepositions that open where or when something was said: ", Lee wrote in a court filing.", "…, Lee said on Monday."
const SETTING_PREPOSITIONS = new Set(['in', 'on', 'at', 'during', 'via', 'through', 'over']);

/**
 * Tokens from..last are only where or when the verb before them was said ("in a statement", "on Twitter", "last
 * week"): a setting, no clause of its own, so the cue still ends the sentence.
 */
function adverbialTail(tokens: readonly Token[], from: number, last: number): boolean {
  if (last - from > 6) return false;
  const opener = tokens[from] as Token;
  if (!SETTING_PREPOSITIONS.has(opener.lower) && !TIME_FILLERS.has(opener.lower) && !WEEKDAY.test(opener.lower))
    return false;
  for (let k = from; k <= last; k++) {
    const t = tokens[k] as Token;
    if (t.quote >= 0 || (t.gap !== ' ' && t.gap !== '\u00a0') || (k > from && isVerbish(t))) return false;
  }
  return true;
}

/** ", the Herald reports." or ", Lee added." ending the sentence after the quote, its subject right before it. */
function closingCue(tokens: readonly Token[], sc: SentenceClauses, c: Cue, qa: number): boolean {
  if (c.kind !== 'speech' || c.inverted || c.at < qa || !c.subject) return false;
  if (c.at !== sc.last && !adverbialTail(tokens, c.at + 1, sc.last)) return false;
  if (c.group !== 'say' && c.group !== 'write') return false;
  return adjacentSubject(tokens, c.subject.last, c.at) && /,/u.test((tokens[c.subject.first] as Token).gap);
}

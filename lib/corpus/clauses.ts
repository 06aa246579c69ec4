// A shallow reading of the clauses around quotes: for each sentence, its attribution cues (a speech verb, a
// verb right beside a quote, "according to", a colon) and the noun phrase each cue credits, reduced to the
// phrase's head: "Senate minority leader Ann Lee told" → Ann Lee, "said Brandt constituent Dan Roe"
// → Dan Roe, "Archbishop X of the Y Church told" → X, "a spokesman for the Y said" → the nominal
// "spokesman". Hand-written because no small library in this ecosystem parses English: compromise's tagger
// costs milliseconds a paragraph, and these few patterns are what attribution needs from a parse.
import { isCommonWord, isRoleNoun, isTimeWord, lexTags } from './lexicon.ts';
import {
  STATEMENT_NOUNS,
  speechGroup,
  speechLemma,
  TIME_FILLERS,
  UTTERANCE_NOUNS,
  VERB_FILLERS,
} from './lexicon-speech.ts';
import type { Ref } from './refs.ts';
import { speechVerbAt, type VerbPosition } from './speech.ts';
import type { Token } from './tokens.ts';

export interface ClausePara {
  text: string;
  tokens: Token[];
  refs: Ref[];
}

/** What a cue credits: a ref (name, description, pronoun), or a common-noun head ("officials", "the paper"). */
export interface Head {
  ref?: Ref;
  /** Token index of the head word. */
  token: number;
  /** Token span of the whole noun phrase. */
  first: number;
  last: number;
}

export type CueKind = 'speech' | 'verb' | 'according' | 'colon';

export interface Cue {
  kind: CueKind;
  /** Token index of the verb (or of "according", or the token before the colon). */
  at: number;
  /** Speech group ("say", "judge"…) or "other" for a plain verb beside a quote. */
  group: string;
  /** Verb before its subject: "said Smith". */
  inverted: boolean;
  subject?: Head;
}

export interface SentenceClauses {
  sentence: number;
  first: number;
  last: number;
  cues: Cue[];
  /** The sentence's grammatical subject, after any opening adverbial ("On Monday, …"). */
  subject?: Head;
}

const PREPOSITIONS = new Set([
  'of',
  'for',
  'to',
  'at',
  'from',
  'with',
  'by',
  'in',
  'on',
  'about',
  'against',
  'among',
  'between',
  'into',
  'over',
  'under',
  'after',
  'before',
  'during',
  'since',
  'near',
  'like',
  'than',
  'toward',
  'towards',
  'without',
  'within',
  'via',
  'per',
  'as',
  'outside',
  'inside',
  'through',
  'behind',
  'amid',
  'across',
]);
const DETERMINERS = new Set([
  'the',
  'a',
  'an',
  'this',
  'that',
  'these',
  'those',
  'his',
  'her',
  'its',
  'their',
  'our',
  'my',
  'your',
  'some',
  'any',
  'no',
  'every',
  'each',
  'another',
  'both',
  'many',
  'several',
  'other',
  'one',
  'two',
  'three',
]);
const CONJUNCTIONS = new Set(['and', 'or', 'but', 'nor', 'yet', 'so', 'while', 'whereas', 'because', 'although']);
const CLAUSE_WORDS = new Set([
  'who',
  'whom',
  'whose',
  'which',
  'that',
  'when',
  'where',
  'whether',
  'if',
  'as',
  'after',
  'before',
  'because',
  'since',
  'though',
  'although',
  'while',
  'until',
  'unless',
  'once',
]);
const OPENERS = new Set([
  'on',
  'in',
  'at',
  'after',
  'before',
  'during',
  'when',
  'while',
  'as',
  'since',
  'speaking',
  'asked',
  'still',
  'but',
  'and',
  'yet',
  'however',
  'meanwhile',
  'instead',
  'now',
  'then',
  'later',
  'earlier',
  'today',
  'yesterday',
  'also',
  'for',
  'with',
  'from',
  'by',
  'if',
  'although',
  'though',
  'because',
  'in',
  'under',
  'addressing',
  'responding',
  'writing',
  'according',
]);
const BE = new Set(['is', 'was', 'are', 'were', 'be', 'been', 'being', "'s", 'am']);
const AUX = new Set([
  'has',
  'have',
  'had',
  'will',
  'would',
  'can',
  'could',
  'should',
  'may',
  'might',
  'must',
  'shall',
  'did',
  'does',
  'do',
]);

const punctuated = (gap: string) => /[,;:()“”"«»„—–[\]]/u.test(gap) || /\s-\s/u.test(gap);
const singleSpace = (gap: string) => gap === ' ' || gap === '\u00a0';

/** A word that is probably a finite or participle verb: past tense, present tense, auxiliaries. */
export function isVerbish(t: Token): boolean {
  if (t.cap && !t.initial) return false;
  const w = t.lower;
  if (BE.has(w) || AUX.has(w)) return true;
  if (speechGroup(w) && !DETERMINERS.has(w)) return true;
  const tags = lexTags(w);
  if (tags.some((g) => g === 'PastTense' || g === 'PresentTense' || g === 'Copula' || g === 'Modal')) {
    return !tags.some((g) => g === 'Singular' || g === 'Plural' || g === 'Adjective' || g === 'Noun');
  }
  // Past forms compromise lists as adjectives ("released", "charged") are verbs more often than not here.
  if (tags.includes('Adjective') && !tags.some((g) => g === 'Noun' || g === 'Singular')) return /[^e]ed$/u.test(w);
  return tags.length === 0 && /[^e]ed$/u.test(w) && w.length > 4;
}

/** Can this token sit inside a noun phrase ("the", "79-year-old", "regional", "governor", "Serhiy")? */
function npWord(t: Token): boolean {
  if (t.quote >= 0) return false;
  const w = t.lower;
  if (t.cap) return true;
  if (PREPOSITIONS.has(w) || CONJUNCTIONS.has(w) || CLAUSE_WORDS.has(w)) return false;
  if (BE.has(w) || AUX.has(w)) return false;
  if (/^\d/u.test(w)) return true;
  if (DETERMINERS.has(w)) return true;
  if (isRoleNoun(w)) return true;
  if (speechGroup(w)) return false;
  if (/ly$/u.test(w)) return false;
  const tags = lexTags(w);
  if (tags.some((g) => g === 'Adjective' || g === 'Singular' || g === 'Plural' || g === 'Noun' || g === 'Actor'))
    return true;
  if (
    tags.some((g) => g === 'PastTense' || g === 'PresentTense' || g === 'Infinitive' || g === 'Gerund' || g === 'Verb')
  )
    return false;
  if (isCommonWord(w)) return false;
  // Unknown lower-case words are mostly nouns and adjectives ("negotiator", "longtime", "pro-life").
  return !/(?:ed|ing)$/u.test(w) || w.includes('-');
}

export class Clauses {
  protected readonly para: ClausePara;
  /** The ref whose last token is i (a name wins over a description or pronoun ending there). */
  private readonly endingAt = new Map<number, Ref>();
  private readonly startingAt = new Map<number, Ref>();
  private readonly covering: (Ref | undefined)[];
  private readonly sentences = new Map<number, SentenceClauses>();

  constructor(para: ClausePara) {
    this.para = para;
    this.covering = new Array(para.tokens.length);
    for (const r of para.refs) {
      if (r.quoted) continue;
      const prev = this.endingAt.get(r.last);
      if (!prev || (prev.type !== 'name' && r.type === 'name')) this.endingAt.set(r.last, r);
      if (!this.startingAt.has(r.first)) this.startingAt.set(r.first, r);
      for (let i = r.first; i <= r.last; i++) if (!this.covering[i] || r.type === 'name') this.covering[i] = r;
    }
  }

  private tok(i: number): Token | undefined {
    return this.para.tokens[i];
  }

  /** The ref a token belongs to, if any. */
  refCovering(i: number): Ref | undefined {
    return this.covering[i];
  }

  sentence(s: number): SentenceClauses {
    let found = this.sentences.get(s);
    if (!found) {
      found = this.read(s);
      this.sentences.set(s, found);
    }
    return found;
  }

  /** One sentence's clauses, read once (sentence() caches them): a subclass may add cues here. */
  protected read(s: number): SentenceClauses {
    const { tokens } = this.para;
    let first = -1;
    let last = -1;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i] as Token;
      if (t.sentence < s) continue;
      if (t.sentence > s) break;
      if (first < 0) first = i;
      last = i;
    }
    const out: SentenceClauses = { sentence: s, first, last, cues: [] };
    if (first < 0) return out;
    out.subject = this.sentenceSubject(first, last);
    // "As Lee reported after the vote:" closing the paragraph: its verb introduces what follows the colon.
    const leadIn =
      last === tokens.length - 1 && /^\s*:\s*$/u.test(this.para.text.slice((tokens[last] as Token).fullEnd));
    for (let k = first; k <= last; k++) {
      const t = tokens[k] as Token;
      if (t.quote >= 0) continue;
      if (t.lower === 'according' && this.tok(k + 1)?.lower === 'to') {
        const subject = this.npAfter(k + 2, last);
        out.cues.push({
          kind: 'according',
          at: k,
          group: 'according',
          inverted: true,
          ...(subject ? { subject } : {}),
        });
        continue;
      }
      const position: VerbPosition = this.besideQuote(k)
        ? 'after-quote'
        : leadIn || /^\s*:/u.test(this.para.text.slice(t.fullEnd, t.fullEnd + 3))
          ? 'before-colon'
          : 'before-quote';
      const lemma = speechVerbAt(tokens, k, position);
      if (lemma) {
        out.cues.push(this.speechCue(k, first, last, speechGroup(t.lower) ?? 'say', out.subject));
        continue;
      }
      const other = this.verbBesideQuote(k, first, last);
      if (other) out.cues.push(other);
    }
    // "Smith told reporters: “…”" has its verb; "Smith: “…”" or "The statement in full:" has only the colon.
    for (let k = first; k < last; k++) {
      const next = tokens[k + 1] as Token;
      const t = tokens[k] as Token;
      if (t.quote >= 0 || next.quote < 0 || !/:\s*[“"«„]/u.test(next.gap)) continue;
      if (out.cues.some((c) => c.at <= k && c.at >= k - 6)) continue;
      // "Smith: “…”" names the speaker before the colon; "Smith gave a short answer: “…”", the sentence subject.
      const np = this.npEndingAt(k, first);
      const before = np ? this.tok(np.first - 1) : undefined;
      const object =
        before !== undefined && np !== undefined && !punctuated((this.tok(np.first) as Token).gap) && isVerbish(before);
      // "Lee delivered a blunt message to Roe: “…”": a phrase behind a preposition is whom it was for.
      const behind = before !== undefined && PREPOSITIONS.has(before.lower) && out.subject !== undefined;
      // "As Lee, the party's whip, put it: “…”": the idiom's subject introduces the quote.
      const putIt = t.lower === 'it' && ['put', 'puts'].includes(this.tok(k - 1)?.lower ?? '');
      const idiom = putIt ? this.subjectBefore(k - 1, first, out.subject) : undefined;
      const head =
        idiom ??
        this.statementOwner(k, first) ??
        (np && !object && !behind && (np.first === first || np.ref?.type === 'name') ? np : (out.subject ?? np));
      out.cues.push({ kind: 'colon', at: k, group: 'colon', inverted: false, ...(head ? { subject: head } : {}) });
    }
    return out;
  }

  /** Set by attribution: is this ref a place? (Clauses knows tokens and refs, not entity kinds.) */
  isPlace: (r: Ref) => boolean = () => false;

  /**
   * "From Lee's Facebook post: “…”", "Lee's response was: “…”": the name that owns a statement noun before a colon
   * is who made it.
   */
  private statementOwner(at: number, first: number): Head | undefined {
    const be = at > first && BE.has((this.tok(at) as Token).lower) && singleSpace((this.tok(at) as Token).gap);
    const k = be ? at - 1 : at;
    const noun = (this.tok(k) as Token).lower;
    if (!STATEMENT_NOUNS.has(noun) && !UTTERANCE_NOUNS.has(noun)) return undefined;
    for (let m = k - 1; m >= first && m >= k - 3; m--) {
      if (!singleSpace((this.tok(m + 1) as Token).gap)) return undefined;
      const r = this.endingAt.get(m);
      if (r?.type === 'name' && (this.tok(m) as Token).possessive) return this.headOf(r);
    }
    return undefined;
  }

  private headOf(r: Ref): Head {
    return { ref: r, token: r.last, first: r.first, last: r.last };
  }

  /** Is token k the first word after a closing quote (", said Smith") or right before an opening one? */
  private besideQuote(k: number): boolean {
    const t = this.tok(k) as Token;
    const prev = this.tok(k - 1);
    if (prev && prev.quote >= 0 && /[”"»’]/u.test(t.gap)) return true;
    return false;
  }

  private speechCue(k: number, first: number, last: number, group: string, sentenceSubject?: Head): Cue {
    const t = this.tok(k) as Token;
    const prev = this.tok(k - 1);
    if (/ing$/u.test(t.lower)) {
      // A participle speaks for the clause's subject ("Smith released a statement condemning…", ", saying…"),
      // unless a name stands right before it ("with Smith saying that…").
      const named = prev && !punctuated(t.gap) ? this.endingAt.get(k - 1) : undefined;
      if (named?.type === 'name') return { kind: 'speech', at: k, group, inverted: false, subject: this.headOf(named) };
      return {
        kind: 'speech',
        at: k,
        group,
        inverted: false,
        ...(sentenceSubject ? { subject: sentenceSubject } : {}),
      };
    }
    // Inverted: right after a quote or a comma and before a noun phrase ("“…,” said Smith", ", says the report").
    const afterQuote = prev !== undefined && prev.quote >= 0 && /[”"»’]/u.test(t.gap);
    // ", says the report" inverts; "(D-Tex.) said Sunday" does not.
    // A verb of judging after a comma takes an object, not an inverted subject: "Christie, hoping to surge,
    // called Obama a “petulant child”" (only right after a quote does it invert: "“…,” charged Smith").
    // Nor does "tell", whose object is the listener ("Ramos, 58, told AFP"), nor "put it" ("Lee, the chair, put it:"),
    // nor a verb after an age ("Lee, 58, said").
    const age = prev !== undefined && /^\d{1,3}$/u.test(prev.text);
    const lemma = speechLemma(t.lower);
    const afterBreak =
      group !== 'judge' &&
      lemma !== 'tell' &&
      lemma !== 'put' &&
      !age &&
      (k === first || (/,/u.test(t.gap) && !/\)/u.test(t.gap) && !/ing$/u.test(t.lower)));
    // "Ann Lee, 31, a photographer, said the plan …": the comma closes an appositive of the sentence's named subject,
    // whose verb this is; the phrase after it begins what she said.
    const own = afterBreak && !afterQuote ? this.ownSubject(k, first, sentenceSubject) : undefined;
    if (own) return { kind: 'speech', at: k, group, inverted: false, subject: own };
    if ((afterQuote || afterBreak) && !/ing$/u.test(t.lower) && !(afterBreak && this.timeAfter(k))) {
      const subject = this.npAfter(k + 1, last, true);
      if (subject && subject.ref?.type !== 'relative' && !this.clauseSubject(subject))
        return { kind: 'speech', at: k, group, inverted: true, subject };
    }
    const subject = this.subjectBefore(k, first, sentenceSubject);
    return { kind: 'speech', at: k, group, inverted: false, ...(subject ? { subject } : {}) };
  }

  /** The sentence's named subject, when the verb at k follows its appositive's closing comma. */
  private ownSubject(k: number, first: number, sentenceSubject?: Head): Head | undefined {
    if (sentenceSubject?.ref?.type !== 'name' || k <= first || !/^,\s*$/u.test((this.tok(k) as Token).gap))
      return undefined;
    const subject = this.beforeAppositive(k - 1, first);
    return subject && subject.token === sentenceSubject.token ? subject : undefined;
  }

  /**
   * "Lee, a professor at Riverton, wrote last week", "…, said on Monday": a time after the verb is no inverted
   * subject; the subject stands before the comma.
   */
  private timeAfter(k: number): boolean {
    const next = this.tok(k + 1);
    if (!next || next.quote >= 0 || !singleSpace(next.gap)) return false;
    if (this.isWeekday(next) || isTimeWord(next.lower)) return true;
    const unit = this.tok(k + 2);
    return (
      ['last', 'this', 'next', 'earlier', 'later'].includes(next.lower) &&
      unit !== undefined &&
      singleSpace(unit.gap) &&
      (this.isWeekday(unit) || isTimeWord(unit.lower) || TIME_FILLERS.has(unit.lower))
    );
  }

  /**
   * ", said Lee had failed": a finite verb right after the phrase makes it the subject of a clause the verb
   * reports, not the verb's own inverted subject (a pronoun keeps the inverted reading: "…, said he").
   */
  private clauseSubject(np: Head): boolean {
    if (np.ref?.type === 'pronoun') return false;
    const next = this.tok(np.last + 1);
    if (!next || next.quote >= 0 || !singleSpace(next.gap) || !isVerbish(next) || speechGroup(next.lower)) return false;
    // "says a source involved in the talks": after a common noun, a past participle starts a reduced relative.
    return np.ref?.type === 'name' || !/ed$/u.test(next.lower);
  }

  /** "“…,” Lee barked" and "“…” beamed Tom Hale": any verb right beside a quote attributes. */
  private verbBesideQuote(k: number, first: number, last: number): Cue | undefined {
    const t = this.tok(k) as Token;
    if (t.cap || !isVerbish(t) || BE.has(t.lower) || AUX.has(t.lower)) return undefined;
    if (!/(?:ed|s)$/u.test(t.lower) && !lexTags(t.lower).includes('PastTense')) return undefined;
    const prev = this.tok(k - 1);
    if (prev && prev.quote >= 0 && /[”"»’]/u.test(t.gap)) {
      const subject = this.npAfter(k + 1, last);
      if (subject?.ref) return { kind: 'verb', at: k, group: 'other', inverted: true, subject };
      return undefined;
    }
    // “…,” NP verb: the phrase between the closing quote and the verb is the subject.
    const subject = this.subjectBefore(k, first);
    if (!subject) return undefined;
    const before = this.tok(subject.first - 1);
    const opener = this.tok(subject.first);
    if (before && before.quote >= 0 && opener && /[”"»’]/u.test(opener.gap)) {
      return { kind: 'verb', at: k, group: 'other', inverted: false, subject };
    }
    return undefined;
  }

  /** The noun phrase that is the subject of the verb at k: back over fillers, an appositive, a "(R-Texas)". */
  subjectBefore(k: number, first: number, sentenceSubject?: Head): Head | undefined {
    let j = k - 1;
    let steps = 0;
    // "Smith also said", "Smith on Friday said", "Smith said Monday".
    while (j >= first && steps < 5) {
      const t = this.tok(j) as Token;
      const after = this.tok(j + 1) as Token;
      if (t.quote >= 0 || punctuated(after.gap)) break;
      // "in a statement" / "in an interview" between subject and verb, but "the statement said" has its subject.
      const phrase = t.lower === 'statement' || t.lower === 'interview';
      const inPhrase = phrase && ['a', 'an'].includes(this.tok(j - 1)?.lower ?? '') && this.tok(j - 2)?.lower === 'in';
      if (phrase && !inPhrase) break;
      if (VERB_FILLERS.has(t.lower) || TIME_FILLERS.has(t.lower) || /ly$/u.test(t.lower) || this.isWeekday(t)) {
        if (t.cap && !this.isWeekday(t) && !t.initial) break;
        j--;
        steps++;
        continue;
      }
      break;
    }
    if (j < first) return undefined;
    // "Smith was quick to agree and said…", "…, but now said": a coordinated verb shares the sentence's subject.
    const conj = this.tok(j) as Token;
    if (['and', 'but', 'yet', 'then'].includes(conj.lower) && sentenceSubject && sentenceSubject.last < j) {
      return sentenceSubject;
    }
    // "Lee was quick to add", "Lee is eager to say": the one the adjective describes speaks.
    const be = this.tok(j - 1);
    if (
      this.tok(j + 1)?.lower === 'to' &&
      be !== undefined &&
      BE.has(be.lower) &&
      !conj.cap &&
      lexTags(conj.lower).includes('Adjective') &&
      j - 2 >= first
    )
      return this.subjectBefore(j - 1, first, sentenceSubject);
    // "a new ad that urges voters…": a relative pronoun's verb belongs to the phrase before it.
    if (['that', 'which', 'who'].includes(conj.lower) && j - 1 >= first && !punctuated(conj.gap)) {
      return this.npEndingAt(j - 1, first);
    }
    const verbGap = (this.tok(j + 1) as Token).gap;
    if (/^\.?\)\s*$/u.test(verbGap)) {
      // "Sen. Ann Lee (D-Tex.) said": step over the bracket.
      const end = this.beforeBracket(j, first);
      return end === undefined ? undefined : this.npEndingAt(end, first);
    }
    // "Lee, 35, said", and "Lee, R-Ky., said" / "Lee Jr., said" with an abbreviation's period before the comma.
    if (/^\.?,\s*$/u.test(verbGap)) return this.beforeAppositive(j, first);
    if (punctuated(verbGap)) return undefined;
    const np = this.npEndingAt(j, first);
    return (np && (this.unclosedRelative(np.first, first) ?? this.unclosedAppositive(np, first))) ?? np;
  }

  /**
   * "Sam Roe, the communications director for the party said": an appositive whose closing comma is missing; the
   * name it describes is the subject. The name must open its clause: in "After meeting Roe, the director said",
   * the director speaks.
   */
  private unclosedAppositive(np: Head, first: number): Head | undefined {
    if (np.ref?.type === 'name' || !/^,\s*$/u.test((this.tok(np.first) as Token).gap)) return undefined;
    const lead = this.tok(np.first) as Token;
    if (!DETERMINERS.has(lead.lower) && !lead.possessive) return undefined;
    const name = this.endingAt.get(np.first - 1);
    if (name?.type !== 'name' || name.first < first || (this.tok(name.last) as Token).possessive) return undefined;
    const outer = this.npEndingAt(np.first - 1, first);
    const start = outer?.first ?? name.first;
    return start === first || punctuated((this.tok(start) as Token).gap) ? outer : undefined;
  }

  /**
   * "Ann Lee, who is chairman of the fund said": a relative clause whose closing comma is missing; what it says
   * Lee is, is not who spoke.
   */
  private unclosedRelative(start: number, first: number): Head | undefined {
    const be = this.tok(start - 1);
    const who = this.tok(start - 2);
    if (!be || !who || !BE.has(be.lower) || who.lower !== 'who' || !/^,\s*$/u.test(who.gap)) return undefined;
    if (!singleSpace(be.gap) || !singleSpace((this.tok(start) as Token).gap) || start - 3 < first) return undefined;
    const name = this.endingAt.get(start - 3);
    return name?.type === 'name' ? this.npEndingAt(start - 3, first) : undefined;
  }

  /** The token before the "(" of a short bracket whose last token is j: "Lee (D-Tex.)" → Lee. */
  private beforeBracket(j: number, first: number): number | undefined {
    let m = j;
    while (m > first && m > j - 8 && !/\(/u.test((this.tok(m) as Token).gap)) m--;
    return /\(/u.test((this.tok(m) as Token).gap) && m - 1 >= first ? m - 1 : undefined;
  }

  private isWeekday(t: Token): boolean {
    return /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/u.test(t.lower);
  }

  /** ", the agency’s governing board, said" / "Lee, 35, said": the phrase before the appositive. */
  private beforeAppositive(end: number, first: number): Head | undefined {
    return this.appositiveHead(end, first) ?? this.nameBeforeCommas(end, first);
  }

  /**
   * "Ann Lee, assistant secretary for trade, labour, and migration, said", "Lee, who met Kim, said": an
   * appositive with commas of its own or a relative clause; the nearest name that a comma follows, within reach.
   */
  private nameBeforeCommas(end: number, first: number): Head | undefined {
    for (let m = end; m > first && m > end - 30; m--) {
      const t = this.tok(m) as Token;
      // "Ann Lee (D-Md.), who backed Kim, said": a party tag may close the name.
      const tagged = /^\.?\),\s*$/u.test(t.gap);
      if (t.quote >= 0 || (!tagged && /[;:()“”"«»]/u.test(t.gap))) return undefined;
      if (!/,/u.test(t.gap)) continue;
      const last = tagged ? this.beforeBracket(m - 1, first) : m - 1;
      if (last === undefined) return undefined;
      const name = this.endingAt.get(last);
      if (name?.type !== 'name' || name.first < first || (this.tok(last) as Token).possessive) continue;
      // The name opens its clause, alone or after a title ("Rep. Ann Lee, who…").
      const np = this.npEndingAt(last, first);
      const start = np?.first ?? name.first;
      if (start === first || punctuated((this.tok(start) as Token).gap)) return np;
    }
    return undefined;
  }

  private appositiveHead(end: number, first: number): Head | undefined {
    for (let m = end; m > first && m > end - 40; m--) {
      const t = this.tok(m) as Token;
      if (t.quote >= 0) return undefined;
      if (!/,/u.test(t.gap)) continue;
      const lead = t;
      const appositive =
        DETERMINERS.has(lead.lower) ||
        lead.possessive ||
        /^\d/u.test(lead.lower) ||
        isRoleNoun(lead.lower) ||
        (!lead.cap && npWord(lead)) ||
        (lead.cap && m - 1 >= first && this.endingAt.has(m - 1));
      if (!appositive) return undefined;
      // "Ann Lee (D-Tex.), chair of the panel, said": the name stands before the party tag.
      const before = /\)/u.test(lead.gap) ? this.beforeBracket(m - 1, first) : m - 1;
      if (before === undefined) return undefined;
      const head = this.npEndingAt(before, first);
      // "Ann Lee, director of the Y Fund, a super PAC, said", "Lee, a welder from Riverton, Ohio, says": the phrase
      // found is itself an appositive, set off from a name before it; that name is the subject.
      const nested =
        head !== undefined &&
        !head.ref &&
        /^,\s*$/u.test((this.tok(head.first) as Token).gap) &&
        this.nameEndingAt(head.first - 1, first);
      // "The opposition leader, Jane Roe, said": a name set off by commas after a description is the subject.
      const inner = this.startingAt.get(m);
      if (inner?.type === 'name' && inner.last === end && head?.ref?.type !== 'name' && !nested)
        return this.headOf(inner);
      if (!head) return undefined;
      // "Lee, a salesman from Riverton, Ohio, says", "Lee, who worked for Sen. Roe (R-Ohio), one of its authors,
      // called": the phrase before the nearest comma sits behind a preposition, inside the appositive, and a
      // preposition's object is no verb's subject; the subject is further back.
      if (nested || this.behindPreposition(head.first, first)) continue;
      return head;
    }
    return undefined;
  }

  private nameEndingAt(j: number, first: number): boolean {
    const r = this.endingAt.get(j);
    return r?.type === 'name' && r.first >= first && !(this.tok(j) as Token).possessive;
  }

  /** Does a preposition stand right before the phrase starting at token i ("from Riverton", "for Sen. Roe")? */
  private behindPreposition(i: number, first: number): boolean {
    const before = this.tok(i - 1);
    // "As Lee, the party's No. 2, put it": "as" opens a clause as often as it governs a phrase.
    return (
      i > first &&
      before !== undefined &&
      singleSpace((this.tok(i) as Token).gap) &&
      PREPOSITIONS.has(before.lower) &&
      before.lower !== 'as'
    );
  }

  /**
   * The noun phrase ending at token j, read back to its start. Its head is the name, description or pronoun
   * ending at j; when a preposition links two phrases ("X of the Y"), the head is X. A common noun with no
   * name ending the phrase is a nominal head ("the spokesman", "officials").
   */
  npEndingAt(j: number, first: number): Head | undefined {
    const t = this.tok(j);
    if (!t || t.quote >= 0) return undefined;
    let start = j;
    const ref = this.endingAt.get(j);
    if (ref) start = ref.first;
    else if (!npWord(t) || DETERMINERS.has(t.lower)) return undefined;
    // Read back over modifiers: "Riverton regional governor", "the country's lead negotiator", "79-year-old".
    while (start - 1 >= first) {
      const cur = this.tok(start) as Token;
      const prev = this.tok(start - 1) as Token;
      // Before a noun, a base form is a modifier: "lead negotiator", "acting director".
      const modifier = !prev.cap && lexTags(prev.lower).includes('Infinitive') && !speechGroup(prev.lower);
      if (!singleSpace(cur.gap) || (!npWord(prev) && !modifier)) break;
      start--;
      if (DETERMINERS.has(prev.lower)) break;
    }
    // "Ann Lee of Riverton, New Amsterdam": a place after a place, comma between, is one place phrase.
    if (ref && this.isPlace(ref)) {
      const cur = this.tok(start) as Token;
      const before = this.endingAt.get(start - 1);
      if (before && this.isPlace(before) && /^,\s+$/u.test(cur.gap) && before.first >= first) start = before.first;
    }
    let head: Head = ref ? { ref, token: j, first: start, last: j } : { token: j, first: start, last: j };
    // "Archbishop X of the Y": when "of/for/at/from" (+ "the") joins two phrases, the head is the first one.
    const of = this.ofBefore(start, first);
    if (of !== undefined) {
      const outer = this.npEndingAt(of - 1, first);
      if (outer && (outer.ref?.type === 'name' || outer.ref?.type === 'descriptor' || !outer.ref)) {
        const outerTok = this.tok(outer.token) as Token;
        if (outer.ref || isRoleNoun(outerTok.lower) || outerTok.cap) head = { ...outer, last: j };
      }
    }
    return head;
  }

  /** Index of "of"/"for"/"at"/"from"/"with" right before a phrase starting at `start` (skipping "the"). */
  private ofBefore(start: number, first: number): number | undefined {
    let k = start - 1;
    const cur = this.tok(start) as Token;
    if (!singleSpace(cur.gap)) return undefined;
    const t = this.tok(k);
    if (!t) return undefined;
    if (['of', 'for', 'at', 'from', 'with'].includes(t.lower) && k - 1 >= first) {
      const before = this.tok(k) as Token;
      if (!singleSpace(before.gap)) return undefined;
      return k;
    }
    if (t.lower === 'the' && k - 1 >= first) {
      k--;
      const p = this.tok(k) as Token;
      if (['of', 'for', 'at', 'from', 'with'].includes(p.lower) && singleSpace(t.gap) && singleSpace(p.gap)) return k;
    }
    return undefined;
  }

  /**
   * The noun phrase starting at token i, read forward: "said Brandt constituent Dan Roe when…" → Dan
   * Roe; "said Kate Moss, executive director of…" → Kate Moss; "said a longtime adviser to X" → the
   * nominal "adviser" (X is behind a preposition).
   */
  npAfter(i: number, last: number, inverted = false): Head | undefined {
    const t = this.tok(i);
    if (!t || i > last || t.quote >= 0) return undefined;
    let j = i;
    let headRef: Ref | undefined;
    let headTok = -1;
    while (j <= last) {
      const cur = this.tok(j) as Token;
      if (j > i && !singleSpace(cur.gap)) break;
      const ref = this.startingAt.get(j);
      if (ref) {
        headRef = ref;
        headTok = ref.last;
        j = ref.last + 1;
        if ((this.tok(ref.last) as Token).possessive) {
          headRef = undefined;
          headTok = -1;
        }
        continue;
      }
      const modifier = inverted && !npWord(cur) && this.modifiesName(j, last);
      if ((!npWord(cur) && !modifier) || isTimeWord(cur.lower)) break;
      // A past form after the phrase's noun is its verb: "Lee released a statement" (compromise calls
      // "released" an adjective, which it is only before a noun).
      if (j > i && !modifier && !cur.cap && /[^e]ed$/u.test(cur.lower) && !cur.lower.includes('-')) break;
      if (!DETERMINERS.has(cur.lower) && !/^\d/u.test(cur.lower)) {
        headTok = j;
        headRef = undefined;
      }
      j++;
      if (cur.possessive) {
        headTok = -1;
        headRef = undefined;
      }
    }
    // "said the 46-year-old": an age standing for the person is the head.
    if (headTok < 0 && j - 1 >= i && /^\d+-year-old$/u.test((this.tok(j - 1) as Token).lower)) headTok = j - 1;
    if (headTok < 0) return undefined;
    const head: Head = headRef
      ? { ref: headRef, token: headTok, first: i, last: j - 1 }
      : { token: headTok, first: i, last: j - 1 };
    if (!head.ref || head.ref.type === 'descriptor') {
      // "a reporter, Jane Roe," / "the state’s governor, Ann Lee": a name in apposition names the nominal.
      const next = this.tok(j);
      if (next && /^,\s*$/u.test(next.gap)) {
        const named = this.startingAt.get(j);
        if (named?.type === 'name') {
          const after = this.tok(named.last + 1);
          if (!after || after.sentence !== next.sentence || /^[,.;]/u.test(after.gap)) {
            return { ref: named, token: named.last, first: i, last: named.last };
          }
        }
      }
    }
    return head;
  }

  /**
   * After an inverted speech verb, a word the lexicon reads as a verb is a modifier when the phrase goes on to a
   * name: "said retired Army Lt. Gen. X", "said party boss X", "said ranking Democrat X", "said Ohio delegate X".
   * Only there: before a verb of its own, "Lawmakers urged Senator X" is a subject, its verb and an object.
   */
  private modifiesName(j: number, last: number): boolean {
    const t = this.tok(j) as Token;
    const w = t.lower;
    if (t.cap || t.quote >= 0 || PREPOSITIONS.has(w) || CONJUNCTIONS.has(w) || CLAUSE_WORDS.has(w)) return false;
    if (BE.has(w) || AUX.has(w) || speechGroup(w) || /ly$/u.test(w)) return false;
    const tags = lexTags(w);
    if (!tags.some((g) => g === 'Infinitive' || g === 'PastTense' || g === 'Gerund' || g === 'Verb')) return false;
    for (let m = j + 1; m <= last && m <= j + 5; m++) {
      const next = this.tok(m) as Token;
      if (!singleSpace(next.gap)) return false;
      if (this.startingAt.get(m)?.type === 'name') return true;
      if (!npWord(next) || DETERMINERS.has(next.lower)) return false;
    }
    return false;
  }

  /** "WASHINGTON (AP) — Lee said": the sentence proper starts after a dateline's dash. */
  private afterDateline(first: number, last: number): number {
    for (let k = first + 1; k <= last && k - first <= 8; k++) {
      const t = this.tok(k) as Token;
      if (/[—–]|\s-\s/u.test(t.gap)) {
        const head = this.para.tokens.slice(first, k);
        return head.every((x) => x.cap || /^\d/u.test(x.text)) ? k : first;
      }
      if (/[,.;:“”"]/u.test(t.gap)) return first;
    }
    return first;
  }

  /** The subject of a sentence: the first noun phrase after an opening adverbial ("On Monday," "As …,"). */
  private sentenceSubject(start: number, last: number): Head | undefined {
    const first = this.afterDateline(start, last);
    let i = first;
    const opener = this.tok(first) as Token;
    // "Here in Riverton, Lee said": a place adverbial opens the sentence like "In Riverton,".
    const here = opener.lower === 'here' && ['in', 'at', 'on'].includes(this.tok(first + 1)?.lower ?? '');
    // "Kelly Ayers said": a name that happens to end in -ly or -ing is the subject, not an adverbial opener.
    const named = this.startingAt.get(first)?.type === 'name' && !OPENERS.has(opener.lower);
    const adverbial = !named && (/ly$/u.test(opener.lower) || /ing$/u.test(opener.lower));
    if (OPENERS.has(opener.lower) || here || adverbial) {
      // Skip to the first comma within reach (an opening clause may be long: "When told the port was in the
      // running for …, Lee said"); without one there is no clear subject.
      let k = first + 1;
      while (k <= last && k - first < 30 && !/,/u.test((this.tok(k) as Token).gap)) k++;
      if (k > last || k - first >= 30) {
        // "But Smith said…", "And the senator added…": a conjunction alone opens the sentence.
        if (['but', 'and', 'yet', 'still', 'so'].includes(opener.lower)) i = first + 1;
        else return undefined;
      } else i = k;
    }
    while (i <= last && (this.tok(i) as Token).quote >= 0) return undefined;
    let np = this.npAfter(i, last);
    // "Speaking in Riverton, New Amsterdam, Lee said": a place closing the opener is not the subject.
    for (let tries = 0; tries < 2 && np?.ref && this.isPlace(np.ref) && i > first; tries++) {
      const after = this.tok(np.last + 1);
      if (!after || !/^,\s+$/u.test(after.gap)) break;
      i = np.last + 1;
      np = this.npAfter(i, last);
    }
    // "Speaking in Riverton, which hosts the vote, Lee said": a relative clause on the opener is not the subject.
    if (np?.ref?.type === 'relative' && i > first) {
      let k = np.last + 1;
      while (k <= last && k - i < 25 && !/,/u.test((this.tok(k) as Token).gap)) k++;
      np = k <= last && k - i < 25 ? this.npAfter(k, last) : undefined;
      if (!np) return undefined;
    }
    if (!np) {
      const ref = this.startingAt.get(i);
      return ref ? { ref, token: ref.last, first: i, last: ref.last } : undefined;
    }
    return np;
  }
}

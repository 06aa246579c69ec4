// The hand-written attribution rules, tried in order, first answer wins:
//   1. the clause right after the quote: "“…,” he said", "“…,” said Smith", "“…,” Smith, the minister, added",
//      "“…,” according to Smith";
//   2. the nearest speech verb before the quote in its sentence and that verb's subject: "Smith said that “…”",
//      "Smith, who said “…”", "…, the IMF chief said, … “…”", "prompting Smith to warn that … “…”";
//   3. a speech clause later in the sentence: "… “…” and, he stresses, …", or at its end when the sentence
//      opens with the quote;
//   4. continuation: a quote that opens a sentence or paragraph right after an attributed quote.
// Their answers are one feature among many of the speaker ranker (speaker-features.ts), which decides.
import { isTimeWord } from './lexicon.ts';
import { TIME_FILLERS, VERB_FILLERS } from './lexicon-speech.ts';
import type { PronounResolver } from './pronouns.ts';
import type { QuoteSpan } from './quotes.ts';
import { blankBetween, lowerBound, rangeAt } from './ranges.ts';
import type { Ref } from './refs.ts';
import type { Draft } from './registry.ts';
import type { Range } from './sentences.ts';
import { speechVerbAt } from './speech.ts';
import type { Token } from './tokens.ts';

export interface AttrPara {
  text: string;
  tokens: Token[];
  quotes: QuoteSpan[];
  sentences: Range[];
  refs: Ref[];
}

/** Speaker draft index for each quote of each paragraph (-1 when unknown), and how it was found. */
export interface Attribution {
  speaker: number;
  how: 'after' | 'before' | 'later' | 'continued' | 'ranked' | 'none';
  /** The ranker's probability for the speaker it chose (absent for the rules' own answers). */
  confidence?: number;
  /** With no entity: the text's description of the speaker ("a campaign official"). */
  description?: string;
}

/** Attribution clauses sit near their quote; looking further only costs time on freak paragraphs. */
const WINDOW = 80;
const singleSpace = (gap: string) => gap === ' ' || gap === '\u00a0';
const isFiller = (t: Token) =>
  VERB_FILLERS.has(t.lower) ||
  TIME_FILLERS.has(t.lower) ||
  isTimeWord(t.lower) ||
  /ly$/u.test(t.lower) ||
  /^\d/u.test(t.text);

/** The rules' answer for every quote of every paragraph. */
export function ruleAttributions(
  paras: readonly AttrPara[],
  drafts: readonly Draft[],
  resolvePronoun: PronounResolver,
): Attribution[][] {
  const out: Attribution[][] = [];
  paras.forEach((para, p) => {
    const ctx = new ParaContext(para, p, resolvePronoun, drafts);
    const results: Attribution[] = [];
    para.quotes.forEach((_q, qi) => {
      let a = ctx.after(qi) ?? ctx.before(qi) ?? ctx.later(qi);
      if (!a || a.speaker < 0) {
        const cont = continuation(paras, out, results, p, qi);
        if (cont >= 0) a = { speaker: cont, how: 'continued' };
      }
      results.push(a ?? { speaker: -1, how: 'none' });
    });
    out.push(results);
  });
  return out;
}

function continuation(
  paras: readonly AttrPara[],
  done: readonly Attribution[][],
  current: readonly Attribution[],
  p: number,
  qi: number,
): number {
  const para = paras[p] as AttrPara;
  const q = para.quotes[qi] as QuoteSpan;
  const sentenceStart = para.sentences[rangeAt(para.sentences, q.open)]?.[0] ?? 0;
  const opensSentence = blankBetween(para.text, sentenceStart, q.open);
  const prev = current[qi - 1];
  if (prev && prev.speaker >= 0 && opensSentence) return prev.speaker;
  if (qi > 0 || !blankBetween(para.text, 0, q.open)) return -1;
  // A paragraph that opens with a quote continues the previous paragraph's speaker when that paragraph ended
  // in an attributed quote (or one left open, as multi-paragraph quotes are).
  const before = paras[p - 1];
  const beforeAttr = done[p - 1];
  if (!before || !beforeAttr || before.quotes.length === 0) return -1;
  const lastQuote = before.quotes[before.quotes.length - 1] as QuoteSpan;
  const lastAttr = beforeAttr[beforeAttr.length - 1];
  if (!lastAttr || lastAttr.speaker < 0) return -1;
  const tail = before.text.slice(Math.min(before.text.length, lastQuote.close + 1));
  return lastQuote.unclosed || tail.length < 80 ? lastAttr.speaker : -1;
}

class ParaContext {
  private readonly refEndingAt = new Map<number, Ref>();
  private readonly refStartingAt = new Map<number, Ref>();
  private readonly para: AttrPara;
  private readonly p: number;
  private readonly resolvePronoun: (p: number, at: number, word: string) => number;
  private readonly drafts: readonly Draft[];
  private readonly starts: number[];
  private subjects: Map<number, Ref | undefined> | undefined;

  constructor(
    para: AttrPara,
    p: number,
    resolvePronoun: (p: number, at: number, word: string) => number,
    drafts: readonly Draft[],
  ) {
    this.para = para;
    this.p = p;
    this.resolvePronoun = resolvePronoun;
    this.drafts = drafts;
    this.starts = para.tokens.map((t) => t.start);
    for (const r of para.refs) {
      if (r.quoted) continue;
      this.refEndingAt.set(r.last, r);
      if (!this.refStartingAt.has(r.first)) this.refStartingAt.set(r.first, r);
    }
  }

  private tok(i: number): Token | undefined {
    return this.para.tokens[i];
  }

  private quoteSentence(qi: number): number {
    const q = this.para.quotes[qi] as QuoteSpan;
    return Math.max(0, rangeAt(this.para.sentences, q.open));
  }

  private firstTokenAfter(qi: number): number {
    const q = this.para.quotes[qi] as QuoteSpan;
    const limit = Math.min(this.para.tokens.length, lowerBound(this.starts, q.close + 1) + WINDOW);
    for (let i = lowerBound(this.starts, q.close + 1); i < limit; i++) {
      if ((this.para.tokens[i] as Token).quote < 0) return i;
    }
    return -1;
  }

  private lastTokenBefore(qi: number): number {
    const q = this.para.quotes[qi] as QuoteSpan;
    const from = lowerBound(this.starts, q.open) - 1;
    for (let i = from; i >= 0 && i > from - WINDOW; i--) {
      const t = this.para.tokens[i] as Token;
      if (t.end <= q.open && t.quote < 0) return i;
    }
    return -1;
  }

  private speaker(r: Ref | undefined): number {
    if (!r) return -1;
    if (r.type === 'pronoun') return this.resolvePronoun(this.p, r.start, r.word);
    if (r.type === 'relative') return this.speaker(this.antecedent(r));
    return r.entity;
  }

  /** A ref starting at token i, allowing capitalized title words first ("Danish Foreign Minister Karen Holm"). */
  private refAt(i: number): Ref | undefined {
    for (let k = i; k < i + 6; k++) {
      const r = this.refStartingAt.get(k);
      if (r) return r;
      const t = this.tok(k);
      const next = this.tok(k + 1);
      if (!t || !next || !t.cap || !singleSpace(next.gap) || t.possessive) return undefined;
    }
    return undefined;
  }

  /** 1. The clause right after the quote. */
  after(qi: number): Attribution | undefined {
    const q = this.para.quotes[qi] as QuoteSpan;
    const i = this.firstTokenAfter(qi);
    const t = this.tok(i);
    if (!t || t.sentence !== this.quoteSentence(qi)) return undefined;
    if (!/^[\s,;:—–-]*$/u.test(this.para.text.slice(q.close + 1, t.start))) return undefined;
    const nextQuote = this.para.quotes[qi + 1];
    const inClause = (k: number) => {
      const tk = this.tok(k);
      return tk !== undefined && tk.quote < 0 && (!nextQuote || tk.start < nextQuote.open);
    };
    // “…,” said Smith / says the secretary general
    if (speechVerbAt(this.para.tokens, i, 'after-quote')) {
      const r = this.refAt(i + 1);
      if (r && inClause(r.first)) return { speaker: this.speaker(r), how: 'after' };
    }
    // “…,” according to Smith
    if (t.lower === 'according' && this.tok(i + 1)?.lower === 'to') {
      const r = this.refAt(i + 2);
      if (r) return { speaker: this.speaker(r), how: 'after' };
    }
    // “…,” Smith (, the minister,) (also) said
    const r = this.refAt(i);
    if (r && r.type !== 'relative') {
      let k = this.skipAppositive(r.last + 1);
      while (this.tok(k) && isFiller(this.tok(k) as Token) && k - r.last < 4) k++;
      const verb = this.tok(k);
      if (verb && inClause(k)) {
        if (speechVerbAt(this.para.tokens, k, 'after-quote')) return { speaker: this.speaker(r), how: 'after' };
        // “…”, he defends. — any verb ending the clause attributes in this position.
        const following = this.tok(k + 1);
        const endsClause = !following || following.sentence !== verb.sentence || /[,;.!?]/u.test(following.gap);
        if (!verb.cap && /(?:s|ed)$/u.test(verb.lower) && endsClause && k === r.last + 1) {
          return { speaker: this.speaker(r), how: 'after' };
        }
      }
    }
    return undefined;
  }

  /** Skips ", the agency’s governing board," after a name; returns the index to continue at. */
  private skipAppositive(k: number): number {
    const first = this.tok(k);
    if (!first || !/^,\s+$/u.test(first.gap)) return k;
    for (let j = k + 1; j < k + 16; j++) {
      const t = this.tok(j);
      if (!t || t.quote >= 0) return k;
      if (/[.;:“”"]/u.test(t.gap)) return k;
      if (/,/u.test(t.gap)) return j;
    }
    return k;
  }

  /** 2. The nearest speech verb before the quote in the same sentence, and its subject. */
  before(qi: number): Attribution | undefined {
    const sentence = this.quoteSentence(qi);
    const from = this.lastTokenBefore(qi);
    for (let k = from; k >= 0 && k > from - WINDOW; k--) {
      const t = this.tok(k) as Token;
      if (t.sentence !== sentence) break;
      if (t.quote >= 0) continue;
      if (t.lower === 'according' && this.tok(k + 1)?.lower === 'to') {
        const r = this.refAt(k + 2);
        if (r) return { speaker: this.speaker(r), how: 'before' };
        continue;
      }
      if (!speechVerbAt(this.para.tokens, k, 'before-quote')) continue;
      const subject = this.subjectOf(k, sentence);
      if (subject === 'none') continue;
      if (subject === 'nonentity') return { speaker: -1, how: 'before' };
      return { speaker: this.speaker(subject), how: 'before' };
    }
    // A participle with no subject of its own ("…, saying that “…”") speaks for the sentence's subject.
    const subject = this.sentenceSubject(sentence);
    if (subject && this.hasParticipleBefore(from, sentence)) return { speaker: this.speaker(subject), how: 'before' };
    return undefined;
  }

  private hasParticipleBefore(from: number, sentence: number): boolean {
    for (let i = from; i >= 0 && i > from - WINDOW; i--) {
      const t = this.para.tokens[i] as Token;
      if (t.sentence !== sentence) return false;
      if (t.quote < 0 && /ing$/u.test(t.lower) && speechVerbAt(this.para.tokens, i, 'before-quote')) return true;
    }
    return false;
  }

  /** The first name, description or pronoun of a sentence, outside quotes. */
  private sentenceSubject(sentence: number): Ref | undefined {
    if (!this.subjects) {
      this.subjects = new Map();
      for (const r of this.para.refs) {
        const t = this.tok(r.first);
        if (r.quoted || !t || r.type === 'relative' || this.subjects.has(t.sentence)) continue;
        let subject: Ref | undefined;
        if (r.type === 'pronoun') subject = r.word === 'he' || r.word === 'she' ? r : undefined;
        else {
          const kind = this.drafts[r.entity]?.kind;
          subject = kind === 'person' || kind === 'organization' ? r : undefined;
        }
        this.subjects.set(t.sentence, subject);
      }
    }
    return this.subjects.get(sentence);
  }

  /** The subject of the speech verb at token k: a ref, 'none' (participle, coordination) or 'nonentity'. */
  private subjectOf(k: number, sentence: number, depth = 0): Ref | 'none' | 'nonentity' {
    const verb = this.tok(k) as Token;
    let j = k - 1;
    let sawTo = false;
    let steps = 0;
    let gapAfter = verb.gap;
    while (j >= 0 && steps < 6) {
      const t = this.tok(j) as Token;
      if (t.sentence !== sentence || t.quote >= 0) break;
      if (/^\)\s*$/u.test(gapAfter)) {
        // "The Rail Agency (ERA) said": step over the bracket.
        let m = j;
        while (m > 0 && m > j - 8 && !/\(/u.test((this.tok(m) as Token).gap)) m--;
        const open = this.tok(m) as Token;
        if (!/^\s*\(\s*$/u.test(open.gap)) break;
        gapAfter = ' ';
        j = m - 1;
        continue;
      }
      if (/[,;:()—–]/u.test(gapAfter)) {
        // "The opposition leader, Jane Roe, said": a name set off by commas right before the verb.
        const r = this.refEndingAt.get(j);
        if (
          j === k - 1 &&
          /^,\s*$/u.test(gapAfter) &&
          r?.type === 'name' &&
          /,\s*$/u.test((this.tok(r.first) as Token).gap)
        ) {
          return r;
        }
        break;
      }
      gapAfter = t.gap;
      const r = this.refEndingAt.get(j);
      if (r) return r.type === 'relative' ? (this.antecedent(r) ?? 'none') : r;
      if (depth < 2 && speechVerbAt(this.para.tokens, j, 'before-quote')) return this.subjectOf(j, sentence, depth + 1);
      if (isFiller(t)) {
        if (t.lower === 'to') sawTo = true;
        j--;
        steps++;
        continue;
      }
      break;
    }
    const stop = this.tok(j);
    const stopNext = this.tok(j + 1);
    if (stopNext && /,/u.test(stopNext.gap) && stop && stop.sentence === sentence && !/ing$/u.test(verb.lower)) {
      // ", the agency’s governing board, said": jump back over the appositive to the name before it.
      const r = this.beforeAppositive(j, sentence);
      if (r) return r;
      return 'none';
    }
    if (/ing$/u.test(verb.lower) || sawTo) return 'none';
    if (!stop || stop.sentence !== sentence || stopNext?.gap.match(/[,;:()—–]/u)) return 'none';
    if (['and', 'or', 'but', 'while', 'then'].includes(stop.lower)) return 'none';
    if (!stop.cap) return 'nonentity';
    return 'none';
  }

  /** The ref before an appositive that ends at token `end`; follows nested appositives to their head. */
  private beforeAppositive(end: number, sentence: number): Ref | undefined {
    for (let m = end; m > end - 16 && m > 0; m--) {
      const t = this.tok(m) as Token;
      if (t.sentence !== sentence || t.quote >= 0) return undefined;
      if (!/,/u.test(t.gap)) continue;
      const r = this.refEndingAt.get(m - 1);
      if (!r) return undefined;
      return this.headOfAppositiveChain(r, sentence);
    }
    return undefined;
  }

  /** "Holm, an analyst at the Institute for Ports": the Institute's ref leads back to Holm. */
  private headOfAppositiveChain(r: Ref, sentence: number): Ref {
    for (let m = r.first; m > r.first - 12 && m > 0; m--) {
      const t = this.tok(m) as Token;
      if (t.sentence !== sentence || t.quote >= 0) break;
      if (!/,/u.test(t.gap)) continue;
      if (['a', 'an', 'the'].includes(t.lower) || t.possessive) {
        const head = this.refEndingAt.get(m - 1);
        if (head && head.type === 'name') return this.headOfAppositiveChain(head, sentence);
      }
      break;
    }
    return r;
  }

  /** Antecedent of "who"/"which": the name before the comma, or X in "X of the Y, which". */
  private antecedent(rel: Ref): Ref | undefined {
    const sentence = (this.tok(rel.first) as Token).sentence;
    for (let m = rel.first - 1; m >= 0 && m > rel.first - 5; m--) {
      const t = this.tok(m) as Token;
      if (t.sentence !== sentence) return undefined;
      const r = this.refEndingAt.get(m);
      if (!r) continue;
      if (r.type !== 'name' && r.type !== 'descriptor') return undefined;
      const of = this.tok(r.first - 1);
      const ofThe = of?.lower === 'the' ? this.tok(r.first - 2) : of;
      const ofIdx = of?.lower === 'the' ? r.first - 2 : r.first - 1;
      if (ofThe?.lower === 'of') {
        const head = this.refEndingAt.get(ofIdx - 1);
        if (head) return head;
      }
      return r;
    }
    return undefined;
  }

  /** 3. A speech clause later in the sentence. */
  later(qi: number): Attribution | undefined {
    const sentence = this.quoteSentence(qi);
    const q = this.para.quotes[qi] as QuoteSpan;
    const sentenceStart = this.para.sentences[sentence]?.[0] ?? 0;
    const firstQuoteInSentence = this.para.quotes.find(
      (x) => x.open >= sentenceStart && x.open < (this.para.sentences[sentence]?.[1] ?? 0),
    );
    const opensWithQuote =
      firstQuoteInSentence !== undefined && blankBetween(this.para.text, sentenceStart, firstQuoteInSentence.open);
    let found: Attribution | undefined;
    const from = this.firstTokenAfter(qi);
    for (let k = from; k >= 0 && k < this.para.tokens.length && k < from + WINDOW; k++) {
      const t = this.tok(k) as Token;
      if (t.sentence !== sentence) break;
      if (t.quote >= 0 || t.start < q.close) continue;
      if (!speechVerbAt(this.para.tokens, k, 'after-quote')) continue;
      const subject = this.refEndingAt.get(k - 1);
      const next = this.tok(k + 1);
      const parenthetical =
        subject && /,/u.test((this.tok(subject.first) as Token).gap) && next && /^,/u.test(next.gap);
      const final = !next || next.sentence !== sentence || /^[.!?]/u.test(next.gap);
      if (subject && subject.type !== 'relative' && (parenthetical || (final && opensWithQuote))) {
        return { speaker: this.speaker(subject), how: 'later' };
      }
      const inverted = this.refAt(k + 1);
      if (opensWithQuote && inverted && /,/u.test(t.gap)) found ??= { speaker: this.speaker(inverted), how: 'later' };
    }
    return found;
  }
}

// Word tokens of a paragraph with the facts name finding and attribution keep asking about: offsets,
// capitalization, possessive, sentence-initial, inside a quote.
import { isDottedAbbreviation } from './lexicon.ts';
import type { QuoteSpan } from './quotes.ts';
import type { Range } from './sentences.ts';

export interface Token {
  /** The word without a possessive ending ("Lopez" for "Lopez’s"). */
  text: string;
  lower: string;
  start: number;
  end: number;
  /** End including the possessive ending. */
  fullEnd: number;
  cap: boolean;
  possessive: boolean;
  /** First word of a sentence, of a quotation, or after a colon or an opening bracket. */
  initial: boolean;
  /** Index of the quote span it lies in, or -1. */
  quote: number;
  sentence: number;
  /** Text between the previous token's fullEnd and this token's start. */
  gap: string;
}

// A number with thousands separators or decimals is one word ("12,500", "3.5"): its comma is no clause break.
const WORD =
  /(?:\p{L}\.){2,}|\p{N}+(?:[.,]\p{N}+)+(?:[‐-][\p{L}\p{N}]+)*|[\p{L}\p{N}][\p{L}\p{N}\p{M}]*(?:[’'‐-][\p{L}\p{N}][\p{L}\p{N}\p{M}]*)*/gu;

const S = 's'.charCodeAt(0);
const DOT = '.'.charCodeAt(0);
const APOSTROPHE = "'".charCodeAt(0);
const RIGHT_SINGLE = '’'.charCodeAt(0);
const isApostrophe = (c: number) => c === APOSTROPHE || c === RIGHT_SINGLE;
const isLetter = (ch: string | undefined) => ch !== undefined && /\p{L}/u.test(ch);
const isUpper = (word: string) => {
  const c = word.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return /^\p{Lu}/u.test(word);
};
// A quotation mark, bracket or colon before a word starts a new clause: “Targeting…, (The Post), said: “We…
// A straight mark opens one only before a word inside the quote: after '…," ' it has just closed ('…," Mok said').
const opensClause = (gap: string, inQuote: boolean) => {
  for (let i = gap.length - 1; i >= 0; i--) {
    const ch = gap[i] as string;
    if (ch === ' ' || ch === '\u00a0' || ch === '\n' || ch === '\t') continue;
    if (ch === '"') return inQuote;
    return '“„«‘(:'.includes(ch);
  }
  return false;
};

export function tokenize(text: string, sentences: readonly Range[], quotes: readonly QuoteSpan[]): Token[] {
  const tokens: Token[] = [];
  let prevEnd = 0;
  let sentence = 0;
  let quote = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    let word = m[0];
    const start = m.index;
    let fullEnd = start + word.length;
    let possessive = false;
    const last = word.charCodeAt(word.length - 1);
    const beforeLast = word.charCodeAt(word.length - 2);
    const cap = isUpper(word);
    if (last === S && (beforeLast === APOSTROPHE || beforeLast === RIGHT_SINGLE) && word.length > 2) {
      word = word.slice(0, -2);
      possessive = true;
    } else if (last === S && cap && isApostrophe(text.charCodeAt(fullEnd)) && !isLetter(text[fullEnd + 1])) {
      // Plural possessive: "the Beatles’ songs".
      possessive = true;
      fullEnd += 1;
    } else if (
      text.charCodeAt(fullEnd) === DOT &&
      (isDottedAbbreviation(word.toLowerCase()) || (cap && word.length === 1))
    ) {
      word += '.';
      fullEnd += 1;
    }
    const end = start + word.length;
    while (sentence < sentences.length - 1 && (sentences[sentence]?.[1] ?? 0) <= start) sentence++;
    while (quote < quotes.length && (quotes[quote]?.close ?? 0) < start) quote++;
    const q = quotes[quote];
    const inQuote = q !== undefined && start > q.open && start < q.close;
    const gap = text.slice(prevEnd, start);
    const sentenceStart = sentences[sentence]?.[0] ?? 0;
    const initial =
      tokens.length === 0 ||
      tokens[tokens.length - 1]?.sentence !== sentence ||
      start <= sentenceStart ||
      opensClause(gap, inQuote);
    tokens.push({
      text: word,
      lower: word.toLowerCase(),
      start,
      end,
      fullEnd,
      cap,
      possessive,
      initial,
      quote: inQuote ? quote : -1,
      sentence,
      gap,
    });
    prevEnd = fullEnd;
    WORD.lastIndex = fullEnd;
  }
  return tokens;
}

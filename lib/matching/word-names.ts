// Names that are ordinary words too: "Long", "Law", "Jobs", "Small", surnames in a large archive. Capitalized, such a
// word is a name only where its capital is the writer's choice: after a lower-case word ("said Long"), a comma, a
// title ("Senator Long", "Mr. Long"), and not followed by another capitalized word, which would make it part of a
// longer name the corpus does not know ("Small Business Administration"). At a sentence's or a paragraph's start,
// in a Title Case headline or a menu, the capital says nothing, and a reader would see "Long lines formed" lit up
// as someone's name. Checked only where such a form was found, on code units, without allocating.
// (matcher.ts imports this module; isSpace is only called, never read while either module is evaluated.)
import { isSpace } from './matcher.ts';

/** How far before a form the rule reads: a title and the whitespace before the form. */
export const WORD_NAME_LOOKBEHIND = 32;
/** How far past a form the rule reads: the whitespace after it and the next word's first unit. */
export const WORD_NAME_LOOKAHEAD = 8;

/** Words (lower case, no dot) that stand before a person's bare surname. General English titles and honorifics. */
export const PERSON_TITLES: ReadonlySet<string> = new Set([
  'ambassador',
  'archbishop',
  'bishop',
  'capt',
  'captain',
  'chairman',
  'chairwoman',
  'chancellor',
  'coach',
  'col',
  'colonel',
  'commissioner',
  'congressman',
  'congresswoman',
  'councillor',
  'councilman',
  'councilwoman',
  'dame',
  'detective',
  'director',
  'dr',
  'father',
  'gen',
  'general',
  'gov',
  'governor',
  'judge',
  'justice',
  'lady',
  'lieutenant',
  'lord',
  'lt',
  'mayor',
  'minister',
  'miss',
  'mr',
  'mrs',
  'ms',
  'officer',
  'pastor',
  'president',
  'prof',
  'professor',
  'rabbi',
  'rep',
  'representative',
  'rev',
  'reverend',
  'secretary',
  'sen',
  'senator',
  'sergeant',
  'sgt',
  'sheriff',
  'sir',
  'sister',
  'speaker',
]);

// Compiled on first use, where a name that is a word stands next to a letter outside ASCII.
let upper: RegExp | null = null;
let lower: RegExp | null = null;
const upperClass = () => {
  upper ??= /\p{Lu}/u;
  return upper;
};
const lowerClass = () => {
  lower ??= /\p{Ll}/u;
  return lower;
};

/** Code points, not units: a letter outside the BMP is a surrogate pair. */
const isLower = (c: number) => (c >= 0x61 && c <= 0x7a) || (c >= 0x80 && lowerClass().test(String.fromCodePoint(c)));
const isUpper = (c: number) => (c >= 0x41 && c <= 0x5a) || (c >= 0x80 && upperClass().test(String.fromCodePoint(c)));
const isSurrogate = (c: number) => c >= 0xd800 && c <= 0xdfff;
/** Reading a word backwards unit by unit, a surrogate counts as a letter; the word's first letter is decoded. */
const isLetterUnit = (c: number) => isSurrogate(c) || isLower(c) || isUpper(c);
const isApostropheUnit = (c: number) => c === 0x27 || c === 0x2019;

/**
 * May the word-name form at [start, end) of `text` be a name there? `text` must hold WORD_NAME_LOOKBEHIND units
 * before `start` unless the run starts within them, and WORD_NAME_LOOKAHEAD after `end` unless it ends within them.
 */
export function isWordNameHere(text: string, start: number, end: number): boolean {
  const stop = Math.min(text.length, end + WORD_NAME_LOOKAHEAD);
  let j = end;
  while (j < stop && isSpace(text.charCodeAt(j))) j++;
  // "Law Enforcement", "Jobs Report": part of a longer name than the corpus's.
  if (j > end && j < stop && isUpper(text.codePointAt(j) ?? 0)) return false;
  // Reading back stops at the run's start or at the look-behind's (the same answer in any window onto the run).
  const limit = start - WORD_NAME_LOOKBEHIND;
  const floor = Math.max(0, limit);
  let i = start - 1;
  while (i >= floor && isSpace(text.charCodeAt(i))) i--;
  if (i < floor) return false;
  const c = text.charCodeAt(i);
  if (c === 0x2c || c === 0x3b) return true;
  // The word before: "said Long" or "in 2016 Long" lets the capital stand; "Senator Long" and "Mr. Long" too, but
  // not "…ended. Long", "…the U.S. Long" or "Weak Told Long Attempt".
  const dot = c === 0x2e;
  const wordEnd = dot ? i : i + 1;
  let w = wordEnd - 1;
  while (w >= floor && (isLetterUnit(text.charCodeAt(w)) || isApostropheUnit(text.charCodeAt(w)))) w--;
  if (w < limit) return false;
  if (w === wordEnd - 1) return !dot && c >= 0x30 && c <= 0x39;
  const first = text.codePointAt(w + 1) ?? 0;
  if (isLower(first)) return !dot;
  if (!isUpper(first)) return false;
  return PERSON_TITLES.has(text.slice(w + 1, wordEnd).toLowerCase());
}

// Word-boundary rules of the page-side matcher. Checked in code, only where a name was found, rather than as
// lookarounds in the pattern: Unicode property classes make a pattern several times slower to compile, and a
// content script compiles its pattern on every page.

/** Straight, right and left single quotes and the modifier-letter apostrophe all act as an apostrophe. */
export const APOSTROPHES = "'\u2019\u2018\u02BC";

const nonAsciiWordChar = /^[\p{L}\p{N}\p{M}]$/u;

/** The code point that ends at UTF-16 index `end` (a whole surrogate pair when there is one). */
function codePointBefore(text: string, end: number): string {
  const low = text.charCodeAt(end - 1);
  if (end >= 2 && low >= 0xdc00 && low <= 0xdfff) {
    const high = text.charCodeAt(end - 2);
    if (high >= 0xd800 && high <= 0xdbff) return text.slice(end - 2, end);
  }
  return text.charAt(end - 1);
}

/** The code point that starts at UTF-16 index `start`. */
function codePointAt(text: string, start: number): string {
  const cp = text.codePointAt(start);
  return cp === undefined ? '' : String.fromCodePoint(cp);
}

function isApostrophe(ch: string): boolean {
  return ch.length === 1 && APOSTROPHES.includes(ch);
}

/** Letters, digits and combining marks continue a word; hyphens, dashes and punctuation end it. */
function isWordChar(ch: string): boolean {
  if (ch === '') return false;
  const c = ch.charCodeAt(0);
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  return nonAsciiWordChar.test(ch);
}

/** Can a name start at `index`? Not inside a word, and not right after an apostrophe inside a word ("O'Brien"). */
export function isWordStart(text: string, index: number): boolean {
  if (index === 0) return true;
  const before = codePointBefore(text, index);
  if (isApostrophe(before)) {
    const at = index - before.length;
    return at === 0 || !isWordChar(codePointBefore(text, at));
  }
  return !isWordChar(before);
}

/**
 * Can a name end at `index`? At the end of the text, before a non-word character, or before an apostrophe that
 * does not start a longer word: "NATO's", "NATO’S" and "the States'" qualify, "O'Brien" after "O" does not.
 */
export function isWordEnd(text: string, index: number): boolean {
  if (index >= text.length) return true;
  const next = codePointAt(text, index);
  if (!isApostrophe(next)) return !isWordChar(next);
  const after = codePointAt(text, index + 1);
  if (!isWordChar(after)) return true;
  return (after === 's' || after === 'S') && !isWordChar(codePointAt(text, index + 2));
}

/** Matched text as a form key: any run of whitespace is one space, any apostrophe a straight one. */
export function formKey(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/[\u2019\u2018\u02BC]/g, "'");
}

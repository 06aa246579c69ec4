// Word-boundary rules of the page-side matcher. Checked in code, only where a name was found, rather than as
// lookarounds in the pattern: Unicode property classes make a pattern several times slower to compile, and a
// content script compiles its pattern on every page. Everything works on code points as numbers: these run once
// or twice per candidate on pages with thousands of names, and must not allocate.

/** Straight, right and left single quotes and the modifier-letter apostrophe all act as an apostrophe. */
export const APOSTROPHES = "'\u2019\u2018\u02BC";

/** Compiled on first use (the first non-ASCII character next to a name), never while the script is evaluated. */
let nonAsciiWordChar: RegExp | null = null;
/**
 * What the pattern said about each BMP code unit asked so far: 0 not asked, 1 a word character, 2 not. Typographic
 * quotes and dashes stand next to most names on a page, and asking the pattern means a string per call.
 */
let bmpClass: Uint8Array | null = null;

/** The code point that ends at UTF-16 index `end` (a whole surrogate pair when there is one), or -1 at the start. */
function codePointBefore(text: string, end: number): number {
  if (end <= 0) return -1;
  const low = text.charCodeAt(end - 1);
  if (end >= 2 && low >= 0xdc00 && low <= 0xdfff) {
    const high = text.charCodeAt(end - 2);
    if (high >= 0xd800 && high <= 0xdbff) return (high - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
  }
  return low;
}

/** The code point that starts at UTF-16 index `start`, or -1 past the end. */
function codePointAt(text: string, start: number): number {
  return start < text.length ? (text.codePointAt(start) ?? -1) : -1;
}

/** UTF-16 length of a code point. */
function width(cp: number): number {
  return cp > 0xffff ? 2 : 1;
}

function isApostrophe(cp: number): boolean {
  return cp === 0x27 || cp === 0x2019 || cp === 0x2018 || cp === 0x2bc;
}

/** Letters, digits and combining marks continue a word; hyphens, dashes and punctuation end it. */
function isWordChar(cp: number): boolean {
  if (cp < 0) return false;
  if (cp < 0x80) return (cp >= 0x30 && cp <= 0x39) || (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a);
  nonAsciiWordChar ??= /^[\p{L}\p{N}\p{M}]$/u;
  if (cp > 0xffff) return nonAsciiWordChar.test(String.fromCodePoint(cp));
  bmpClass ??= new Uint8Array(0x10000);
  let known = bmpClass[cp] ?? 0;
  if (known === 0) {
    known = nonAsciiWordChar.test(String.fromCharCode(cp)) ? 1 : 2;
    bmpClass[cp] = known;
  }
  return known === 1;
}

/** Can a name start at `index`? Not inside a word, and not right after an apostrophe inside a word ("O'Brien"). */
export function isWordStart(text: string, index: number): boolean {
  if (index === 0) return true;
  const before = codePointBefore(text, index);
  if (isApostrophe(before)) return !isWordChar(codePointBefore(text, index - 1));
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
  return (after === 0x73 || after === 0x53) && !isWordChar(codePointAt(text, index + 1 + width(after)));
}

/** Matched text as a form key: any run of whitespace is one space, any apostrophe a straight one. */
export function formKey(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/[\u2019\u2018\u02BC]/g, "'");
}

// The page side of matching: reads text once, left to right, and looks every would-be name up in the prebuilt
// form table (table.ts) by its hash. Nothing is compiled per page and nothing grows with the corpus but the table
// itself, read in place from one string. Pure and DOM-free; with chars.ts and hash.ts all of lib/matching that
// ships in the content script.
import type { EntityKind } from '../corpus/types.ts';
import { ENTITY_KINDS } from '../corpus/types.ts';
import { isWordEnd, isWordStart } from './chars.ts';
import { normalUnit, PAIR_BYTES, SEED_A, SEED_B, startBit } from './hash.ts';
import type { MatchSpan, PageMatcherData } from './types.ts';
import { VALUE_FORM, VALUE_GOES_ON, VALUE_INDEX, VALUE_SHARED, VALUE_WORD } from './types.ts';
import { isWordNameHere, WORD_NAME_LOOKAHEAD } from './word-names.ts';

export interface Matcher {
  /** Every mention in `text`, left to right, never overlapping; the longest name wins at each position. */
  find(text: string): MatchSpan[];
  /**
   * The mentions that start in [from, to) of `text`, left to right, appended to `out` as start, end, code triples
   * (no object per match): the code is an entity index, or for a shared form -1 - its index in `shared`. `text`
   * may be a window onto a longer run: with `more`, the run goes on past the end of `text`, and a name running
   * into that end might go on too. Returns where the next call should start: `to`, or the end of a mention
   * reaching past it; or, with `more`, the start (before `to`) of a mention that ran into the end of `text`,
   * which is not in `out` and needs a wider window.
   */
  scan(text: string, from: number, to: number, more: boolean, out: number[]): number;
  /**
   * Where in [from, to) of `text` a name might start, or -1: a test that never misses a name that scan() would
   * find in any piece of `text` read as a run of its own, whatever stands before and after that piece. Meant for
   * the text of many runs run together (an element's textContent): where one ends and the next begins is unknown,
   * so no word-boundary rule is applied and every character a form might end at is looked up.
   */
  screen(text: string, from: number, to: number): number;
  /** The longest form in characters: how far past its start a mention reaches (a single space between words). */
  readonly longest: number;
  kindOf(entity: number): EntityKind;
  /** A shared form's candidates, most likely first, and their cue words (see PageMatcherData.shared). */
  shared(index: number): { entities: readonly number[]; cues: readonly string[] } | undefined;
}

/** Returned by the reading of one candidate: it ran into the end of a window that has more after it. */
const NEEDS_MORE = -2;

export function createMatcher(data: PageMatcherData): Matcher {
  if (data.version !== 3) throw new Error(`matcher data version ${String(data.version)}; this build reads 3`);
  // One native call: the tables become a one-byte string, read in place with charCodeAt (no typed-array copy).
  const bin = atob(data.data);
  const { buckets, slots, longest } = data;
  const slotBase = buckets * 2;
  const kindBase = slotBase + slots * 7;
  const pairBase = kindBase + data.entities;
  if (bin.length !== pairBase + PAIR_BYTES) throw new Error('matcher data: tables and sizes disagree');

  // The code units forms start with, as one character class: the search for the next would-be name runs in the
  // regular-expression engine's compiled code from the first page on, where a loop over the characters in
  // JavaScript would run mostly in the engine's baseline tiers (a content script runs once per page, too briefly for
  // the optimizing compiler): about five times slower per character there. The class holds a few dozen code units
  // whatever the corpus (capitals, and the first letters of particles such as "de"), so it is no per-page compile
  // of something that grows with the names.
  // A lower-case particle is one code unit with its word's other letters, and no letter after them, looked ahead
  // for: every alternative matches one unit, so lastIndex - 1 is where it starts.
  const empty = data.starts.length === 0 && data.lowerStarts.length === 0;
  let units = '';
  for (let i = 0; i < data.starts.length; i++) units += escapeUnit(data.starts.charCodeAt(i));
  const alternatives = units ? [`[${units}]`] : [];
  for (const word of data.lowerStarts) {
    let rest = '';
    for (let i = 1; i < word.length; i++) rest += escapeUnit(word.charCodeAt(i));
    alternatives.push(`${escapeUnit(word.charCodeAt(0))}(?=${rest}(?![a-z\u00df-\u00ff]))`);
  }
  const nextStart = new RegExp(alternatives.join('|') || '(?!)', 'g');
  /** The value stored for the string whose unfinished lanes are (a, b), or 0. */
  // fmix, scale and slotOf of hash.ts written out, as the steps in read() are (the property test holds them to it).
  function lookup(a: number, b: number): number {
    let x = a ^ (a >>> 16);
    x = Math.imul(x, 0x85ebca6b);
    x ^= x >>> 13;
    x = Math.imul(x, 0xc2b2ae35);
    const ka = (x ^ (x >>> 16)) >>> 0;
    const bucket = Math.floor(ka * buckets * 2.3283064365386963e-10) * 2;
    const seed = bin.charCodeAt(bucket) | (bin.charCodeAt(bucket + 1) << 8);
    // fmix(b), then slotOf's fmix of it with the seed mixed in.
    x = b ^ (b >>> 16);
    x = Math.imul(x, 0x85ebca6b);
    x ^= x >>> 13;
    x = Math.imul(x, 0xc2b2ae35);
    let y = ((x ^ (x >>> 16)) >>> 0) ^ Math.imul(seed + 1, 0x9e3779b9);
    y ^= y >>> 16;
    y = Math.imul(y, 0x85ebca6b);
    y ^= y >>> 13;
    y = Math.imul(y, 0xc2b2ae35);
    y = (y ^ (y >>> 16)) >>> 0;
    const at = slotBase + Math.floor(y * slots * 2.3283064365386963e-10) * 7;
    const key =
      (bin.charCodeAt(at) |
        (bin.charCodeAt(at + 1) << 8) |
        (bin.charCodeAt(at + 2) << 16) |
        (bin.charCodeAt(at + 3) << 24)) >>>
      0;
    if (key !== ka) return 0;
    return bin.charCodeAt(at + 4) | (bin.charCodeAt(at + 5) << 8) | (bin.charCodeAt(at + 6) << 16);
  }

  // The value of the longest form found by read(), for its caller.
  let found = 0;

  /**
   * Read a would-be name from `start` (a word start): the end of the longest form there, or -1, or NEEDS_MORE.
   * Whitespace inside a name matches any run of it, any apostrophe a straight one; a form may end wherever the
   * word-end rule allows, and reading goes past whitespace only where some form does.
   *
   * The per-character steps of hash.ts (stepA, stepB, the ASCII cases of isSpace) are written out here: a content
   * script runs once per page, mostly before the engine's optimizing compiler would inline them, and in the
   * baseline tiers each call costs more than the step itself. The property test holds them to hash.ts.
   */
  function read(text: string, start: number, more: boolean): number {
    const n = text.length;
    let a = SEED_A;
    let b = SEED_B;
    let j = start;
    let best = -1;
    let solid = 0;
    for (;;) {
      // The word-end rule reads up to three characters past a name's end.
      if (more && j + 3 >= n) return NEEDS_MORE;
      if (j >= n) {
        const v = lookup(a, b);
        if (v & VALUE_FORM) {
          best = j;
          found = v;
        }
        return best;
      }
      const c = text.charCodeAt(j);
      // Letters and digits (ASCII) continue the word: no lookup, no call.
      if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39)) {
        if (++solid > longest) return best;
        a = Math.imul(a ^ c, 0x01000193);
        const m = Math.imul(b ^ c, 0x5bd1e995);
        b = m ^ (m >>> 13);
        j++;
        continue;
      }
      if (c === 0x20 || (c >= 0x09 && c <= 0x0d) || (c >= 0x80 && isSpace(c))) {
        const v = lookup(a, b);
        if (v & VALUE_FORM) {
          best = j;
          found = v;
        }
        if (!(v & VALUE_GOES_ON)) return best;
        a = Math.imul(a ^ 0x20, 0x01000193);
        const m = Math.imul(b ^ 0x20, 0x5bd1e995);
        b = m ^ (m >>> 13);
        j++;
        for (; j < n; j++) {
          const w = text.charCodeAt(j);
          if (w !== 0x20 && (w > 0x0d || w < 0x09) && (w < 0x80 || !isSpace(w))) break;
        }
        if (more && j + 3 >= n) return NEEDS_MORE;
        if (j >= n) return best;
        solid++;
        continue;
      }
      // Anything else may end a name: an ASCII unit here (no letter, digit or space) always does, but an apostrophe.
      if (j > start && ((c < 0x80 && c !== 0x27) || isWordEnd(text, j))) {
        const v = lookup(a, b);
        if (v & VALUE_FORM) {
          best = j;
          found = v;
        }
      }
      if (++solid > longest) return best;
      const unit = c === 0x2019 || c === 0x2018 || c === 0x2bc ? 0x27 : c;
      a = Math.imul(a ^ unit, 0x01000193);
      const m = Math.imul(b ^ unit, 0x5bd1e995);
      b = m ^ (m >>> 13);
      j++;
    }
  }

  function scan(text: string, from: number, to: number, more: boolean, out: number[]): number {
    if (empty) return to;
    let next = to;
    const last = Math.min(to, text.length);
    const search = nextStart;
    search.lastIndex = from;
    // test() with the global flag leaves lastIndex just past the code unit it found, and allocates no match.
    while (search.test(text)) {
      const start = search.lastIndex - 1;
      if (start >= last) break;
      const c0 = text.charCodeAt(start);
      const c1 = text.charCodeAt(start + 1);
      // The start filter: bit (c0, c1, c2) of the table after the kinds (normalUnit's ASCII letters and digits,
      // which it leaves as they are, without the call).
      const bit = startBit(
        normalUnit(c0),
        (c1 >= 0x61 && c1 <= 0x7a) || (c1 >= 0x41 && c1 <= 0x5a) || (c1 >= 0x30 && c1 <= 0x39) ? c1 : normalUnit(c1),
        text.charCodeAt(start + 2),
      );
      if ((bin.charCodeAt(pairBase + (bit >>> 3)) & (1 << (bit & 7))) === 0) continue;
      // The word-start rule, without the call after an ASCII space, the usual unit before a name.
      if (start > 0 && text.charCodeAt(start - 1) !== 0x20 && !isWordStart(text, start)) continue;
      const end = read(text, start, more);
      if (end === NEEDS_MORE) return start;
      if (end < 0) continue;
      if (found & VALUE_WORD) {
        if (more && end + WORD_NAME_LOOKAHEAD >= text.length) return start;
        if (!isWordNameHere(text, start, end)) continue;
      }
      out.push(start, end, found & VALUE_SHARED ? -1 - (found & VALUE_INDEX) : found & VALUE_INDEX);
      if (end > next) next = end;
      search.lastIndex = end;
    }
    return next;
  }

  /**
   * Would some form end at or after `start`'s reading, were a run to end anywhere? read() without the word rules:
   * every position is looked up (a run may end after any character), and reading stops only where no form goes on.
   * The hashing steps are read()'s, written out for the same reason as there.
   */
  function readLoose(text: string, start: number): boolean {
    const n = text.length;
    let a = SEED_A;
    let b = SEED_B;
    let j = start;
    let solid = 0;
    while (j < n) {
      const c = text.charCodeAt(j);
      const space = c === 0x20 || (c >= 0x09 && c <= 0x0d) || (c >= 0x80 && isSpace(c));
      if (j > start) {
        const v = lookup(a, b);
        if (v & VALUE_FORM) return true;
        if (space && !(v & VALUE_GOES_ON)) return false;
      }
      if (space) {
        a = Math.imul(a ^ 0x20, 0x01000193);
        const m = Math.imul(b ^ 0x20, 0x5bd1e995);
        b = m ^ (m >>> 13);
        j++;
        while (j < n && isSpace(text.charCodeAt(j))) j++;
        solid++;
        continue;
      }
      if (++solid > longest) return false;
      const unit = c === 0x2019 || c === 0x2018 || c === 0x2bc ? 0x27 : c;
      a = Math.imul(a ^ unit, 0x01000193);
      const m = Math.imul(b ^ unit, 0x5bd1e995);
      b = m ^ (m >>> 13);
      j++;
    }
    return (lookup(a, b) & VALUE_FORM) !== 0;
  }

  /** Is the start filter's bit of (c0, c1, c2) set? */
  function mayStart(c0: number, c1: number, c2: number): boolean {
    const bit = startBit(c0, c1, c2);
    return (bin.charCodeAt(pairBase + (bit >>> 3)) & (1 << (bit & 7))) !== 0;
  }

  function screen(text: string, from: number, to: number): number {
    if (empty) return -1;
    const last = Math.min(to, text.length);
    const search = nextStart;
    search.lastIndex = from;
    while (search.test(text)) {
      const start = search.lastIndex - 1;
      if (start >= last) break;
      const c0 = normalUnit(text.charCodeAt(start));
      const r1 = text.charCodeAt(start + 1);
      const c1 = (r1 >= 0x61 && r1 <= 0x7a) || (r1 >= 0x41 && r1 <= 0x5a) ? r1 : normalUnit(r1);
      const c2 = text.charCodeAt(start + 2);
      // A form has two letters or digits at least, so its first two units are the text's; but a run may end after
      // them, where scan() would have read no third unit: the bit without it too, where the third is one it counts.
      if (!mayStart(c0, c1, c2)) {
        const counted =
          c1 !== 0x20 && ((c2 >= 0x30 && c2 <= 0x39) || (c2 >= 0x41 && c2 <= 0x5a) || (c2 >= 0x61 && c2 <= 0x7a));
        if (!counted || !mayStart(c0, c1, 0)) continue;
      }
      if (readLoose(text, start)) return start;
    }
    return -1;
  }

  const shared = data.shared;
  return {
    find(text) {
      const triples: number[] = [];
      scan(text, 0, text.length, false, triples);
      const out: MatchSpan[] = [];
      for (let i = 0; i < triples.length; i += 3) {
        const code = triples[i + 2] ?? -1;
        const span: MatchSpan = { start: triples[i] ?? 0, end: triples[i + 1] ?? 0, entity: code };
        if (code < 0) {
          span.shared = -1 - code;
          span.entity = shared[span.shared]?.entities[0] ?? -1;
        }
        out.push(span);
      }
      return out;
    },
    scan,
    screen,
    longest,
    kindOf(entity) {
      return ENTITY_KINDS[bin.charCodeAt(kindBase + entity)] ?? 'term';
    },
    shared: (index) => shared[index],
  };
}

/** A code unit as a character-class member: escaped, so that `]`, `\\`, `^`, `-` and lone surrogates stay literal. */
function escapeUnit(unit: number): string {
  return `\\u${unit.toString(16).padStart(4, '0')}`;
}

/** Whitespace as `\s` has it in a regular expression: what separates the words of a name on a page. */
export function isSpace(c: number): boolean {
  if (c < 0x80) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

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
import { isWordNameHere, WORD_NAME_LOOKAHEAD, WORD_NAME_LOOKBEHIND } from './word-names.ts';

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
   * Where in [from, to) of `text` a name might start in some run of it: a test that never misses a name that scan()
   * would find in any piece of `text` read as a run of its own, where runs end only at offsets in `bounds` (sorted:
   * where one text node ends and the next begins), or anywhere with `bounds` null. Meant for the text of many runs
   * run together (an element's textContent): the word rules apply as in scan() except where a run may end, and a
   * form may end at any of `bounds` too (with null, at every unit: the loosest reading, and the slowest). Appends a start, reach pair to `out` for each would-be name: scan()'s verdict on a name at
   * `start` depends on `text` in [start - SCREEN_BEHIND, reach) only, so a run that holds all of that range reads
   * it as `text` does.
   */
  screen(text: string, from: number, to: number, bounds: readonly number[] | null, out: number[]): void;
  /** The longest form in characters: how far past its start a mention reaches (a single space between words). */
  readonly longest: number;
  kindOf(entity: number): EntityKind;
  /** A shared form's candidates, most likely first, and their cue words (see PageMatcherData.shared). */
  shared(index: number): { entities: readonly number[]; cues: readonly string[] } | undefined;
}

/**
 * How far before a would-be name scan() reads: the word-start rule two code points (four units), a word name's
 * title and whitespace WORD_NAME_LOOKBEHIND.
 */
export const SCREEN_BEHIND = WORD_NAME_LOOKBEHIND + 4;

/** Returned by the reading of one candidate: it ran into the end of a window that has more after it. */
const NEEDS_MORE = -2;

export function createMatcher(data: PageMatcherData): Matcher {
  if (data.version !== 4) throw new Error(`matcher data version ${String(data.version)}; this build reads 4`);
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
  // whatever the corpus (capitals, digits), so it is no per-page compile of something that grows with the names.
  // A form that opens with lower-case particles ("de la Brena") is found from its anchor, the unit after them, and
  // read from where they stand (particleStarts): a class with "a", "b" and "d" in it stops at a fifth of all
  // letters, and made the search ten times slower on a large archive's pages.
  const empty = data.starts.length === 0;
  let units = '';
  for (let i = 0; i < data.starts.length; i++) units += escapeUnit(data.starts.charCodeAt(i));
  const nextStart = new RegExp(units ? `[${units}]` : '(?!)', 'g');
  const particles = particlesByLastUnit(data.lowerStarts);
  // The ASCII units particles end with, as flags: most anchors stand after a space and a word no particle ends
  // like, and the look back should cost them one array read, not a Map lookup.
  const particleEnds = new Uint8Array(128);
  for (const unit of particles.keys()) if (unit < 128) particleEnds[unit] = 1;
  /** Where particles open a form before an anchor (particleStarts), in order; `leadCount` of them. */
  const lead: number[] = [];
  let leadCount = 0;

  /**
   * The starts of particles that may open a form whose anchor is at `anchor`, none before `floor`: each particle
   * the text has right before it, or before the whitespace, hyphens and apostrophes before it, and the particles
   * before those ("de la"). A particle that ends a longer lower-case word counts too ("xde" in text run together,
   * where a run may start inside it); the word-start rule sorts those out in scan(). Fills `lead`, in order.
   */
  function particleStarts(text: string, anchor: number, floor: number): void {
    leadCount = 0;
    let at = anchor;
    for (let depth = 0; depth < 4; depth++) {
      let end = at;
      while (end > floor && isParticleSeparator(text.charCodeAt(end - 1))) end--;
      // Particles after the first stand apart from the next; the first may touch its anchor ("iPhone").
      if (end === at && depth > 0) break;
      if (end <= floor) break;
      const last = text.charCodeAt(end - 1);
      if (last < 128 && particleEnds[last] === 0) break;
      const list = particles.get(last);
      if (!list) break;
      let next = -1;
      for (const word of list) {
        const start = end - word.length;
        if (start < floor || !text.startsWith(word, start)) continue;
        insertLead(start);
        if (next < 0 || start < next) next = start;
      }
      if (next < 0) break;
      at = next;
    }
  }

  function insertLead(start: number): void {
    let i = leadCount++;
    while (i > 0 && (lead[i - 1] as number) > start) {
      lead[i] = lead[i - 1] as number;
      i--;
    }
    lead[i] = start;
  }

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

  /** The start filter: bit (c0, c1, c2) of the table after the kinds. */
  function mayStartAt(text: string, start: number): boolean {
    const c1 = text.charCodeAt(start + 1);
    // normalUnit leaves ASCII letters and digits as they are: no call for them.
    return mayStart(
      normalUnit(text.charCodeAt(start)),
      (c1 >= 0x61 && c1 <= 0x7a) || (c1 >= 0x41 && c1 <= 0x5a) || (c1 >= 0x30 && c1 <= 0x39) ? c1 : normalUnit(c1),
      text.charCodeAt(start + 2),
      text.charCodeAt(start + 3),
    );
  }

  /**
   * The mention at `start`, a start the filter let through, if one is there: appended to `out` and its end
   * returned; -1 if there is none, NEEDS_MORE if the window ends too soon to tell.
   */
  function attempt(text: string, start: number, more: boolean, out: number[]): number {
    // The word-start rule, without the call after an ASCII space, the usual unit before a name.
    if (start > 0 && text.charCodeAt(start - 1) !== 0x20 && !isWordStart(text, start)) return -1;
    const end = read(text, start, more);
    if (end < 0) return end;
    if (found & VALUE_WORD) {
      if (more && end + WORD_NAME_LOOKAHEAD >= text.length) return NEEDS_MORE;
      if (!isWordNameHere(text, start, end)) return -1;
    }
    out.push(start, end, found & VALUE_SHARED ? -1 - (found & VALUE_INDEX) : found & VALUE_INDEX);
    return end;
  }

  function scan(text: string, from: number, to: number, more: boolean, out: number[]): number {
    if (empty) return to;
    let next = to;
    const last = Math.min(to, text.length);
    const search = nextStart;
    // No mention starts before `from`, nor before the end of the last one.
    let floor = from;
    search.lastIndex = from;
    for (;;) {
      // test() with the global flag leaves lastIndex just past the code unit it found, and allocates no match.
      // Past the last anchor, a chain of particles may still end the window, its anchor in the next one.
      const anchor = search.test(text) ? search.lastIndex - 1 : text.length;
      if (particles.size > 0 && anchor > floor) {
        particleStarts(text, anchor, floor);
        for (let i = 0; i < leadCount; i++) {
          const start = lead[i] as number;
          if (start >= last || start < floor || !mayStartAt(text, start)) continue;
          const end = attempt(text, start, more, out);
          if (end === NEEDS_MORE) return start;
          if (end < 0) continue;
          if (end > next) next = end;
          floor = end;
        }
      }
      if (anchor >= last) break;
      if (anchor < floor) {
        search.lastIndex = floor;
        continue;
      }
      if (!mayStartAt(text, anchor)) continue;
      const end = attempt(text, anchor, more, out);
      if (end === NEEDS_MORE) return anchor;
      if (end < 0) continue;
      if (end > next) next = end;
      floor = end;
      search.lastIndex = end;
    }
    return next;
  }

  /**
   * Where read() from `start` would stop if some form ends on the way, in `text` or in a run of it that ends at
   * one of `bounds`; else -1. read() with lookups where a run may end too: at a bound inside a word, and after
   * anything but a letter (the apostrophe rule reads past it). `bound` indexes the first of `bounds` past `start`.
   * The hashing steps are read()'s, written out for the same reason as there.
   */
  function reachAcross(text: string, start: number, bounds: readonly number[] | null, bound: number): number {
    const n = text.length;
    let a = SEED_A;
    let b = SEED_B;
    let j = start;
    let solid = 0;
    let any = false;
    let at = bound;
    const anywhere = bounds === null;
    const list = bounds ?? NO_BOUNDS;
    let next = at < list.length ? (list[at] as number) : n + 1;
    for (;;) {
      if (j >= n) return any || (lookup(a, b) & VALUE_FORM) !== 0 ? n : -1;
      while (next < j) next = ++at < list.length ? (list[at] as number) : n + 1;
      const c = text.charCodeAt(j);
      if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39)) {
        // Inside a word a form ends only where a run does.
        if ((anywhere || next === j) && j > start && lookup(a, b) & VALUE_FORM) any = true;
        if (++solid > longest) return any ? j : -1;
        a = Math.imul(a ^ c, 0x01000193);
        const m = Math.imul(b ^ c, 0x5bd1e995);
        b = m ^ (m >>> 13);
        j++;
        continue;
      }
      if (c === 0x20 || (c >= 0x09 && c <= 0x0d) || (c >= 0x80 && isSpace(c))) {
        const v = j > start ? lookup(a, b) : 0;
        if (v & VALUE_FORM) any = true;
        if (!(v & VALUE_GOES_ON)) return any ? j : -1;
        a = Math.imul(a ^ 0x20, 0x01000193);
        const m = Math.imul(b ^ 0x20, 0x5bd1e995);
        b = m ^ (m >>> 13);
        j++;
        while (j < n && isSpace(text.charCodeAt(j))) j++;
        solid++;
        continue;
      }
      if (j > start && lookup(a, b) & VALUE_FORM) any = true;
      if (++solid > longest) return any ? j : -1;
      const unit = c === 0x2019 || c === 0x2018 || c === 0x2bc ? 0x27 : c;
      a = Math.imul(a ^ unit, 0x01000193);
      const m = Math.imul(b ^ unit, 0x5bd1e995);
      b = m ^ (m >>> 13);
      j++;
    }
  }

  /** Is the start filter's bit of (c0, c1, c2, c3) set? */
  function mayStart(c0: number, c1: number, c2: number, c3: number): boolean {
    const bit = startBit(c0, c1, c2, c3);
    return (bin.charCodeAt(pairBase + (bit >>> 3)) & (1 << (bit & 7))) !== 0;
  }

  /** Appends the start, reach pair of a would-be name at `start`, if one might start there in some run. */
  /** Where the last look into `bounds` ended: starts come in order, but for a particle's, a few units back. */
  let cursor = 0;

  function looseCandidate(text: string, start: number, bounds: readonly number[] | null, out: number[]): void {
    const list = bounds ?? NO_BOUNDS;
    // The first of `bounds` at or past the units the word-start rule reads (two code points back).
    let lo = Math.min(cursor, list.length);
    while (lo > 0 && (list[lo - 1] as number) >= start - 4) lo--;
    while (lo < list.length && (list[lo] as number) < start - 4) lo++;
    cursor = lo;
    const near = lo < list.length ? (list[lo] as number) : -1;
    // A run may start here, or the word-start rule holds in the text as it stands.
    const runStart = bounds === null || (near >= 0 && near <= start);
    if (start > 0 && text.charCodeAt(start - 1) !== 0x20 && !runStart && !isWordStart(text, start)) return;
    const c0 = normalUnit(text.charCodeAt(start));
    const r1 = text.charCodeAt(start + 1);
    const c1 = (r1 >= 0x61 && r1 <= 0x7a) || (r1 >= 0x41 && r1 <= 0x5a) ? r1 : normalUnit(r1);
    const c2 = text.charCodeAt(start + 2);
    const c3 = text.charCodeAt(start + 3);
    // A form has two letters or digits at least, so its first two units are the text's; but a run may end after
    // them or after the third, where scan() would have read no third or fourth unit: the bit without them too,
    // where a run ends there and the unit is one the filter counts.
    if (!mayStart(c0, c1, c2, c3)) {
      if (c1 === 0x20 || !isAsciiAlnum(c2)) return;
      // The bit read by a run that ends two or three units in; the third unit counts here, so did the form's.
      const cutBeforeThird = endsAt(list, bounds === null, lo, start + 2) && mayStart(c0, c1, 0, 0);
      if (
        !cutBeforeThird &&
        !(isAsciiAlnum(c3) && endsAt(list, bounds === null, lo, start + 3) && mayStart(c0, c1, c2, 0))
      )
        return;
    }
    let past = lo;
    while (past < list.length && (list[past] as number) <= start) past++;
    const stop = reachAcross(text, start, bounds, past);
    // read() looks up to four units past where it stops (the word-end rule), a word name eight more.
    if (stop >= 0) out.push(start, Math.min(text.length, stop + WORD_NAME_LOOKAHEAD + 5));
  }

  function screen(text: string, from: number, to: number, bounds: readonly number[] | null, out: number[]): void {
    if (empty) return;
    cursor = lowerBound(bounds ?? NO_BOUNDS, from - 4);
    const first = out.length;
    const last = Math.min(to, text.length);
    const search = nextStart;
    search.lastIndex = from;
    for (;;) {
      const anchor = search.test(text) ? search.lastIndex - 1 : text.length;
      if (particles.size > 0 && anchor > from) {
        particleStarts(text, anchor, from);
        for (let i = 0; i < leadCount; i++) {
          const start = lead[i] as number;
          if (start < last) looseCandidate(text, start, bounds, out);
        }
      }
      if (anchor >= last) break;
      looseCandidate(text, anchor, bounds, out);
    }
    inOrder(out, first);
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

/** Where runs end when they may end anywhere: read without allocating. */
const NO_BOUNDS: readonly number[] = [];

/** The index of the first of the sorted `list` at or past `value`. */
function lowerBound(list: readonly number[], value: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((list[mid] as number) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Does a run end at `at`: anywhere, or one of the sorted `bounds` from index `lo` on? */
function endsAt(bounds: readonly number[], anywhere: boolean, lo: number, at: number): boolean {
  if (anywhere) return true;
  for (let k = lo; k < bounds.length && (bounds[k] as number) <= at; k++) if (bounds[k] === at) return true;
  return false;
}

const isAsciiAlnum = (c: number) => (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);

/** Particles by their last code unit: what the look back from an anchor compares. */
function particlesByLastUnit(words: readonly string[]): Map<number, string[]> {
  const out = new Map<number, string[]>();
  for (const word of words) {
    const last = word.charCodeAt(word.length - 1);
    const list = out.get(last);
    if (list) list.push(word);
    else out.set(last, [word]);
  }
  return out;
}

/** What may stand between particles and after them in a form: whitespace, hyphens, apostrophes. */
function isParticleSeparator(c: number): boolean {
  return c === 0x2d || c === 0x27 || c === 0x2019 || c === 0x2018 || c === 0x2bc || isSpace(c);
}

/**
 * Start, reach pairs from `first` on sorted by start, once each. Particles found before an anchor come before it,
 * and only an apostrophe or hyphen among the anchors can put one before an earlier anchor: almost never unsorted.
 */
function inOrder(pairs: number[], first: number): void {
  let sorted = true;
  for (let i = first + 2; i < pairs.length && sorted; i += 2) sorted = (pairs[i - 2] as number) < (pairs[i] as number);
  if (sorted) return;
  const list: [number, number][] = [];
  for (let i = first; i < pairs.length; i += 2) list.push([pairs[i] as number, pairs[i + 1] as number]);
  list.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  pairs.length = first;
  for (const [start, reach] of list)
    if (pairs.length === first || pairs[pairs.length - 2] !== start) pairs.push(start, reach);
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

// The hashing both sides of the matcher share: the build (table.ts) stores every form's hash, the page
// (matcher.ts) hashes text as it reads it and looks the hash up. Two independent 32-bit lanes per string: one
// places a key in the table, the other is compared on lookup, so a string that is no form passes for one with a
// chance of 2^-32 per lookup. Written by hand because no library hashes incrementally, code unit by code unit,
// without allocating: the page extends a hash one character at a time while it reads.

/** Lane seeds (FNV-1a's offset basis for the first, an arbitrary odd constant for the second). */
export const SEED_A = 0x811c9dc5;
export const SEED_B = 0x2f8c7e4d;

/** Extend lane A by one UTF-16 code unit (FNV-1a). */
export function stepA(h: number, c: number): number {
  return Math.imul(h ^ c, 0x01000193);
}

/** Extend lane B by one code unit: another multiplier and a shift, so the lanes do not move together. */
export function stepB(h: number, c: number): number {
  const m = Math.imul(h ^ c, 0x5bd1e995);
  return m ^ (m >>> 13);
}

/** MurmurHash3's finalizer: every input bit reaches every output bit (FNV's low bits are weak on their own). */
export function fmix(h: number): number {
  let x = h ^ (h >>> 16);
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  return (x ^ (x >>> 16)) >>> 0;
}

/** `n` scaled into [0, range): the high bits of a 32×32 product, without a division. */
export function scale(n: number, range: number): number {
  return Math.floor((n >>> 0) * range * 2.3283064365386963e-10);
}

/** Where a key with finished lanes (ka, kb) lies in a table of `slots`, given its bucket's seed. */
export function slotOf(kb: number, seed: number, slots: number): number {
  return scale(fmix(kb ^ Math.imul(seed + 1, 0x9e3779b9)), slots);
}

/** Both lanes of a whole string as the page would hash it (build time and tests). */
export function hashString(s: string): [number, number] {
  let a = SEED_A;
  let b = SEED_B;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    a = stepA(a, c);
    b = stepB(b, c);
  }
  return [fmix(a), fmix(b)];
}

/** Bytes of the start filter: one bit per hashed first four code units (64 kbit), whatever the corpus. */
export const PAIR_BYTES = 8192;

/**
 * The filter's bit for a form (or text) that starts with code units c0, c1, c2, c3 (c0 and c1 already normalized):
 * what the page checks before hashing a would-be name at all. A third unit that is no ASCII letter or digit (the end
 * of a two-letter form, a space, a hyphen, an accented letter) counts as 0 for forms and text alike, and so does a
 * fourth after it or of that kind, so a text that starts with a form always has the form's bit; a false "maybe" costs
 * a lookup, never a match. Four units, not three: a large archive's forms open with most of English's common
 * three-letter starts ("Dec", "Res", "Con"), and "Decision" or "Research" would be read as far as its end.
 */
export function startBit(c0: number, c1: number, c2: number, c3: number): number {
  // After a space the text may hold a run of whitespace where the form has one: the third unit says nothing then.
  const third = c1 !== 0x20 && isAsciiAlnum(c2) ? c2 : 0;
  const fourth = third !== 0 && isAsciiAlnum(c3) ? c3 : 0;
  const h =
    Math.imul(c0, 0x01000193) ^
    Math.imul(c1, 0x9e3779b1) ^
    Math.imul(third, 0x85ebca6b) ^
    Math.imul(fourth, 0xc2b2ae35);
  return Math.imul(h ^ (h >>> 15), 0x2c1b3c6d) >>> 16;
}

const isAsciiAlnum = (c: number) => (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);

/** A code unit as forms are written: any whitespace a space, any apostrophe a straight one (NaN past the end: 0). */
export function normalUnit(c: number): number {
  if (Number.isNaN(c)) return 0;
  if (c === 0x2019 || c === 0x2018 || c === 0x2bc) return 0x27;
  if (c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a)) return 0x20;
  if (c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff) return 0x20;
  return c;
}

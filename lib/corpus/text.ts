// Small string helpers shared by ingestion and search; no knowledge of articles here.
import { SPELLING_VARIANTS } from './variants.ts';

/** Lowercase, strip accents: the form two spellings of one name share ("Müller" → "muller"; see nameKey for variants). */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

const VARIANT_KEY = new Map<string, string>();
for (const group of SPELLING_VARIANTS) for (const v of group) VARIANT_KEY.set(v, group[0] ?? v);

/** The key under which spellings of one name meet: folded, dots and possessives gone, apostrophes and known variants unified. */
export function nameKey(name: string): string {
  const folded = fold(name)
    .replace(/[’']s$/u, '')
    // "O’Dell" and "O'Dell": one name whichever apostrophe the outlet's typesetting uses.
    .replace(/[’‘]/gu, "'")
    .replace(/\.(?=\S)|\.$/gu, '')
    .replace(/[‐-―−-]/gu, '-')
    .replace(/\s+/gu, ' ')
    .trim();
  const whole = VARIANT_KEY.get(folded);
  if (whole) return whole;
  return folded
    .split(' ')
    .map((w) => VARIANT_KEY.get(w) ?? w)
    .join(' ');
}

/** URL-safe slug for ids: "Maria López" → "maria-lopez". */
export function slugify(text: string): string {
  const slug = fold(text)
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return slug || 'x';
}

export const isUpperInitial = (word: string) => /^\p{Lu}/u.test(word);
export const isAllCaps = (word: string) => /^[\p{Lu}\p{N}&.-]+$/u.test(word) && /\p{Lu}.*\p{Lu}/u.test(word);

/** Counts how often each item occurs; most frequent first, ties by first occurrence. */
export function rankByCount<T>(items: Iterable<T>): T[] {
  const counts = new Map<T, number>();
  for (const item of items) counts.set(item, (counts.get(item) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([item]) => item);
}

/**
 * A copy of `text` that holds no reference to a longer string: V8 keeps a slice (substring) as a pointer into its
 * parent, so one slice kept in a long-lived table keeps a whole paragraph or article alive.
 */
export function detached(text: string): string {
  return JSON.parse(JSON.stringify(text)) as string;
}

// Build-time case and common-word rules: which surface forms of an alias the page matcher looks for.
import { COMMON_WORDS, TITLE_WORDS } from './common-words.ts';

/** Single spaces, straight apostrophes, no possessive ending: the form aliases are compared in. */
export function normalizeAlias(alias: string): string {
  return alias
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/[\u2019\u2018\u02BC]/g, "'")
    .replace(/'[sS]$/, '');
}

/** No lower-case letter: "NATO", "EU", "G7", "U.S." only ever match exactly as written. */
export function isAcronym(alias: string): boolean {
  return !/\p{Ll}/u.test(alias);
}

/** Lower-case words that do occur inside names: "Center for Eastern Studies", "Ludwig van Beethoven". */
export const PARTICLES: ReadonlySet<string> = new Set([
  'al',
  'and',
  'at',
  'bin',
  'da',
  'de',
  'del',
  'della',
  'den',
  'der',
  'des',
  'di',
  'du',
  'for',
  'ibn',
  'in',
  'la',
  'le',
  'of',
  'on',
  'the',
  'to',
  'van',
  'von',
  'y',
]);

/**
 * Particles that join the words of a name but never begin one ("Center for Eastern Studies", never "for Life"):
 * an alias that starts with one was cut from a longer phrase, and as a form it would make the page read every
 * "for" and "and" it shows as a candidate.
 */
const JOINING_PARTICLES: ReadonlySet<string> = new Set(['and', 'at', 'for', 'in', 'of', 'on', 'to']);

/** Why an alias is refused, or null when it can name something. */
export function refusal(alias: string): string | null {
  if (!/\p{L}/u.test(alias) || (alias.match(/[\p{L}\p{N}]/gu)?.length ?? 0) < 2) return 'too short';
  // A name starts with a capital somewhere; "alliance" or "inflation" is a word, not a name.
  if (!/\p{Lu}/u.test(alias)) return 'no capital letter';
  if (isAcronym(alias)) return null;
  // "St.", "Jr.", "Inc.": an abbreviation alone names nothing, whatever the corpus made of it.
  if (/^\p{Lu}\p{Ll}{1,3}\.$/u.test(alias)) return 'an abbreviation';
  // "NATO chief", "head of NATO": a description around a name, which would hide the name it contains.
  if (alias.split(' ').some((w) => !/[\p{Lu}\p{N}]/u.test(w) && !PARTICLES.has(w.replace(/'$/, ''))))
    return 'a description, not a name';
  if (JOINING_PARTICLES.has(alias.split(' ')[0] ?? '')) return 'starts with a joining word';
  const words = alias.toLowerCase().split(' ');
  if (words[0] === 'the' && words.length > 1) words.shift();
  if (words.length === 1 && COMMON_WORDS.has(words[0] ?? '')) return 'a common word';
  if (words.every((w) => TITLE_WORDS.has(w))) return 'a title, not a name';
  return null;
}

/** Letters an acronym needs before house styles write it as a word: "Nato", "Unesco", but never "Bbc" or "Eu". */
const WORD_ACRONYM_LETTERS = 4;

/**
 * An acronym as house styles that write it as a word would ("NATO" → "Nato"), or null: only an acronym of letters
 * alone, long enough to be said as a word, whose word form is not itself a word ("AIDS" → "Aids" is refused).
 */
export function acronymWord(alias: string, isWord: (lower: string) => boolean): string | null {
  if (!isAcronym(alias) || !/^\p{Lu}+$/u.test(alias) || [...alias].length < WORD_ACRONYM_LETTERS) return null;
  const lower = alias.toLowerCase();
  if (COMMON_WORDS.has(lower) || isWord(lower)) return null;
  return alias.charAt(0) + lower.slice(1);
}

/**
 * "Long", "Law", "Jobs": a one-word name (no acronym) whose lower case is a dictionary word. The dictionary holds
 * "china" and "kremlin" too, so whether the page treats it as a word that is a name (word-names.ts) is for the
 * corpus to say: see compile.ts.
 */
export function isWordShaped(alias: string, isWord: ((lower: string) => boolean) | undefined): boolean {
  if (!isWord || alias.includes(' ') || isAcronym(alias)) return false;
  const lower = alias.toLowerCase();
  return alias !== lower && isWord(lower);
}

/**
 * The forms the page matcher looks for: the alias as written, then the forms derived from it: for anything but an
 * acronym its all-capitals form (headlines, bylines), for an acronym its word form where `isWord` allows one. Never
 * a lower-case form: that is where common words live.
 */
export function surfaceForms(alias: string, isWord?: (lower: string) => boolean, wordName = false): string[] {
  if (isAcronym(alias)) {
    const word = isWord ? acronymWord(alias, isWord) : null;
    return word ? [alias, word] : [alias];
  }
  const upper = alias.toUpperCase();
  // "LAW" in a headline is the word, not Tom Law.
  return upper === alias || wordName ? [alias] : [alias, upper];
}

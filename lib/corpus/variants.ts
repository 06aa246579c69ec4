// Kept apart from lexicon.ts (which loads compromise) so the search code in the extension can use it too.

/**
 * The key two transliterations of one name share, by rule rather than by list: doubled letters single, "ks" as
 * "x", and the endings romanizations disagree on ("-y", "-yy", "-iy", "-ey" as "-i", "-ei"). So Zarembsky and
 * Zarembskyy, Sergei and Sergey, Dmitry and Dmitriy, Aleksandr and Alexandr meet. Words under five letters are
 * left alone ("Hall" is not "Hal").
 */
export function spellingKey(word: string): string {
  if (word.length < 5) return word;
  return word
    .replace(/ks/gu, 'x')
    .replace(/(\p{L})\1+/gu, '$1')
    .replace(/(?:iy|yi|y)$/u, 'i')
    .replace(/ey$/u, 'ei');
}

/**
 * Well-known transliteration variants of place and person names (general knowledge, not corpus-specific):
 * both spellings are the same entity; the first one listed is the key they share.
 */
export const SPELLING_VARIANTS: readonly (readonly string[])[] = [
  ['kyiv', 'kiev'],
  ['kharkiv', 'kharkov'],
  ['odesa', 'odessa'],
  ['lviv', 'lvov'],
  ['mykolaiv', 'nikolaev'],
  ['zaporizhzhia', 'zaporizhia', 'zaporozhye'],
  ['luhansk', 'lugansk'],
  ['chernihiv', 'chernigov'],
  ['vinnytsia', 'vinnitsa'],
  ['beijing', 'peking'],
  ['mumbai', 'bombay'],
  ['chennai', 'madras'],
  ['kolkata', 'calcutta'],
  ['myanmar', 'burma'],
  ['yangon', 'rangoon'],
  ['turkiye', 'turkey'],
  ['czechia', 'czech republic'],
  ['gaddafi', 'qaddafi', 'kadhafi', 'qadhafi'],
  ['al-qaeda', 'al-qaida', 'al qaeda'],
  ['hezbollah', 'hizbollah', 'hizballah'],
  ['tchaikovsky', 'chaikovsky'],
  ['oleksandr', 'alexander'],
];

/** Particles that belong to the surname they stand before ("Le Gall", "van Dorn", "de la Vega"). */
const SURNAME_PARTICLES = new Set([
  'al',
  'bin',
  'da',
  'das',
  'de',
  'del',
  'della',
  'der',
  'des',
  'di',
  'do',
  'dos',
  'du',
  'el',
  'ibn',
  'la',
  'le',
  'ten',
  'ter',
  'van',
  'von',
]);

/**
 * A person's surname with its particles, as the texts name them on second mention: "Le Gall" for "Odile Le
 * Gall", "van Dorn" for "Anke van Dorn", "de la Vega" for "Juan de la Vega". Undefined when the name has no
 * particle between a given name and a surname.
 */
export function particleSurname(name: string): string | undefined {
  const words = name.split(/\s+/u).filter((w) => w.length > 0);
  if (words.length < 3) return undefined;
  let first = words.length - 1;
  while (first > 1 && SURNAME_PARTICLES.has((words[first - 1] as string).toLowerCase())) first--;
  return first < words.length - 1 ? words.slice(first).join(' ') : undefined;
}

const GENERATION = /^(?:jr|sr|ii|iii|iv)\.?$/iu;

/**
 * "Matthew Vance" for "Matthew William Vance", "Peter Lund" for "Peter B. Lund": a person's given name and
 * surname without the middle names or initials, the way the texts name them again. Undefined for names of
 * other shapes: two words, a particle before the surname ("Odile Le Gall"), a generation ("Jan Roe Jr."), a
 * connector ("Jan of Varbo"), an initial first ("J. R. Roe").
 */
export function middleNameShort(name: string): string | undefined {
  const words = name.split(/\s+/u).filter((w) => w.length > 0);
  if (words.length < 3 || words.length > 4 || particleSurname(name)) return undefined;
  const first = words[0] as string;
  const last = words[words.length - 1] as string;
  if (!/^\p{Lu}\p{Ll}+(?:[‐-]\p{Lu}?\p{Ll}+)?$/u.test(first) || !/^\p{Lu}\p{Ll}/u.test(last) || GENERATION.test(last))
    return undefined;
  const middle = words.slice(1, -1);
  if (!middle.every((w) => /^\p{Lu}(?:\.|\p{Ll}+)$/u.test(w))) return undefined;
  return `${first} ${last}`;
}

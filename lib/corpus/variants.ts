// Kept apart from lexicon.ts (which loads compromise) so the search code in the extension can use it too.

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
  ['donbas', 'donbass'],
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
  ['navalny', 'navalnyy'],
  ['oleksandr', 'alexander'],
];

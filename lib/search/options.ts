// MiniSearch options shared by the build (lib/search/build.ts) and the extension's loader (lib/search/searcher.ts).
// A serialized index only works with the options it was built with, so both sides import these.
import type { Options } from 'minisearch';
import { SPELLING_VARIANTS } from '../corpus/variants.ts';

/** Bump with any change to fields, tokenizer or term processing: old packs then fail loudly, not silently. */
export const INDEX_FORMAT = 1;

export interface SearchDoc {
  /** "e:<entity id>", "q:<quote id>", "a:<article id>". */
  id: string;
  name?: string;
  aliases?: string;
  description?: string;
  speaker?: string;
  text?: string;
}

export const FIELDS = ['name', 'aliases', 'description', 'speaker', 'text'] as const;

// Words too common to help a briefing search; dropping them also shrinks the index by a third.
const STOP_WORDS = new Set(
  `a about after also an and are as at be been but by can could did do does for from had has have he her his i if
  in into is it its just more most much not of on one or our out over said says she so some such than that the their
  them then there these they this those to too up very was we were what when which while who will with would you`.split(
    /\s+/,
  ),
);

const VARIANT = new Map<string, string>();
const SPELLINGS = new Map<string, string[]>();
for (const group of SPELLING_VARIANTS) {
  for (const v of group) {
    if (v.includes(' ')) continue;
    const term = group[0] ?? v;
    VARIANT.set(v, term);
    SPELLINGS.set(term, [...(SPELLINGS.get(term) ?? [term]), ...(v === term ? [] : [v])]);
  }
}

/** Every lowercase spelling that indexes as `term` ("kyiv": kyiv, kiev): what a text must contain to match it. */
export function spellingsOf(term: string): readonly string[] {
  return SPELLINGS.get(term) ?? [term];
}

/**
 * A paragraph folded the way terms are (accents off, lowercase, dots out), for a quick `includes` test: every
 * term a paragraph's words index as, or one of its spellings, is a substring of this. False positives are fine.
 */
export function foldForTerms(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the ASCII range, tested to skip normalizing
  const ascii = /^[\x00-\x7f]*$/.test(text);
  return (ascii ? text : text.normalize('NFD').replace(/\p{M}+/gu, '')).toLowerCase().replace(/\./g, '');
}

/** Words with their offsets: dotted acronyms stay whole ("U.N."), everything else splits at non-letters. */
export const TOKEN = /(?:\p{L}\.){2,}|[\p{L}\p{N}\p{M}]+/gu;

export function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

const termCache = new Map<string, string | null>();
const TERM_CACHE_LIMIT = 100_000;

/** Lowercase, accents off, dots out of acronyms, known spelling variants unified, stop words dropped. */
export function processTerm(term: string): string | null {
  const cached = termCache.get(term);
  if (cached !== undefined) return cached;
  const t = term
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/\./g, '');
  const result =
    t.length === 0 || STOP_WORDS.has(t) || (t.length === 1 && !/\d/.test(t)) ? null : (VARIANT.get(t) ?? t);
  // Words repeat endlessly in a corpus; the cache makes indexing twice as fast. Bounded for long sessions.
  if (termCache.size >= TERM_CACHE_LIMIT) termCache.clear();
  termCache.set(term, result);
  return result;
}

export const SEARCH_OPTIONS: Options<SearchDoc> = {
  idField: 'id',
  fields: [...FIELDS],
  storeFields: [],
  tokenize,
  processTerm,
  searchOptions: {
    boost: { name: 5, aliases: 3, speaker: 2, description: 1.5, text: 1 },
    prefix: (term) => term.length >= 3,
    fuzzy: (term) => (term.length >= 5 ? 0.2 : false),
    maxFuzzy: 2,
  },
};

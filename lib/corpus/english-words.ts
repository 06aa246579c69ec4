// Is a word an ordinary English word? compromise's lexicon (lexicon.ts) lists only the words its tagger cannot
// guess, so most nouns ("video", "terror", "recruitment") are missing from it. wink-nlp's English model carries an
// 87,000-word vocabulary of common English in which, unlike compromise, almost no proper names appear: that is the
// list a Title Case headline is read against ("Jane Roe Burns John Doe …": "Burns" is a verb here, not a name).
// Measured against GUM's gold (scripts/eval/nlp-libraries.ts), wink also tags parts of speech better; see DESIGN.md.
// The pipeline runs in the browser too (a reader's added articles), so it reads a Bloom filter of that vocabulary
// (english-words.json, built by scripts/train/english-words.ts) rather than loading wink's 3.5 MB model.
import { type BloomFilter, bloomHas } from './bloom.ts';
import filter from './english-words.json' with { type: 'json' };

/** What a vocabulary word looks like: lower-case letters, with inner apostrophes or hyphens. */
export const WORD_SHAPE = /^\p{Ll}[\p{Ll}'’-]*$/u;

const ENGLISH = filter as BloomFilter & { words: number; error: number };

/** A lower-case word that wink's vocabulary holds as an ordinary (not proper) word: "video", "burns", "baker". */
export function isEnglishWord(lower: string): boolean {
  return WORD_SHAPE.test(lower) && bloomHas(ENGLISH, lower);
}

// Is a word an ordinary English word? compromise's lexicon (lexicon.ts) lists only the words its tagger cannot
// guess, so most nouns ("video", "terror", "recruitment") are missing from it. wink-nlp's English model carries an
// 87,000-word vocabulary of common English in which, unlike compromise, almost no proper names appear: that is the
// list a Title Case headline is read against ("Jane Roe Burns John Doe …": "Burns" is a verb here, not a name).
// Measured against GUM's gold (scripts/eval/nlp-libraries.ts), wink also tags parts of speech better; see DESIGN.md.

import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';

const nlp = winkNLP(model, ['pos']);
const its = nlp.its;
// wink numbers the words of its vocabulary first and gives each unknown word the next free number: the first
// unknown word's number is the vocabulary's size.
const VOCABULARY = (nlp.readDoc('qxzvjkq').tokens().out(its.uniqueId) as number[])[0] ?? 0;
const cache = new Map<string, boolean>();
const MAX_CACHE = 200_000;

/** A lower-case word that wink's vocabulary holds as an ordinary (not proper) word: "video", "burns", "baker". */
export function isEnglishWord(lower: string): boolean {
  const hit = cache.get(lower);
  if (hit !== undefined) return hit;
  let known = false;
  if (/^\p{Ll}[\p{Ll}'’-]*$/u.test(lower)) {
    const tokens = nlp.readDoc(lower).tokens();
    if (tokens.length() === 1) {
      const id = (tokens.out(its.uniqueId) as number[])[0] ?? VOCABULARY;
      known = id < VOCABULARY && (tokens.out(its.pos) as string[])[0] !== 'PROPN';
    }
  }
  if (cache.size >= MAX_CACHE) cache.clear();
  cache.set(lower, known);
  return known;
}

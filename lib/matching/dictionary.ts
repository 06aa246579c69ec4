// Node side of the matcher build: the English dictionary that says whether an acronym written as a word ("Nato")
// is also an ordinary word ("Aids", "Who", "Swat"). Not imported by the extension bundles. word-list is SCOWL's
// lower-case words (no proper nouns), so "nato" and "unesco" are absent and "aids" and "who" present.
import { readFileSync } from 'node:fs';
import wordListPath from 'word-list';

let words: ReadonlySet<string> | null = null;

/** Is `lower` (a lower-case word) an English dictionary word? Loaded on first use, about 30 ms. */
export function isDictionaryWord(lower: string): boolean {
  words ??= new Set(readFileSync(wordListPath, 'utf8').split('\n'));
  return words.has(lower);
}

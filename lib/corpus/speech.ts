// Is this token a verb of speech? Nouns that share a verb's spelling ("his remarks", "member states") and verbs
// that only report speech with a particle ("pointed out", "put forward") are told apart here.
import { AFTER_QUOTE_ONLY, SPEECH_NEEDS_PARTICLE, speechLemma } from './lexicon-speech.ts';
import type { Token } from './tokens.ts';

const DETERMINERS = new Set([
  'the',
  'a',
  'an',
  'his',
  'her',
  'its',
  'their',
  'our',
  'my',
  'your',
  'these',
  'those',
  'this',
  'some',
  'any',
  'no',
  'such',
  'member',
  'credible',
  'new',
  'latest',
]);

export type VerbPosition = 'before-quote' | 'after-quote';

/** The speech verb's lemma when tokens[i] is one in this position, else undefined. */
export function speechVerbAt(tokens: readonly Token[], i: number, position: VerbPosition): string | undefined {
  const t = tokens[i];
  if (!t || t.quote >= 0) return undefined;
  if (t.cap && !t.initial) return undefined;
  const lemma = speechLemma(t.lower);
  if (!lemma) return undefined;
  if (position === 'before-quote' && AFTER_QUOTE_ONLY.has(lemma)) return undefined;
  const prev = tokens[i - 1];
  if (prev && prev.quote < 0 && !/[,;:()—–]/u.test(t.gap) && (DETERMINERS.has(prev.lower) || prev.possessive)) {
    return undefined;
  }
  const particles = SPEECH_NEEDS_PARTICLE.get(lemma);
  if (particles) {
    const next = tokens[i + 1];
    const colon = next ? /^\s*:/u.test(next.gap) : false;
    const particle = next && !/[.;,]/u.test(next.gap) && particles.has(next.lower);
    if (!particle && !(colon && particles.has(':'))) return undefined;
  }
  return lemma;
}

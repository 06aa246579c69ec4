// Is this token a verb of speech? Nouns that share a verb's spelling ("his remarks", "member states") and verbs
// that only report speech with a particle ("pointed out", "put forward") are told apart here.
import { isRoleNoun, lexTags } from './lexicon.ts';
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

/** Where the verb stands: right after a closing quote, right before a colon ("Smith continued:"), or elsewhere. */
export type VerbPosition = 'before-quote' | 'after-quote' | 'before-colon';

function adjectiveLike(t: Token): boolean {
  if (t.cap || isRoleNoun(t.lower) || speechLemma(t.lower)) return false;
  const tags = lexTags(t.lower);
  if (tags.length > 0)
    return tags.includes('Adjective') && !tags.some((g) => g === 'Noun' || g === 'Singular' || g === 'Actor');
  return /(?:[^e]y|ful|ous|ive|ic|less|ish|able|ible)$/u.test(t.lower);
}

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
  // "a snappy retort", "his angry reply": a determiner and an adjective make it a noun.
  const before = tokens[i - 2];
  if (
    prev &&
    before &&
    prev.quote < 0 &&
    t.gap === ' ' &&
    prev.gap === ' ' &&
    (DETERMINERS.has(before.lower) || before.possessive) &&
    adjectiveLike(prev)
  ) {
    return undefined;
  }
  // "a Twitter comment", "an NBC interview", "Lee's Facebook post": an article or a possessive and a name before a
  // base form make it a noun.
  if (
    prev &&
    before &&
    prev.cap &&
    prev.quote < 0 &&
    t.gap === ' ' &&
    prev.gap === ' ' &&
    t.lower === lemma &&
    (before.lower === 'a' || before.lower === 'an' || before.possessive)
  ) {
    return undefined;
  }
  const particles = SPEECH_NEEDS_PARTICLE.get(lemma);
  if (particles) {
    const next = tokens[i + 1];
    const colon = position === 'before-colon' || (next ? /^\s*:/u.test(next.gap) : false);
    const particle =
      (next && !/[.;,]/u.test(next.gap) && particles.has(next.lower)) ||
      (particles.has('that') && thatAfterPhrase(tokens, i));
    // "As the paper reported, “…”": the quote itself is what was reported.
    const quoted = next !== undefined && next.quote >= 0 && /^[\s,]*[“"«„]/u.test(next.gap);
    if (
      !particle &&
      !putItIdiom(tokens, i, lemma) &&
      !(colon && particles.has(':')) &&
      !(quoted && particles.has(':')) &&
      !closesReport(tokens, i, lemma)
    )
      return undefined;
  }
  return lemma;
}

const PHRASE_OPENERS = new Set([
  'of',
  'on',
  'in',
  'at',
  'about',
  'during',
  'after',
  'before',
  'last',
  'this',
  'earlier',
]);

/** "stated of the plan that", "reported on Tuesday that": a short phrase may stand between the verb and "that". */
function thatAfterPhrase(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  const opener = tokens[i + 1];
  if (!opener || !PHRASE_OPENERS.has(opener.lower) || /[.;,:]/u.test(opener.gap)) return false;
  for (let k = i + 2; k <= i + 6; k++) {
    const w = tokens[k];
    if (!w || w.sentence !== t.sentence || w.quote >= 0 || /[.,;:()“”"]/u.test(w.gap)) return false;
    if (w.lower === 'that') return true;
  }
  return false;
}

/** Words of the idiom between "put it" and its comma or colon: "put it bluntly:", "puts it this way:". */
const PUT_IT_WORDS = new Set(['this', 'that', 'way', 'so', 'best', 'simply', 'bluntly', 'plainly', 'succinctly']);

/**
 * "As Lee put it, “…”", "Lee put it this way: “…”": the idiom reports what follows its comma or colon. Without
 * "as" before it only a colon makes it speech ("he put it on the table, then left").
 */
function putItIdiom(tokens: readonly Token[], i: number, lemma: string): boolean {
  const t = tokens[i] as Token;
  if (lemma !== 'put' || tokens[i + 1]?.lower !== 'it') return false;
  let k = i + 1;
  while (PUT_IT_WORDS.has(tokens[k + 1]?.lower ?? '') && k < i + 4 && /^ $/u.test((tokens[k + 1] as Token).gap)) k++;
  const after = tokens[k + 1];
  if (!after || after.sentence !== t.sentence) return /^\s*:/u.test(after?.gap ?? '');
  if (/^\s*:/u.test(after.gap)) return true;
  if (!/^,/u.test(after.gap)) return false;
  for (let m = i - 1; m >= 0 && m >= i - 10; m--) {
    const w = tokens[m] as Token;
    if (w.sentence !== t.sentence || w.quote >= 0) return false;
    if (w.lower === 'as') return true;
  }
  return false;
}

const PASSIVE_AUX = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);

/**
 * "…,” the Varbo Courier reported." or "…, the paper reports.": "report" closing its sentence or clause cites the
 * source of all that came before, quotes included (but "it was reported." names no one).
 */
function closesReport(tokens: readonly Token[], i: number, lemma: string): boolean {
  if (lemma !== 'report') return false;
  const t = tokens[i] as Token;
  const next = tokens[i + 1];
  const prev = tokens[i - 1];
  if (!prev || PASSIVE_AUX.has(prev.lower)) return false;
  return !next || next.sentence !== t.sentence || /^[.,;!?]/u.test(next.gap) || settingCloses(tokens, i + 1);
}

/** "…, the Courier reported in 1991." / "… on Tuesday.": a short phrase of when or where, then the sentence ends. */
function settingCloses(tokens: readonly Token[], from: number): boolean {
  const opener = tokens[from] as Token;
  if (!['in', 'on', 'last', 'this', 'earlier', 'at'].includes(opener.lower)) return false;
  for (let k = from; k < from + 5; k++) {
    const t = tokens[k] as Token;
    const next = tokens[k + 1];
    if (t.quote >= 0 || (k > from && !/^[\s\u00a0]$/u.test(t.gap))) return false;
    if (!next || next.sentence !== t.sentence) return true;
  }
  return false;
}

// What the name-kind model (name-kind.ts) reads of one name: the registry's own verdict and scores, the words of
// the name (shape, endings, what the lexicons know of them) and the words around its mentions, pooled over the
// corpus. Features are strings; none is a name: word identities appear only for the lower-case words around a
// mention and for the ordinary English words a name is built from ("university", "river").
import { isEnglishWord } from './english-words.ts';
import { townLevel } from './gazetteer.ts';
import {
  isDemonym,
  isFirstName,
  isKnownPerson,
  isOrgHeadWord,
  isPlaceHeadWord,
  isRoleNoun,
  TERM_HEADS,
} from './lexicon.ts';
import { endingKind, headKind, isCountryAbbreviation, isOrdinaryWordForm } from './name-words.ts';
import type { EntityKind } from './types.ts';

export interface Scores {
  person: number;
  organization: number;
  place: number;
  term: number;
}

/** What the registry knows of one name when it decides its kind. */
export interface NameEvidence {
  key: string;
  words: readonly string[];
  count: number;
  nonInitial: number;
  quoted: number;
  titled: number;
  speech: number;
  allCaps: boolean;
  /** Context cues of its mentions (candidates.ts) and how often each occurs. */
  context: ReadonlyMap<string, number>;
  /** A surface form as written (for capitals inside the name). */
  surface: string;
  lexPlace: boolean;
  lexOrg: boolean;
  /** Whether the corpus writes the name in lower case somewhere. */
  lowerSeen: boolean;
  /** The rules' scores and verdict. */
  scores: Scores;
  ruleKind: EntityKind;
  ruleValid: boolean;
}

const bucket = (n: number) => (n <= 0 ? '0' : n < 2 ? '1' : n < 3 ? '2' : n < 6 ? '3' : '6');
const countBucket = (n: number) => (n <= 1 ? '1' : n <= 3 ? '2' : n <= 9 ? '4' : '10');

export function nameFeatures(e: NameEvidence): string[] {
  const f: string[] = ['bias', `rule:${e.ruleValid ? e.ruleKind : 'none'}`];
  for (const k of ['person', 'organization', 'place', 'term'] as const) f.push(`s:${k}:${bucket(e.scores[k])}`);
  const { words } = e;
  const first = words[0] as string;
  const last = words[words.length - 1] as string;
  const n = words.length;
  f.push(`words:${Math.min(n, 4)}`, `count:${countBucket(e.count)}`);
  if (e.lexPlace) f.push('lex:place');
  if (e.lexOrg) f.push('lex:org');
  if (isKnownPerson(e.key)) f.push('lex:person');
  if (isCountryAbbreviation(e.key)) f.push('lex:country');
  const town = townLevel(e.key);
  if (town > 0) f.push(`town:${town}`);
  if (isFirstName(first)) f.push(n === 1 ? 'given:alone' : 'given:first');
  if (n > 1 && isFirstName(last)) f.push('given:last');
  if (isDemonym(last)) f.push('demonym');
  if (e.allCaps) f.push('caps');
  if (e.nonInitial === 0) f.push('only-initial');
  if (e.quoted === e.count) f.push('only-quoted');
  if (e.titled > 0) f.push('titled');
  if (e.speech > 0) f.push('speech');
  if (e.lowerSeen) f.push('lower-seen');
  if (/\p{Lu}/u.test(e.surface.slice(1).replace(/\s\p{Lu}/gu, ''))) f.push('inner-capital');
  if (/[-‐]/u.test(e.key)) f.push('hyphen');
  if (/\d/u.test(e.key)) f.push('digit');
  if (/['’]/u.test(e.key)) f.push('apostrophe');
  if (/^\p{L}\.?$/u.test(first) && n > 1) f.push('initial');
  if (words.some((w, i) => i > 0 && (w === 'of' || w === 'for' || w === 'de'))) f.push('of');
  if (words.includes('and') || words.includes('&')) f.push('and');
  if (words.includes('the')) f.push('the');
  const head = headKind(words);
  if (head) f.push(`head:${head}`);
  if (isOrgHeadWord(last)) f.push('last:org-head');
  if (isPlaceHeadWord(last)) f.push('last:place-head');
  if (TERM_HEADS.has(last)) f.push('last:term-head');
  if (isRoleNoun(last)) f.push('last:role');
  const ending = endingKind(last);
  if (ending) f.push(`ending:${ending}`);
  wordFeatures(f, 'last', last);
  if (n > 1) wordFeatures(f, 'first', first);
  if (n > 2 && words.slice(1, -1).every((w) => isOrdinaryWordForm(w) || w.length <= 3)) f.push('middle:ordinary');
  if (/[^s]s$/u.test(last) && isEnglishWord(last.slice(0, -1))) f.push('last:plural');
  for (const [cue] of e.context) f.push(`x:${cue}`);
  return f;
}

/** A word's shape: an English word (and which), its ending letters. */
function wordFeatures(f: string[], at: string, word: string) {
  const english = isOrdinaryWordForm(word);
  f.push(`${at}:${english ? 'english' : 'unknown'}`);
  if (english && word.length > 2) f.push(`${at}=${word}`);
  if (word.length >= 4) f.push(`${at}-3:${word.slice(-3)}`, `${at}-2:${word.slice(-2)}`);
}

// Definite descriptions that stand for someone the article has named: "the Riverton senator", "the party's
// presidential candidate", "the billionaire businessman". A description refers back to a person when its head
// noun and its modifiers are words the text has already used for that person: in a title before the name
// ("billionaire businessman Ann Lee"), in an appositive after it ("Lee, the party's candidate,"), or in the roles
// the corpus gives the person ("Riverton Sen."). The nearest such person wins, as in most resolvers of definite
// noun phrases (Poesio and Vieira 1998: same head noun, compatible modifiers, most recent).
import { isRoleNoun, lexTags } from './lexicon.ts';
import type { Token } from './tokens.ts';

// Nouns that head a description of a person in news copy but are no title: compromise knows few of them.
const PERSON_HEADS = new Set([
  'candidate',
  'nominee',
  'frontrunner',
  'hopeful',
  'contender',
  'challenger',
  'incumbent',
  'billionaire',
  'businessman',
  'businesswoman',
  'tycoon',
  'mogul',
  'developer',
  'aide',
  'politician',
  'lawmaker',
  'legislator',
  'congressman',
  'congresswoman',
  'senator',
  'governor',
  'mayor',
  'president',
  'secretary',
  'star',
  'actor',
  'actress',
  'singer',
  'comedian',
  'host',
  'anchor',
  'columnist',
  'commentator',
  'pundit',
  'author',
  'writer',
  'activist',
  'economist',
  'historian',
  'scientist',
  'professor',
  'lawyer',
  'attorney',
  'judge',
  'pollster',
  'veteran',
  'democrat',
  'republican',
  'socialist',
  'conservative',
  'liberal',
  'independent',
]);
// Words that say nothing about which person is meant: "the former senator" is any senator.
const IGNORED = new Set([
  'former',
  'current',
  'then',
  'new',
  'top',
  'senior',
  'longtime',
  'outgoing',
  'incoming',
  'sitting',
]);
const ABBREVIATIONS = new Map([
  ['sen', 'senator'],
  ['sens', 'senator'],
  ['rep', 'representative'],
  ['reps', 'representative'],
  ['gov', 'governor'],
  ['pres', 'president'],
  ['gen', 'general'],
  ['sec', 'secretary'],
  ['lt', 'lieutenant'],
  ['col', 'colonel'],
  ['sgt', 'sergeant'],
  ['amb', 'ambassador'],
  ['atty', 'attorney'],
  ['adm', 'admiral'],
  ['capt', 'captain'],
  ['prof', 'professor'],
  ['front-runner', 'frontrunner'],
  ['congressman', 'congressman'],
  ['gop', 'republican'],
  ['democratic', 'democrat'],
]);

/** A role word as descriptions and titles compare it: lower case, abbreviations spelled out. */
export function roleWord(word: string): string {
  const w = word
    .toLowerCase()
    .replace(/\.$/u, '')
    .replace(/[’']s$/u, '');
  return ABBREVIATIONS.get(w) ?? w;
}

export const isPersonHead = (lower: string) => PERSON_HEADS.has(roleWord(lower)) || isRoleNoun(lower);

const singleSpace = (gap: string) => gap === ' ' || gap === '\u00a0';
const STOP = new Set([
  'the',
  'a',
  'an',
  'and',
  'or',
  'of',
  'for',
  'to',
  'in',
  'on',
  'at',
  'by',
  'with',
  'from',
  'as',
  'that',
  'who',
]);

/** Words of the title right before a name: "Republican presidential candidate" in "… candidate Ann Lee". */
export function titleWordsBefore(tokens: readonly Token[], first: number): string[] {
  const out: string[] = [];
  for (let k = first - 1; k >= 0 && first - k <= 6; k--) {
    const t = tokens[k] as Token;
    const after = tokens[k + 1] as Token;
    if (!singleSpace(after.gap) || t.quote !== after.quote || STOP.has(t.lower)) break;
    if (!t.cap && verbLike(t.lower)) break;
    out.push(roleWord(t.text));
    if (t.possessive) break;
  }
  return out;
}

function verbLike(lower: string): boolean {
  const tags = lexTags(lower);
  if (tags.some((g) => g === 'Adjective' || g === 'Singular' || g === 'Plural' || g === 'Actor')) return false;
  return tags.some(
    (g) => g === 'PastTense' || g === 'PresentTense' || g === 'Infinitive' || g === 'Copula' || g === 'Verb',
  );
}

export interface Description {
  first: number;
  last: number;
  head: string;
  /** Modifier words that must fit the person too ("florida", "republican"). */
  words: string[];
}

/**
 * A description starting after "the" at token `from`: up to five modifiers and a person head noun, not followed
 * by a name (then it is a title: "the Riverton senator Ann Lee"). `nameWords(i)` gives the key words of a name
 * starting at token i (and its last token), so "the Riverton senator" carries "riverton".
 */
export function readDescription(
  tokens: readonly Token[],
  from: number,
  nameAt: (i: number) => { words: string[]; last: number } | undefined,
): Description | undefined {
  const words: string[] = [];
  let j = from;
  let head: string | undefined;
  let last = -1;
  while (j < tokens.length && j - from < 7) {
    const t = tokens[j] as Token;
    if (!singleSpace(t.gap) || t.quote >= 0) break;
    const name = nameAt(j);
    if (name) {
      words.push(...name.words);
      j = name.last + 1;
      head = undefined;
      continue;
    }
    const w = roleWord(t.text);
    if (STOP.has(t.lower) || (!t.cap && verbLike(t.lower))) break;
    if (isPersonHead(t.lower)) {
      head = w;
      last = j;
    } else if (t.cap || /^[\p{Ll}][\p{Ll}-]*$/u.test(t.text)) {
      words.push(w);
      head = undefined;
    } else break;
    j++;
    if (t.possessive) break;
  }
  if (!head || last < 0) return undefined;
  const next = tokens[last + 1];
  if (next && singleSpace(next.gap) && next.cap) return undefined;
  const kept = words.filter((w) => !IGNORED.has(w) && w !== head);
  return { first: from, last, head, words: kept };
}

/** Does a person's vocabulary (title words, appositives, corpus roles) hold the description's words? */
export function describes(d: Description, vocabulary: ReadonlySet<string>): boolean {
  return vocabulary.has(d.head) && d.words.every((w) => vocabulary.has(w));
}

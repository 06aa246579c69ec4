// Definite descriptions that stand for someone the article has named: "the Riverton senator", "the party's
// presidential candidate", "the billionaire businessman". A description refers back to a person when its head
// noun and its modifiers are words the text has already used for that person: in a title before the name
// ("billionaire businessman Ann Lee"), in an appositive after it ("Lee, the party's candidate,"), or in the roles
// the corpus gives the person ("Riverton Sen."). The nearest such person wins, as in most resolvers of definite
// noun phrases (Poesio and Vieira 1998: same head noun, compatible modifiers, most recent).
import { isCommonWord, isRoleNoun, lexTags } from './lexicon.ts';
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
  'surgeon',
  'neurosurgeon',
  'founder',
  'co-founder',
  'cofounder',
  'owner',
  'student',
  'nurse',
  'neighbor',
  'neighbour',
  'relative',
  'panelist',
  'victim',
  'questioner',
  'heavyweight',
  'attendee',
  'fan',
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

// Nouns for something that speaks without being a person: a document or message ("the report said", "a
// welcome message reads"), an outlet ("the newspaper wrote") or a body ("the committee said"). News copy
// credits quotes to them when it names no author.
const DOCUMENT_HEADS = [
  'report',
  'statement',
  'study',
  'survey',
  'poll',
  'memo',
  'memorandum',
  'letter',
  'email',
  'e-mail',
  'release',
  'document',
  'filing',
  'complaint',
  'lawsuit',
  'indictment',
  'ruling',
  'opinion',
  'decision',
  'order',
  'editorial',
  'op-ed',
  'column',
  'article',
  'story',
  'piece',
  'post',
  'tweet',
  'ad',
  'advertisement',
  'commercial',
  'spot',
  'video',
  'message',
  'headline',
  'caption',
  'sign',
  'banner',
  'placard',
  'poster',
  'page',
  'webpage',
  'transcript',
  'summary',
  'analysis',
  'review',
  'petition',
  'resolution',
  'platform',
  'manifesto',
  'book',
  'memoir',
  'note',
  'notice',
  'flier',
  'flyer',
  'leaflet',
  'brochure',
  'mailer',
  'announcement',
  'bulletin',
  'blog',
  'voice-over',
  'voiceover',
  'narrator',
  'script',
  'text',
  'invitation',
  'card',
  'plaque',
  'inscription',
];
// Besides the outlets and bodies below (OUTLET_HEADS, BODY_HEADS): other bodies that speak as one.
const OTHER_SOURCE_HEADS = [
  'wire',
  'campaign',
  'organization',
  'organisation',
  'government',
  'administration',
  'ministry',
  'department',
  'office',
  'company',
  'firm',
  'team',
  'nonprofit',
  'charity',
  'movement',
  'band',
];

/** Heads of an outlet ("the conservative-leaning newspaper"): it stands for a news organization. */
export const OUTLET_HEADS: ReadonlySet<string> = new Set([
  'newspaper',
  'paper',
  'magazine',
  'network',
  'outlet',
  'site',
  'website',
  'station',
  'channel',
  'publication',
  'daily',
  'tabloid',
  'broadcaster',
  'newsletter',
]);

/** Heads of a body that speaks as one ("the committee"): it stands for an organization named with the word. */
export const BODY_HEADS: ReadonlySet<string> = new Set([
  'committee',
  'subcommittee',
  'commission',
  'council',
  'group',
  'agency',
  'board',
  'panel',
  'party',
  'union',
  'coalition',
  'court',
  'foundation',
  'institute',
  'association',
  'alliance',
  'caucus',
  'center',
  'centre',
  'bureau',
  'society',
  'club',
]);

const SOURCE_HEADS: ReadonlySet<string> = new Set([
  ...DOCUMENT_HEADS,
  ...OUTLET_HEADS,
  ...BODY_HEADS,
  ...OTHER_SOURCE_HEADS,
]);

/** Does this lower-case noun (singular or plural) name a document, message, outlet or body that can speak? */
export function isSourceHead(lower: string): boolean {
  if (SOURCE_HEADS.has(lower)) return true;
  const singular = lower.endsWith('ies')
    ? `${lower.slice(0, -3)}y`
    : lower.endsWith('s') && !lower.endsWith('ss')
      ? lower.slice(0, -1)
      : '';
  return singular !== '' && SOURCE_HEADS.has(singular);
}

const SOURCE_LEADS = new Set(['a', 'an', 'the', 'this', 'that', 'these', 'those', 'its', 'his', 'her', 'their', 'one']);
const LINKS = new Set(['on', 'in', 'of', 'from', 'by', 'at', 'for']);

/**
 * The noun phrase that ends at token `end` and is headed by a source noun, read back to its determiner:
 * "the congressional report", "a welcome message on the website" (one prepositional phrase after the head),
 * "the Varga campaign's latest ad". Nothing unless the phrase opens with a determiner or a possessive, so
 * the words are the text's own and the phrase is whole. `first` bounds the search (the sentence's first token).
 */
export function sourcePhraseEndingAt(
  tokens: readonly Token[],
  end: number,
  first: number,
): { first: number; head: number; last: number } | undefined {
  // "a welcome message on the website": the head before one "on/in/of … X" phrase wins over X itself.
  for (let k = end - 1; k > end - 6 && k > first; k--) {
    const t = tokens[k] as Token;
    if (t.quote >= 0 || !singleSpace((tokens[k + 1] as Token).gap)) break;
    if (!LINKS.has(t.lower)) continue;
    if (!singleSpace(t.gap)) break;
    const outer = sourceHeadPhrase(tokens, k - 1, first);
    if (outer) return { ...outer, last: end };
    break;
  }
  return sourceHeadPhrase(tokens, end, first);
}

/** A phrase whose head is the source noun at `head`, from its determiner or its owner's name. */
function sourceHeadPhrase(
  tokens: readonly Token[],
  head: number,
  first: number,
): { first: number; head: number; last: number } | undefined {
  const h = tokens[head] as Token | undefined;
  if (!h || h.cap || h.quote >= 0 || h.possessive || !isSourceHead(h.lower)) return undefined;
  // After a possessive the phrase is whole; reading on takes in its owner's name ("Anna Varga's").
  let owner = -1;
  for (let k = head - 1; k >= first && head - k <= 8; k--) {
    const t = tokens[k] as Token;
    if (t.quote >= 0 || !singleSpace((tokens[k + 1] as Token).gap)) break;
    if (SOURCE_LEADS.has(t.lower)) return { first: k, head, last: head };
    if (owner >= 0 && (!t.cap || (t.initial && isCommonWord(t.lower)))) break;
    if (t.possessive || owner >= 0) owner = k;
    else if (STOP.has(t.lower) || (!t.cap && verbLike(t.lower) && !/-/u.test(t.lower))) return undefined;
  }
  return owner >= 0 ? { first: owner, head, last: head } : undefined;
}

// Name candidates in one paragraph: runs of capitalized words, split into title ("Danish Foreign Minister")
// and name ("Karen Holm"), with the local clues that later decide what kind of thing each name is and
// how the text describes it. Nothing is decided here that needs the whole corpus.

import { markCoordination } from './coordination.ts';
import { isCalendarWord } from './dates.ts';
import { isEnglishWord } from './english-words.ts';
import { townLevel } from './gazetteer.ts';
import {
  COMPASS_WORDS,
  HONORIFICS,
  isCommonWord,
  isDemonym,
  isFirstName,
  isKnownOrg,
  isKnownPerson,
  isKnownPlace,
  isOrgHeadWord,
  isPlaceHeadWord,
  isRoleNoun,
  isTimeWord,
  lexTags,
  NAME_CONNECTORS,
  NUMBERED_TERM_WORDS,
  SHARED_HEAD_PLURALS,
  TERM_HEADS,
  TITLE_COMPLEMENTS,
  TITLE_WORDS,
} from './lexicon.ts';
import {
  COUNT_WORDS,
  classNounKind,
  headKind,
  isAdherentWord,
  isCountryAbbreviation,
  isFacilityHead,
  isGivenName,
  isOrdinaryWordForm,
  isOrgOpener,
  isSyllabicGivenName,
  MEMBER_WORDS,
} from './name-words.ts';
import { speechVerbAt } from './speech.ts';
import { definitionAfter, findPhraseTerms, phraseKey } from './terms.ts';
import { isAllCaps, nameKey } from './text.ts';
import type { Token } from './tokens.ts';

export interface Votes {
  person: number;
  organization: number;
  place: number;
  term: number;
}

export interface Candidate {
  /** Token indices of the name, inclusive. */
  first: number;
  last: number;
  start: number;
  end: number;
  surface: string;
  key: string;
  initial: boolean;
  quoted: boolean;
  possessive: boolean;
  /** Ways the text describes a person right at this mention ("Danish Foreign Minister", "a senior analyst at…"). */
  roles: string[];
  /** An "a/an/the …" appositive right after the name, for organizations and terms. */
  appositive?: string;
  /** A defining clause right after a term: "Article 12, which requires …". */
  definition?: string;
  /** The name this mention stands for when it is not its surface: "Aral Sea" for "Aral Seas" (shared head). */
  canonical?: string;
  /** A lower-case policy phrase ("no-fly zone"), not a capitalized name; see terms.ts. */
  phrase?: true;
  /** A phrase the text marks as a fixed expression (hyphenated modifier, quoted, article-less). */
  marked?: true;
  /** Names inside this one ("Tartu" in "University of Tartu"); mentions that overlap this one's. */
  inner?: Candidate[];
  /** An inner name after "of": the place or body a longer name belongs to. */
  complement?: true;
  /** "(IMO)" right after the name. */
  acronym?: { text: string; start: number; end: number };
  votes: Votes;
  /**
   * A lone title or function word as a speaker ("King says", "From said" inside a sentence): a person's surname
   * only if the article names one so.
   */
  bareSurname?: true;
  /** A title word or honorific stood right before the name ("President", "Mr."). */
  titled: boolean;
  speechSubject: boolean;
  /** Cited as the source of a report: "Varbo Courier reported", "according to the Courier", "reported the Courier." */
  reportSource?: true;
  /** "the" stands right before the name: "the Courier" may be the article's "Varbo Courier". */
  afterThe?: true;
  /** "Roe's father", "Roe's sister": a surname owning a relative, who is someone else of that surname. */
  kinOwner?: true;
  /** The name with the title written before it ("Professor Jane Roe", "Vice President Roe"): an alias of its own. */
  titledSurface?: string;
  /** The words around the mention, for the name-kind model (name-features.ts): "p:in", "n:said", "p:^". */
  context?: string[];
  /** The paragraph's coordinated list of names this one stands in ("Nordair, Varbojet and Skyline"); coordination.ts. */
  list?: number;
}

const LEADING_JUNK = new Set([
  'the',
  'a',
  'an',
  'but',
  'and',
  'or',
  'so',
  'yet',
  'if',
  'as',
  'at',
  'in',
  'on',
  'for',
  'by',
  'to',
  'with',
  'from',
  'after',
  'before',
  'when',
  'while',
  'since',
  'although',
  'though',
  'because',
  'this',
  'that',
  'these',
  'those',
  'there',
  'here',
  'it',
  'its',
  'he',
  'she',
  'they',
  'we',
  'i',
  'you',
  'his',
  'her',
  'their',
  'our',
  'my',
  'your',
  'what',
  'which',
  'who',
  'how',
  'why',
  'where',
  'all',
  'some',
  'many',
  'most',
  'more',
  'no',
  'not',
  'every',
  'each',
  'other',
  'another',
  'such',
  'only',
  'also',
  'just',
  'even',
  'then',
  'now',
  'today',
  'however',
  'meanwhile',
  'indeed',
  'still',
  'both',
  'neither',
  'either',
  'over',
  'under',
  'during',
  'despite',
  'like',
  'unlike',
  'according',
  'dear',
]);
// Modifiers inside role phrases that are not the role itself: "former", "deputy", "foreign".
const ROLE_MODIFIERS = new Set([
  'former',
  'acting',
  'deputy',
  'vice',
  'prime',
  'foreign',
  'defence',
  'defense',
  'finance',
  'interior',
  'executive',
  'senior',
  'then',
  'top',
  // "Ann Vask, national treasurer for the party,": a body's officer for the whole country.
  'national',
]);
const AUXILIARIES = new Set([
  'has',
  'have',
  'had',
  'is',
  'are',
  'was',
  'were',
  'will',
  'would',
  'can',
  'could',
  'may',
  'might',
  'must',
  'should',
  'be',
  'been',
]);
const LOCATIVE = new Set([
  'in',
  'to',
  'from',
  'across',
  'toward',
  'towards',
  'near',
  'outside',
  'inside',
  'around',
  'throughout',
  'into',
  'via',
  'through',
  'within',
  'between',
]);
const MOTION_VERB =
  /^(?:go|goes|went|gone|going|come|came|comes|coming|travel(?:l?ed|l?ing|s)?|flew|fly|flies|flying|fled|flee|flees|fleeing|move[sd]?|moving|return(?:ed|s|ing)?|head(?:ed|s|ing)?|sail(?:ed|s|ing)?|drove|drive|driving|emigrat(?:ed|e|es|ing)|migrat(?:ed|e|es|ing)|relocat(?:ed|e|es|ing)|deport(?:ed|s|ing)?|sent|send|back|trip|journey|visit|way|route|road)$/u;
const isMotionVerb = (lower: string) => MOTION_VERB.test(lower);
/**
 * A verb of motion shortly before the "to" at `at`, in its sentence and outside quotes, with no other verb's "to"
 * between: "went to", "travelled with his brother to".
 */
function motionBefore(tokens: readonly Token[], at: number): boolean {
  const to = tokens[at] as Token;
  for (let k = at - 1; k >= 0 && at - k <= MOTION_LOOKBACK; k--) {
    const t = tokens[k] as Token;
    if (t.sentence !== to.sentence || t.quote !== to.quote || /[,;:()]/u.test((tokens[k + 1] as Token).gap))
      return false;
    // Farther back than the word before "to", a noun of motion heads a phrase of its own ("the head of Right to …").
    if (isMotionVerb(t.lower) && (k === at - 1 || !MOTION_NOUNS.has(t.lower))) return true;
    if (t.lower === 'to') return false;
  }
  return false;
}
/** "next to Varbo", "adjacent to Varbo": words of nearness before "to" make a place of what follows. */
const NEAR_TO = new Set(['next', 'close', 'adjacent', 'nearby', 'opposite', 'closer', 'closest']);
/**
 * Nouns whose "of" complement is a place: "the desert of Varbo", "citizens of Qarvik", "south of Lund". Kept apart
 * from PLACE_NOUNS, which also heads lists ("three towns, Varbo, …"), where people nouns would mislead.
 */
const OF_PLACE_NOUNS = new Set([
  'desert',
  'deserts',
  'monastery',
  'abbey',
  'parish',
  'parishes',
  'diocese',
  'kingdom',
  'duchy',
  'coast',
  'shores',
  'valley',
  'streets',
  'citizens',
  'residents',
  'inhabitants',
  'natives',
  'north',
  'south',
  'east',
  'west',
  'northeast',
  'northwest',
  'southeast',
  'southwest',
]);
const KIN_NOUNS = new Set([
  'father',
  'mother',
  'parents',
  'brother',
  'sister',
  'son',
  'daughter',
  'husband',
  'wife',
  'grandfather',
  'grandmother',
  'uncle',
  'aunt',
  'cousin',
  'nephew',
  'niece',
]);
const MOTION_NOUNS = new Set(['head', 'heads', 'way', 'route', 'road', 'trip', 'journey', 'visit', 'back', 'return']);
/** How far back "to" may look for its verb of motion: "travelled with Jan Roe to Varbo". */
const MOTION_LOOKBACK = 5;
const PLACE_NOUNS = new Set([
  'cities',
  'towns',
  'villages',
  'regions',
  'provinces',
  'districts',
  'islands',
  'counties',
  'states',
  'countries',
  'country',
  'city',
  'town',
  'village',
  'capital',
  'region',
  'province',
  'port',
  'district',
  'island',
  'county',
  'republic',
  'state',
  'oblast',
  'suburb',
  'outskirts',
]);
const AFTER_THE_FUNCTION = new Set([
  'on',
  'in',
  'at',
  'has',
  'have',
  'had',
  'is',
  'was',
  'said',
  'says',
  'will',
  'would',
  'and',
  'or',
  'to',
  'for',
  'of',
  'with',
  'which',
  'that',
  'who',
  'did',
  'does',
  'could',
  'also',
  'as',
  'after',
  'before',
  'from',
  'are',
  'were',
  'can',
  // "flights from Varbo via Kesselby": a route's stops.
  'via',
]);
const STOP_BEFORE_ROLE = new Set([
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
  'of',
  'in',
  'at',
  'for',
  'to',
  'by',
  'with',
  'from',
  'and',
  'or',
  'as',
  'on',
  'that',
  'this',
  'who',
  'which',
]);
const RELATIVE_OR_VERBAL = /\b(?:who|whom|whose|which|that|where|when|said|says|told|added)\b/u;
const HYPHEN_MODIFIER = /^(\p{Lu}[\p{L}\p{N}.]*)[‐-]\p{Ll}/u;

const isTitleToken = (t: Token) => TITLE_WORDS.has(t.lower.replace(/\.$/, ''));
/** Royal titles in the plural open names of places and teams ("Kings Cross", "the Kings"); others do not. */
const ROYAL_TITLES = new Set(['king', 'queen', 'prince', 'princess', 'emperor', 'sultan', 'emir', 'sheikh']);
/** "Senators Roe and Lee", "Professors Vance and Holm": a title in the plural, before the names it is each one's. */
const isPluralTitle = (t: Token) => {
  const single = t.lower.slice(0, -1);
  return (
    t.cap && /[^s]s$/u.test(t.lower) && TITLE_WORDS.has(single) && !HONORIFICS.has(single) && !ROYAL_TITLES.has(single)
  );
};
/**
 * "Dr.", "Sen.", "Gen.": abbreviated titles, written only before a person's name, so "Mr Stone", "Gen. Hill" and
 * "Sen. Ellen Ward" are people whatever their last word; the titles that are words too open places ("Lord Howe
 * Island", "Prince Edward Island").
 */
const TITLE_WORD_HONORIFICS = new Set(['sir', 'dame', 'lord', 'lady']);
const isAbbreviatedTitle = (t: Token) => {
  const bare = t.lower.replace(/\.$/, '');
  return HONORIFICS.has(bare) && !TITLE_WORD_HONORIFICS.has(bare);
};
/** Capitalized role nouns ("Adviser", "Supervisor") and party words ("Democrat") that stand before a name like a title. */
const isMemberWord = (t: Token) => t.cap && MEMBER_WORDS.has(t.lower);
const isTitleLike = (t: Token) =>
  t.cap && (MEMBER_WORDS.has(t.lower) || (isRoleNoun(t.lower) && !/s$/u.test(t.lower) && !isFirstName(t.lower)));
const singleSpace = (gap: string) => gap === ' ' || gap === '\u00a0';
const isVerbish = (lower: string) =>
  lexTags(lower).some(
    (t) => t === 'PastTense' || t === 'PresentTense' || t === 'Infinitive' || t === 'Gerund' || t === 'Modal',
  );

// "d'Arcy", "l'Ouverture", "dell'Orto": an elided particle glued to a capitalized name; Arabic's article the
// same way: "al-Rashidi", "el-Amin", "ad-Din".
const ELIDED_PARTICLE = /^(?:(?:d|l|dell|dall|degl)['’]|(?:al|el|ad|ar|as|ash|at|az|ud|ul)[‐-])\p{Lu}/u;

function isNameToken(t: Token): boolean {
  if (!t.cap) return ELIDED_PARTICLE.test(t.text);
  if (t.text.length === 1) return false;
  // "I'm", "I'll", "We've": a pronoun's contraction.
  if (/['’](?:m|ll|ve|d|re)$/iu.test(t.text)) return false;
  // "D-N.Y.", "R-Texas": a party and state after a politician's name.
  if (/^[A-Z]-\p{Lu}/u.test(t.text)) return false;
  return !HYPHEN_MODIFIER.test(t.text);
}

// Endings that make a hyphenated word a modifier: "Paris-based", "EU-funded", "Soviet-era", "Kremlin-backed".
const MODIFIER_SUFFIX = /[‐-](?:based|born|led|run|made|style|like|wide|era|type|class|owned|linked)$/u;
const PARTICIPLE_SUFFIX = /[‐-](\p{Ll}+(?:ed|ing))$/u;
/**
 * "Paris-based", "Kremlin-backed", "Ohio-leaning": a modifier's ending, or a participle of an English verb; a
 * given name's syllable that only ends the same way is none ("Wai-ching", "Kwok-hing").
 */
const isModifierSuffix = (t: Token) => {
  if (MODIFIER_SUFFIX.test(t.text)) return true;
  const participle = PARTICIPLE_SUFFIX.exec(t.lower)?.[1];
  return participle !== undefined && (isOrdinaryWordForm(participle) || isEnglishWord(participle));
};

/**
 * "Tak-wing" in "Chan Tak-wing", "Villers-la-Forêt": a hyphenated word after a name, or one whose lower-case part is
 * no English word, is part of the name; "Paris-based" and "EU-funded" are modifiers.
 */
function isHyphenatedName(t: Token, afterName: boolean): boolean {
  if (!t.cap || !HYPHEN_MODIFIER.test(t.text) || isModifierSuffix(t)) return false;
  if (afterName) return true;
  const rest = t.lower.slice(t.lower.search(/[‐-]/u) + 1);
  return lexTags(rest).length === 0 && !isOrdinaryWordForm(rest);
}

/**
 * Sentences written in Title Case (a headline that reached the body, a subhead): there capitals mark every
 * word, so an ordinary word ("Ties", "With", "Announces") ends a name instead of extending it.
 */
function titleCaseSentences(tokens: readonly Token[]): Set<number> {
  const out = new Set<number>();
  let s = -1;
  let content = 0;
  let capital = 0;
  let ordinary = 0;
  let shouted = 0;
  const list = labelListShape();
  const close = () => {
    if (s < 0 || content < 3 || list.isList()) return;
    // Title Case leaves no content word in lower case (one in a long line): a sentence has its verbs.
    const lower = content - capital;
    if ((content >= 4 && (lower === 0 || (content >= 10 && lower === 1)) && ordinary >= 2) || shouted === content)
      out.add(s);
  };
  for (const t of tokens) {
    if (t.sentence !== s) {
      close();
      s = t.sentence;
      content = 0;
      capital = 0;
      ordinary = 0;
      shouted = 0;
      list.reset();
    }
    // Title Case leaves the small function words in lower case: they say nothing either way.
    const small = !/^\p{L}/u.test(t.text) || (!t.cap && TITLE_CASE_SMALL.has(t.lower));
    list.word(t.gap, !small);
    if (small) continue;
    content++;
    if (isAllCaps(t.text)) shouted++;
    if (t.cap) {
      capital++;
      if (!t.initial && isOrdinaryWordForm(t.lower) && !isTitleToken(t) && !isFirstName(t.lower)) ordinary++;
    }
  }
  close();
  return out;
}

/**
 * "Gate 4: Nordair, Air Varbo (Hall B), Skyline": a label, a colon, then three names or more with commas between,
 * none longer than three words (asides in brackets aside). Such a line is capitals because it is all names: no
 * Title Case, so its names keep their words ("Air Varbo") and make a list (coordination.ts).
 */
function labelListShape() {
  let colon = false;
  let commas = 0;
  let seg = 0;
  let longest = 0;
  let aside = false;
  return {
    reset() {
      colon = false;
      commas = 0;
      seg = 0;
      longest = 0;
      aside = false;
    },
    word(gap: string, counts: boolean) {
      if (gap.includes(')')) aside = false;
      if (gap.includes('(')) aside = true;
      if (!colon) {
        colon = gap.includes(':');
        return;
      }
      if (gap.includes(',')) {
        commas++;
        seg = 0;
      }
      if (aside || !counts) return;
      seg++;
      longest = Math.max(longest, seg);
    },
    isList: () => colon && commas >= 2 && longest <= 3,
  };
}

const TITLE_CASE_SMALL = new Set([
  'a',
  'an',
  'and',
  'as',
  'at',
  'but',
  'by',
  'for',
  'from',
  'in',
  'into',
  'nor',
  'of',
  'on',
  'onto',
  'or',
  'over',
  'per',
  'than',
  'the',
  'to',
  'via',
  'vs',
  'with',
]);

export function findCandidates(text: string, tokens: readonly Token[]): Candidate[] {
  const out: Candidate[] = [];
  const titleCase = titleCaseSentences(tokens);
  // In a Title Case sentence a surname after a given name stays a name ("Jane Roe Ties …": "Roe" stays).
  const headlineBreak = (t: Token, k: number) =>
    titleCase.has(t.sentence) && !t.initial && isHeadlineWord(t) && !isFirstName(tokens[k - 1]?.lower ?? '');
  // Inside a name, a capitalized preposition or conjunction ("Pam Roe On Twitter") is a title's word.
  const smallWord = (t: Token, afterName: boolean) =>
    afterName && !t.initial && TITLE_CASE_SMALL.has(t.lower) && t.lower !== 'the' && !isAllCaps(t.text);
  const inName = (t: Token, afterName: boolean, k: number) =>
    (isNameToken(t) || isHyphenatedName(t, afterName)) && !headlineBreak(t, k) && !smallWord(t, afterName);
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i] as Token;
    const modifier = t.cap && !isHyphenatedName(t, false) ? HYPHEN_MODIFIER.exec(t.text) : null;
    if (modifier?.[1]) {
      // "Paris-based", "EU-funded": the capitalized part names something.
      const word = modifier[1];
      const c = makeCandidate(text, tokens, i, i, i, t.start, t.start + word.length);
      if (c) out.push(c);
      i++;
      continue;
    }
    // "said K Raghavan": a lone capital before a name is an initial (not the article "A" or the pronoun "I").
    const initialLetter =
      /^[B-HJ-Z]$/u.test(t.text) && singleSpace(tokens[i + 1]?.gap ?? '') && isNameToken(tokens[i + 1] as Token);
    if (!inName(t, false, i) && !initialLetter) {
      i++;
      continue;
    }
    let j = i;
    let nickname = -1;
    while (j + 1 < tokens.length) {
      const cur = tokens[j] as Token;
      const next = tokens[j + 1] as Token;
      if (nickname < 0 && isNicknameAt(tokens, i, j + 1)) {
        nickname = j + 1;
        j += 2;
        continue;
      }
      if (cur.possessive || !singleSpace(next.gap) || next.initial || next.quote !== cur.quote) break;
      if (inName(next, true, j + 1) || smallSurname(tokens, i, j)) {
        j++;
        continue;
      }
      // "King Olaf V", "Elizabeth I,": a regnal numeral closes a name (not the pronoun: "told Roe I would").
      if (
        (next.text === 'I' || next.text === 'V' || next.text === 'X') &&
        !/^\s+\p{Ll}/u.test(text.slice(next.end, next.end + 3))
      ) {
        j++;
        break;
      }
      if (/^\p{N}/u.test(next.text) && NUMBERED_TERM_WORDS.has(cur.lower)) {
        j++;
        break;
      }
      const after = tokens[j + 2];
      if (
        NAME_CONNECTORS.has(next.lower) &&
        after &&
        inName(after, true, j + 2) &&
        singleSpace(after.gap) &&
        !after.initial &&
        !isTimeWord(after.lower.replace(/\.$/, ''))
      ) {
        j += 2;
        continue;
      }
      // "the Institute for the Study of Harbours", "the Society of the Friends": after a body's head word,
      // "of the" / "for the" goes on with the body's name.
      const third = tokens[j + 3];
      if (
        (next.lower === 'of' || next.lower === 'for') &&
        after?.lower === 'the' &&
        third &&
        isOrgOpener(cur.lower) &&
        singleSpace(after.gap) &&
        singleSpace(third.gap) &&
        !third.initial &&
        inName(third, true, j + 3)
      ) {
        j += 3;
        continue;
      }
      break;
    }
    // "… Henrik Dalby Image: Jane Roe": a label word before a colon ends the name before it.
    // (Not a head word: "Varbo City: 25 crowns" is a city; nor the surname after a lone given name: "wrote Anna
    // Bump: …". "Ahmed Mohamed Image:" ends in a label still.)
    const label = (tokens[j] as Token).lower;
    if (
      j > i &&
      isOrdinaryWordForm(label) &&
      !surnameAfterGiven(tokens, i, j) &&
      !isPlaceHeadWord(label) &&
      !isOrgHeadWord(label) &&
      /^:/u.test(tokens[j + 1]?.gap ?? '')
    )
      j--;
    const of = nickname < 0 ? personOfSplit(tokens, i, j) : -1;
    const made = out.length;
    const body = of < 0 && nickname < 0 ? bodyThenPerson(tokens, i, j) : -1;
    if (body > 0) {
      segment(text, tokens, i, body, out);
      segment(text, tokens, body + 1, j, out);
    } else if (of > 0) {
      segment(text, tokens, i, of - 1, out);
      const before = out.length;
      if (of < j) segment(text, tokens, of + 1, j, out);
      // Where a person is "of" is a place (or a body: its head word or capitals say so); whom one is "for", a body.
      const where = out[out.length - 1];
      // "Jan Roe of the VPP": capitals that are no country's abbreviation spell a body's name.
      const body =
        where !== undefined && isAllCaps(where.surface.replace(/\s+/gu, '')) && !isCountryAbbreviation(where.key);
      if (where && out.length > before)
        where.votes[(tokens[of] as Token).lower === 'of' && !body ? 'place' : 'organization'] += 1;
    } else segment(text, tokens, i, j, out, nickname < 0 ? j : nickname - 1);
    if (nickname >= 0) for (const c of out.slice(made)) dropNickname(text, tokens, c, nickname);
    i = j + 1;
  }
  // A headline's capitals and word order are no clue to what its names are: what they name is left to the body.
  for (const c of out) {
    if (titleCase.has((tokens[c.first] as Token).sentence)) c.votes = { person: 0, organization: 0, place: 0, term: 0 };
  }
  shareListClues(text, out);
  ownersOfPeople(text, out);
  markCoordination(text, out, (c) => titleCase.has((tokens[c.first] as Token).sentence));
  shareGlossKind(text, out);
  return mergeByStart(dropDescriptorWords(text, tokens, out), phraseCandidates(text, tokens));
}

/**
 * `Robert "Bobby" Vance`: a quoted one-word nickname between a given name and a surname, both outside the quote.
 * The run reads on across it (tokens[at] is the nickname); the name it stands for leaves the nickname out.
 */
function isNicknameAt(tokens: readonly Token[], runStart: number, at: number): boolean {
  const before = tokens[at - 1] as Token;
  const nick = tokens[at] as Token;
  const after = tokens[at + 1];
  if (!after || before.quote >= 0 || nick.quote < 0 || after.quote >= 0 || before.possessive || nick.possessive)
    return false;
  const given = [tokens[runStart] as Token, before].some((t) => isFirstName(t.lower) || isKnownPerson(t.lower));
  if (!given || !isNameToken(nick) || !isNameToken(after)) return false;
  return /^\s["“‘']$/u.test(nick.gap) && /^["”’']\s$/u.test(after.gap) && nick.sentence === after.sentence;
}

/** The candidate over `Robert "Bobby" Vance` keeps its span but names "Robert Vance"; no inner name holds the nickname. */
function dropNickname(text: string, tokens: readonly Token[], c: Candidate, nickname: number) {
  if (c.phrase || c.first >= nickname || c.last <= nickname) return;
  const nick = tokens[nickname] as Token;
  const before = tokens[nickname - 1] as Token;
  const after = tokens[nickname + 1] as Token;
  c.canonical = `${text.slice(c.start, before.end)} ${text.slice(after.start, c.end)}`;
  c.key = nameKey(c.canonical);
  if (c.inner) {
    c.inner = c.inner.filter((ic) => ic.end <= before.end || ic.start > nick.end);
    if (c.inner.length === 0) delete c.inner;
  }
}

/**
 * "Baptist" in "Baptist minister Ruth Kell": a creed word opening the role before a person's name is the role's
 * word, no name of its own.
 */
function dropDescriptorWords(text: string, tokens: readonly Token[], cands: Candidate[]): Candidate[] {
  return cands.filter((c, i) => {
    const next = cands[i + 1];
    if (!next || c.first !== c.last || !isAdherentWord((tokens[c.first] as Token).lower)) return true;
    const role = text.slice(c.start, next.start).trim();
    return !(role.length > c.surface.length && next.roles.includes(role));
  });
}

/** In a Title Case line, an ordinary word in any inflection is a headline's word, not a name's. */
const isHeadlineWord = (t: Token) =>
  isOrdinaryWordForm(t.lower) &&
  !isTitleToken(t) &&
  !isFirstName(t.lower) &&
  !isOrgHeadWord(t.lower) &&
  !isPlaceHeadWord(t.lower);

/** The kind a name's head word gives; a lone head word counts too, since a Title Case gloss breaks at its ordinary words. */
function glossHead(c: Candidate): 'organization' | 'place' | undefined {
  const words = c.key.split(' ');
  if (words.length > 1) return headKind(words);
  if (isPlaceHeadWord(c.key)) return 'place';
  return isOrgHeadWord(c.key) ? 'organization' : undefined;
}

const GLOSS_GAP = /^\s*\((?:the\s+)?$/iu;

/**
 * "Kel Varoun (The Palace of Nine Gates)", "the Northern Loop Road (B4417)": a name glossed in brackets by
 * another is the same thing, so a head word on one side ("Palace", "Road", "Agency") says what the other is.
 */
function shareGlossKind(text: string, cands: Candidate[]) {
  for (let i = 1; i < cands.length; i++) {
    const a = cands[i - 1] as Candidate;
    const b = cands[i] as Candidate;
    if (a.possessive || !GLOSS_GAP.test(text.slice(a.end, b.start)) || !/^[^()]{0,40}\)/u.test(text.slice(b.end)))
      continue;
    const ka = glossHead(a);
    const kb = glossHead(b);
    if (ka && !kb) b.votes[ka] += 3;
    else if (kb && !ka) a.votes[kb] += 3;
  }
}

const LIST_GAP = /^(?:,\s+(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+)$/u;

/**
 * "studied at Brantholm, Elverum, and Tessaro", "the cities of Varbo, Lotten and Qarvik": the names of one
 * list are things of one kind. What the sentence says of the list (a locative before it) and what the lexicon
 * knows of some of its names is shared with the others.
 */
/**
 * "Nordwind's Jan Roe", "the Varbo League's Anna Lund": what owns a person named in full is the body she speaks or
 * works for; a person's own people come with a role between ("Roe's aide Jan Berg"). An owner that is itself a
 * person's name is left alone.
 */
function ownersOfPeople(text: string, cands: Candidate[]) {
  for (let i = 1; i < cands.length; i++) {
    const owner = cands[i - 1] as Candidate;
    const person = cands[i] as Candidate;
    if (!owner.possessive || owner.titled || person.first === person.last || person.possessive) continue;
    if (!/^['’]s?\s$/u.test(text.slice(owner.end, person.start))) continue;
    const ownerWords = owner.key.split(' ');
    if (ownerWords.some((w) => isFirstName(w) || isKnownPerson(w))) continue;
    const words = person.key.split(' ');
    if (words.length > 3 || !(isFirstName(words[0] as string) || words.every((w) => !isEnglishWord(w)))) continue;
    owner.votes.organization += 2;
  }
}

function shareListClues(text: string, cands: Candidate[]) {
  let from = 0;
  for (let i = 1; i <= cands.length; i++) {
    const prev = cands[i - 1] as Candidate;
    const cur = cands[i];
    // "Jane Roe, Nordwind spokeswoman,": the name in a role appositive is no member of a list.
    const inRole = cur !== undefined && prev.roles.some((r) => text.startsWith(r, cur.start));
    if (
      cur &&
      !inRole &&
      LIST_GAP.test(text.slice(prev.end + (prev.possessive ? 2 : 0), cur.start)) &&
      !prev.possessive
    )
      continue;
    const list = cands.slice(from, i);
    const examples = exampleClassBefore(text, list[0] as Candidate);
    const named = examples ? undefined : classBeforeNames(text, list);
    if (examples) {
      for (const c of list) c.votes[examples] += 3;
      // "Senators Roe, Lee and Vance": the plural title is each one's.
      // (Not an owner that goes on the list: "Pastors Roe and Lee and Nordwind's Jan Vance".)
      if (examples === 'person' && (list[0] as Candidate).titled)
        for (const c of list) if (!c.possessive) c.titled = true;
    } else if (named) {
      // (A person's full name among them is someone the class noun describes: "publishers Jan Roe of …".)
      for (const c of list) if (c.first === c.last || !isFirstName(c.key.split(' ')[0] as string)) c.votes[named] += 3;
    } else if (i - from >= 2 && isList(text, cands, from, i)) shareInList(list);
    from = i;
  }
}

/** Plural nouns for a class of bodies or places that a writer gives examples of ("carriers such as …"). */
const EXAMPLE_CLASSES: ReadonlyMap<string, 'organization' | 'place'> = new Map([
  ...[
    'airlines',
    'bands',
    'banks',
    'brands',
    'broadcasters',
    'carriers',
    'chains',
    'charities',
    'clubs',
    'companies',
    'corporations',
    'employers',
    'engines',
    'firms',
    'magazines',
    'networks',
    'newspapers',
    'organisations',
    'organizations',
    'outlets',
    'parties',
    'publications',
    'publishers',
    'retailers',
    'stores',
    'studios',
    'teams',
    'universities',
    'websites',
  ].map((w) => [w, 'organization'] as const),
  ...[
    'cities',
    'countries',
    'exurbs',
    'islands',
    'nations',
    'neighborhoods',
    'neighbourhoods',
    'provinces',
    'regions',
    'suburbs',
    'towns',
    'villages',
  ].map((w) => [w, 'place'] as const),
]);
// Roles that companies and countries hold as often as people do: "donors such as Nordwind Bank".
const EITHER_ROLES = new Set([
  'allies',
  'buyers',
  'clients',
  'competitors',
  'contractors',
  'customers',
  'donors',
  'investors',
  'lenders',
  'owners',
  'partners',
  'rivals',
  'sellers',
  'sponsors',
  'suppliers',
  'vendors',
]);
// (A particle the name was read without may stand between: "the islands La Varbe".)
const PLURAL_CLASS_BEFORE = /(?:^|[^\p{L}])(\p{Ll}+s) (?:\p{Lu}\p{Ll}{0,2} )?$/u;
/** A capitalized plural right before the list's first name, which the name was split from as its title. */
const PLURAL_TITLE_BEFORE = /(?:^|[^\p{L}])(\p{Lu}\p{Ll}+[^s]s) $/u;
/** Plural class nouns that stand right before names, though a writer seldom gives examples of them. */
const NAMED_CLASSES: ReadonlyMap<string, 'organization' | 'place'> = new Map([
  ['schools', 'organization'],
  ['colleges', 'organization'],
]);
/**
 * "the islands Lotta, Varbo, Qarvik", "the religious schools Santo Lund and Vael": a plural class noun right before
 * the names says what they are, unless the names open a clause of their own ("the firms Roe and Lee worked for").
 */
function classBeforeNames(text: string, list: readonly Candidate[]): 'organization' | 'place' | undefined {
  const first = list[0] as Candidate;
  const last = list[list.length - 1] as Candidate;
  const noun = PLURAL_CLASS_BEFORE.exec(text.slice(Math.max(0, first.start - 30), first.start))?.[1];
  const kind = noun === undefined ? undefined : (EXAMPLE_CLASSES.get(noun) ?? NAMED_CLASSES.get(noun));
  if (!kind) return undefined;
  const after = /^\s+(\p{Ll}+)/u.exec(text.slice(last.end, last.end + 30))?.[1];
  if (after !== undefined && (isVerbish(after) || AUXILIARIES.has(after))) return undefined;
  return kind;
}
const EXAMPLES_BEFORE = /\b(\p{Ll}+),?\s+(?:such\s+as|including|like)\s+(?:the\s+)?$/u;

/**
 * "carriers such as Nordair, Varbojet and Skyline", "critics including Jane Roe", "towns like Lotten": names the
 * sentence gives as examples of a plural class noun are of that class (a role noun's are people).
 */
function exampleClassBefore(text: string, first: Candidate): 'organization' | 'place' | 'person' | undefined {
  const before = text.slice(Math.max(0, first.start - 40), first.start);
  const title = first.titled ? PLURAL_TITLE_BEFORE.exec(before)?.[1] : undefined;
  if (title && TITLE_WORDS.has(title.toLowerCase().slice(0, -1))) return 'person';
  const m = EXAMPLES_BEFORE.exec(before);
  const noun = m?.[1];
  if (!noun) return undefined;
  const kind = EXAMPLE_CLASSES.get(noun);
  if (kind) return kind;
  return /[^s]s$/u.test(noun) && isRoleNoun(noun) && !EITHER_ROLES.has(noun) ? 'person' : undefined;
}

/**
 * A real list closes with "and" or "or" ("Brantholm, Elverum, and Tessaro"); two names with only a comma
 * between are a place and its region ("Varbo, Nordland"). "in Varbo, Nordland, the Courier asked…" is neither.
 */
function isList(text: string, cands: readonly Candidate[], from: number, to: number): boolean {
  const last = cands[to - 1] as Candidate;
  const before = cands[to - 2] as Candidate;
  if (/\b(?:and|or)\b|&/u.test(text.slice(before.end, last.start))) return true;
  return to - from === 2;
}

function shareInList(list: readonly Candidate[]) {
  let places = 0;
  let placeClue = false;
  let people = 0;
  let orgs = 0;
  for (const c of list) {
    if (c.votes.person > 0) people++;
    // "bids from Siemens, Nordwind and …": a locative before a company the lexicon knows makes it no place.
    else if (isKnownOrg(c.key) && !isKnownPlace(c.key)) orgs++;
    else if (c.votes.place > 0) {
      places++;
      placeClue = true;
    } else if (isKnownPlace(c.key)) places++;
    else if (isKnownOrg(c.key)) orgs++;
  }
  const n = list.length;
  // What the sentence says of one name of the list ("in Varbo, Nordland") it says of all; what the lexicon knows
  // of some, only when they are half the list.
  let kind: 'place' | 'person' | 'organization' | undefined;
  if (people === 0 && orgs === 0 && (placeClue || places * 2 >= n)) kind = 'place';
  else if (places === 0 && people * 2 >= n) kind = 'person';
  else if (places === 0 && people === 0 && orgs * 2 >= n) kind = 'organization';
  if (!kind) return;
  // Bodies share their kind only with one-word names: "Pieter van Dalen Roos" in a list of agencies is a person.
  for (const c of list) if (kind !== 'organization' || (c.first === c.last && !isDemonym(c.key))) c.votes[kind] += 2;
}

function phraseCandidates(text: string, tokens: readonly Token[]): Candidate[] {
  return findPhraseTerms(tokens).map((span) => {
    const head = tokens[span.first] as Token;
    const tail = tokens[span.last] as Token;
    const c: Candidate = {
      first: span.first,
      last: span.last,
      start: head.start,
      end: tail.end,
      surface: text.slice(head.start, tail.end),
      key: phraseKey(tokens, span.first, span.last),
      initial: head.initial,
      quoted: head.quote >= 0,
      possessive: tail.possessive,
      roles: [],
      votes: { person: 0, organization: 0, place: 0, term: 0 },
      titled: false,
      speechSubject: false,
      phrase: true,
    };
    if (span.marked) c.marked = true;
    if (!tail.possessive) {
      const app = appositiveAfter(text, tokens, span.last);
      if (app && !app.role) c.appositive = app.text;
      const definition = definitionAfter(text, tokens, span.last);
      if (definition) c.definition = definition;
    }
    return c;
  });
}

/** Both lists in reading order; names keep their order, phrases (which never overlap a name) slot in. */
function mergeByStart(names: Candidate[], phrases: Candidate[]): Candidate[] {
  if (phrases.length === 0) return names;
  const out: Candidate[] = [];
  let p = 0;
  for (const c of names) {
    while (p < phrases.length && (phrases[p] as Candidate).start < c.start) out.push(phrases[p++] as Candidate);
    out.push(c);
  }
  while (p < phrases.length) out.push(phrases[p++] as Candidate);
  return out;
}

/**
 * "Marta J. Olsberg of Vermont", "Joel Roe of Nordwind News", "Democrat of Oregon": a person (or a party word)
 * with "of" and where they come from is two names, not one; so is "Jane Roe for Nordwind Polling", a person and
 * whom she works for. Returns the index of that "of" or "for", or -1. A name opening with a given name is a
 * person's; "Bank of England", "University of Tartu" and "Citizens for Harbours" stay whole.
 */
function personOfSplit(tokens: readonly Token[], from: number, to: number): number {
  let k = from;
  while (
    k < to &&
    (isTitleToken(tokens[k] as Token) ||
      isTitleLike(tokens[k] as Token) ||
      LEADING_JUNK.has((tokens[k] as Token).lower))
  )
    k++;
  // "CBC Chairman G.K. Roe of Ohio": the person's name begins after the last title word before "of".
  for (let m = k; m < to && (tokens[m] as Token).lower !== 'of'; m++) if (isTitleToken(tokens[m] as Token)) k = m + 1;
  for (let o = k + 1; o < to; o++) {
    const t = tokens[o] as Token;
    const first = tokens[k] as Token;
    // "Jane Roe for Nordwind Polling": a person's full name and whom she works for.
    if (t.lower === 'for' && o - k >= 2 && isFirstName(first.lower) && looksLikeFullName(tokens.slice(k, o))) return o;
    if (t.lower !== 'of') continue;
    if (o === k + 1 && MEMBER_WORDS.has(first.lower)) return o;
    const before = tokens.slice(k, o);
    const last = before[before.length - 1] as Token;
    const given = isGivenName(first.lower) || isKnownPerson(first.lower);
    if (
      before.length < 2
        ? isOrdinaryWordForm(first.lower) || isFirstName(first.lower)
        : !given && isOrdinaryWordForm(last.lower)
    )
      return -1;
    if (!given && before.some((b) => isOrdinaryWordForm(b.lower))) return -1;
    if (before.some((b) => isOrgHeadWord(b.lower) || isPlaceHeadWord(b.lower) || TERM_HEADS.has(b.lower))) return -1;
    return o;
  }
  return -1;
}

/**
 * "the Varbo Council Enver Lundqvist told …": a body's head word followed by two words that are no English words
 * and no place is the body and then a person. Returns the head word's index, or -1.
 */
function bodyThenPerson(tokens: readonly Token[], from: number, to: number): number {
  const head = to - 2;
  if (head <= from) return -1;
  const h = tokens[head] as Token;
  if (!isOrgHeadWord(h.lower) || isPlaceHeadWord(h.lower) || isAllCaps(h.text)) return -1;
  const person = tokens.slice(head + 1, to + 1);
  const nameLike = (t: Token) =>
    /^\p{Lu}\p{Ll}+$/u.test(t.text) && !isOrdinaryWordForm(t.lower) && !isKnownPlace(t.lower) && !isTitleToken(t);
  if (isKnownPlace(person.map((t) => t.lower).join(' '))) return -1;
  return person.every(nameLike) && looksLikeFullName(person) ? head : -1;
}

/** Given name and surname, with no head word of a body, a place or a term among them. */
const looksLikeFullName = (words: readonly Token[]) =>
  words.length <= 4 &&
  words.every((b) => !isOrgHeadWord(b.lower) && !isPlaceHeadWord(b.lower) && !TERM_HEADS.has(b.lower)) &&
  !isOrdinaryWordForm((words[words.length - 1] as Token).lower);

/**
 * Splits one capitalized run into leading junk, title and name, and records the name. No title word stands at or
 * after `nameFrom` (the given name before a nickname: "Austin Shepherd “Shep” Roe").
 */
function segment(text: string, tokens: readonly Token[], from: number, to: number, out: Candidate[], nameFrom = to) {
  // "…,” From said": a function word capitalized inside a sentence, alone, as a speaker, is someone's surname.
  const lone = tokens[from] as Token;
  if (from === to && !lone.initial && LEADING_JUNK.has(lone.lower) && lone.text.length > 1 && !isAllCaps(lone.text)) {
    pushBareSurname(text, tokens, from, out);
    return;
  }
  let first = from;
  while (first <= to) {
    const t = tokens[first] as Token;
    // A common word opening a sentence is no name ("Earlier Thursday"), unless it heads one ("Senate Majority…").
    const heads = first < to && (isTitleToken(tokens[first + 1] as Token) || isOrgHeadWord(t.lower));
    const junk =
      LEADING_JUNK.has(t.lower) ||
      (t.initial &&
        isCommonWord(t.lower) &&
        !isAllCaps(t.text) &&
        !isTitleToken(t) &&
        !heads &&
        !numberOpensName(tokens, first, to) &&
        !givenOpensName(tokens, first, to) &&
        !familyNameOpens(tokens, first, to)) ||
      // "Currently Holm": an adverb opening the sentence.
      (t.initial && first < to && /ly$/u.test(t.lower) && isOrdinaryWordForm(t.lower)) ||
      // "Nonpartisan Jana Roe won", "Crooked Ann Lee": a word opening the sentence before a given name and a
      // surname describes the person.
      (t.initial && describesFullName(tokens, first, to)) ||
      // "the Swedish Anna Lind": a demonym before a given name describes the person.
      (first < to && isDemonym(t.lower) && isFirstName((tokens[first + 1] as Token).lower));
    if (!junk) break;
    first++;
  }
  // "LA Weekly", "DE Shaw": a particle in capitals is an abbreviation opening the name, not "la" or "de".
  while (
    first <= to &&
    NAME_CONNECTORS.has((tokens[first] as Token).lower) &&
    !alGivenName(tokens, first, to) &&
    !(first < to && /^\p{Lu}{2,}$/u.test((tokens[first] as Token).text)) &&
    !opensForeignName(tokens[first] as Token, first < to)
  )
    first++;
  if (first > to) return;
  // "Central and Eastern Europe", "North and South Korea": a lone compass word shares the name that follows.
  const after = tokens[to + 1];
  if (
    first === to &&
    COMPASS_WORDS.has((tokens[first] as Token).lower) &&
    after &&
    (after.lower === 'and' || after.lower === 'or') &&
    singleSpace(after.gap)
  ) {
    return;
  }
  if (first === to && MEMBER_WORDS.has((tokens[first] as Token).lower) && tokens[to + 1]?.lower === 'of') return;
  // The last title word with a name after it splits title from name: "U.S. Secretary of State | Jane Roe",
  // "Democrat Jane Roe", "Campaign Senior Adviser Jane Roe".
  let split = -1;
  for (let k = Math.min(to, nameFrom) - 1; k >= first; k--) {
    // A role noun opening the run may be a given name ("Dean Roe"); after a word of the title it is the title's.
    if (
      isTitleToken(tokens[k] as Token) ||
      (isTitleLike(tokens[k] as Token) && (k > first || isMemberWord(tokens[k] as Token))) ||
      (k === first && isDescriptorBefore(tokens, k, to)) ||
      (k === first && k < to && isPluralTitle(tokens[k] as Token))
    ) {
      split = k;
      break;
    }
  }
  let nameFirst = first;
  if (split >= 0) {
    let n = split + 1;
    if (tokens[n]?.lower === 'of') {
      n++;
      // "Secretary of State Jane Roe", "Supervisor of Elections Jane Roe": the office's own words.
      while (
        n < to &&
        (TITLE_COMPLEMENTS.has((tokens[n] as Token).lower) || (to - n >= 2 && isCommonWord((tokens[n] as Token).lower)))
      )
        n++;
    }
    const nameTokens = tokens.slice(n, to + 1);
    const lastName = nameTokens[nameTokens.length - 1];
    const undo =
      nameTokens.length === 0 ||
      nameTokens.every(isTitleToken) ||
      (nameTokens.length === 1 && MEMBER_WORDS.has((lastName as Token).lower)) ||
      (lastName !== undefined &&
        (isOrgHeadWord(lastName.lower) ||
          (isPlaceHeadWord(lastName.lower) &&
            !(isAbbreviatedTitle(tokens[split] as Token) && !isFacilityHead(lastName.lower))) ||
          TERM_HEADS.has(lastName.lower) ||
          (nameTokens.length === 1 &&
            isCommonWord(lastName.lower) &&
            !personalTitleBefore(tokens[split] as Token, lastName))));
    // "Professor of Linguistics", "Minister of Health": an office, no one's name. So is "Professor of Classical
    // Languages", "of West African Studies": a field's words (ordinary, compass or demonym) after "of" (not a body's
    // name, which "The" opens: "Director of The Lantern Project").
    const fieldWord = (t: Token) => isOrdinaryWordForm(t.lower) || COMPASS_WORDS.has(t.lower) || isDemonym(t.lower);
    const field = nameTokens.length > 1 && tokens[split + 2]?.lower !== 'the' && nameTokens.every(fieldWord);
    if (
      nameTokens.length > 0 &&
      tokens[split + 1]?.lower === 'of' &&
      (undo ? nameTokens.every((t) => isOrdinaryWordForm(t.lower)) : field)
    )
      return;
    if (!undo) {
      nameFirst = n;
      // Capitalized words before the title words are names too: "UN" in "UN Secretary General".
      let k = first;
      while (k < split && !isTitleToken(tokens[k] as Token)) k++;
      // Portfolio words belong to the title too: "Energy" in "Finnish Energy Minister".
      while (k > first && isCommonWord((tokens[k - 1] as Token).lower) && !isAllCaps((tokens[k - 1] as Token).text))
        k--;
      // …unless they are the title's own words: "Finnish Energy Minister" names no "Finnish Energy".
      if (k > first && !isDemonym((tokens[first] as Token).lower)) {
        const prefix = makeCandidate(text, tokens, first, k - 1, first);
        if (prefix) out.push(prefix);
      }
    }
  }
  // A bare role ("the Finnish Energy Minister", "Secretary General") is a description, not a name.
  if (tokens.slice(nameFirst, to + 1).every(isTitleToken)) {
    // …but "King says" may be the surname of the article's "Sarah King": kept, marked, for the registry to
    // resolve to a person of that surname or drop.
    const word = tokens[to] as Token;
    if (from === to && !isAllCaps(word.text) && !/s$/u.test(word.lower) && tokens[to - 1]?.lower !== 'the') {
      pushBareSurname(text, tokens, to, out);
    }
    return;
  }
  // "the Deputy Minister" ends in a title word; after a given name it is a surname ("Sarah King", "Nora Pope").
  if (
    split < 0 &&
    isTitleToken(tokens[to] as Token) &&
    !/\.$/u.test((tokens[to] as Token).text) &&
    !surnameAfterGiven(tokens, nameFirst, to, true) &&
    !bodyOfOffice(tokens, nameFirst, to)
  )
    return;
  const c = makeCandidate(text, tokens, nameFirst, to, first);
  if (!c) return;
  if (nameFirst > first) {
    c.titled = true;
    const title = text.slice((tokens[first] as Token).start, (tokens[nameFirst - 1] as Token).end);
    // ("Senators Roe, Lee and Vance": a plural title is the list's, no role of one of them.)
    if (!/^\p{Lu}\p{Ll}{0,3}\.$/u.test(title) && !isPluralTitle(tokens[first] as Token)) {
      const owner = possessiveOwner(text, tokens, first);
      c.roles.push(owner === undefined ? title : text.slice(owner, (tokens[nameFirst - 1] as Token).end));
    }
    // "Scientologist Jan Roe", "Novelist Jan Roe": the descriptor is written with the name like a title.
    const titledStart =
      split === first && isDescriptorBefore(tokens, first, to) ? first : titleStart(tokens, first, nameFirst);
    if (titledStart >= 0) c.titledSurface = text.slice((tokens[titledStart] as Token).start, c.end);
  }
  shareCoordinatedHead(text, tokens, c, from);
  out.push(c);
}

/**
 * "Scientologist Jan Roe", "Novelist Anna Berg": a capitalized noun for a person's creed or trade opening the run,
 * right before a given name and at least one more name, describes the person and is no part of the name.
 */
function isDescriptorBefore(tokens: readonly Token[], k: number, to: number): boolean {
  const t = tokens[k] as Token;
  const next = tokens[k + 1];
  if (!t.cap || to - k < 2 || !next || isAllCaps(t.text) || isFirstName(t.lower) || isTitleToken(t)) return false;
  if (!isFirstName(next.lower) || isTitleToken(next)) return false;
  return isAdherentWord(t.lower) || (isRoleNoun(t.lower) && !/s$/u.test(t.lower));
}

/**
 * An ordinary word (no given name, title or head word) right before a given name and one or two surnames that are
 * no ordinary words themselves.
 */
function describesFullName(tokens: readonly Token[], first: number, to: number): boolean {
  const t = tokens[first] as Token;
  const given = tokens[first + 1] as Token;
  if (to < first + 2 || to > first + 3 || !isOrdinaryWordForm(t.lower) || isAllCaps(t.text)) return false;
  if (isFirstName(t.lower) || isTitleToken(t) || isPlaceHeadWord(t.lower) || isOrgHeadWord(t.lower)) return false;
  // ("Mathematician Jana Roe", "Democrat Jana Roe": a role or a party word is the person's description, kept.)
  if (isRoleNoun(t.lower) || MEMBER_WORDS.has(t.lower)) return false;
  if (COMPASS_WORDS.has(t.lower) || !isFirstName(given.lower)) return false;
  // "San Pedro Sula": a place's own first word.
  const whole = tokens
    .slice(first, to + 1)
    .map((s) => s.lower)
    .join(' ');
  if (isKnownPlace(whole) || townLevel(whole) > 0) return false;
  return tokens.slice(first + 2, to + 1).every((s) => !isOrdinaryWordForm(s.lower) && !isAllCaps(s.text));
}

/**
 * "Dick Dever, who …", "Frank Dalby said": a given name that is also an ordinary word, opening the sentence
 * before a surname that is no ordinary word, is the name's own first word ("Rich Americans" stays a phrase).
 */
function givenOpensName(tokens: readonly Token[], first: number, to: number): boolean {
  const next = tokens[first + 1];
  if (!next || to !== first + 1 || isFirstName((tokens[first] as Token).lower)) return false;
  return isGivenName((tokens[first] as Token).lower) && !isOrdinaryWordForm(next.lower) && !isAllCaps(next.text);
}

/**
 * "Department of Justice", "Center for Media Justice": a body's name may end in "of" or "for" and words ending in a
 * title word; a role is titles before the "of" ("Minister of Justice", "Secretary for Social Justice").
 */
function bodyOfOffice(tokens: readonly Token[], first: number, to: number): boolean {
  let of = to - 1;
  while (of > first && of >= to - 3 && !ENGLISH_CONNECTORS.has((tokens[of] as Token).lower)) of--;
  if (of <= first || !ENGLISH_CONNECTORS.has((tokens[of] as Token).lower)) return false;
  return !tokens.slice(first, of).every(isTitleToken);
}

/** Offices only a person holds, whose title opens no body's or thing's name (as "General" opens "General Dynamics"). */
const OFFICE_TITLES = new Set([
  'ambassador',
  'congressman',
  'congresswoman',
  'governor',
  'mayor',
  'representative',
  'senator',
  'sheriff',
]);

/**
 * "Senator Keen", "Mayor Bold", "Mr. Gardener": a title only a person bears makes the ordinary word after it a
 * surname (the registry still drops one the corpus uses only as a word), except a form of address: "Mr. President".
 */
function personalTitleBefore(title: Token, word: Token): boolean {
  if (isTitleToken(word)) return false;
  return isAbbreviatedTitle(title) || OFFICE_TITLES.has(title.lower);
}

/**
 * "Mok Tae-soo", "Keen Hye-jin": a short word opening the sentence before a hyphenated given name ("Tae-soo") is the
 * family name written first, however ordinary the word ("Keen", "Dove", "Calm").
 */
function familyNameOpens(tokens: readonly Token[], first: number, to: number): boolean {
  const given = tokens[first + 1];
  return (
    to === first + 1 &&
    (tokens[first] as Token).text.length <= 5 &&
    given !== undefined &&
    isSyllabicGivenName(given.text) &&
    !isModifierSuffix(given)
  );
}

/** A lone word that is a speech verb's subject, kept for the registry to read as a surname or drop. */
function pushBareSurname(text: string, tokens: readonly Token[], k: number, out: Candidate[]) {
  const bare = makeCandidate(text, tokens, k, k, k);
  if (!bare?.speechSubject || bare.possessive) return;
  bare.bareSurname = true;
  out.push(bare);
}

/**
 * "said Al From, who …": a capitalized small word right after a lone given name, where a comma or the sentence's
 * end follows, is the surname ("Pam Roe On Twitter", "met Anna On the way" keep it out).
 */
function smallSurname(tokens: readonly Token[], i: number, j: number): boolean {
  const given = tokens[i] as Token;
  const small = tokens[j + 1] as Token;
  const after = tokens[j + 2];
  return (
    j === i &&
    !given.initial &&
    (isGivenName(given.lower) || given.text === 'Al') &&
    small.cap &&
    TITLE_CASE_SMALL.has(small.lower) &&
    small.lower !== 'the' &&
    small.text.length > 1 &&
    !isAllCaps(small.text) &&
    (!after || after.sentence !== small.sentence || !singleSpace(after.gap))
  );
}

/**
 * "La Verna", "Le Marrec", "Al Qasira", "De Santo": a capitalized article or particle before more of the name is the
 * name's own first word (English capitalizes "of" and "for" only to open a sentence or a headline's words).
 */
const ENGLISH_CONNECTORS = new Set(['of', 'for']);
const opensForeignName = (t: Token, more: boolean) => more && t.cap && !ENGLISH_CONNECTORS.has(t.lower);

/**
 * "Al Finch", "Al Stone": a capitalized "Al" before one English word is a given name, not the Arabic article; so
 * is one after a word for a person's role, whatever the surname ("strategist Al Cardona").
 */
const alGivenName = (tokens: readonly Token[], first: number, to: number) =>
  to === first + 1 &&
  (tokens[first] as Token).text === 'Al' &&
  (isEnglishWord((tokens[to] as Token).lower) || afterRoleNoun(tokens, first)) &&
  !isAllCaps((tokens[to] as Token).text);

const afterRoleNoun = (tokens: readonly Token[], i: number) => {
  const before = tokens[i - 1];
  return (
    before !== undefined &&
    !before.cap &&
    before.sentence === (tokens[i] as Token).sentence &&
    singleSpace((tokens[i] as Token).gap) &&
    isRoleNoun(before.lower)
  );
};

/**
 * "Nine Rivers asked", "Seven Oaks said": a number word opening the sentence before one singular capitalized word
 * is the name's own first word. Before a plural or a word for a member or a role it counts people: "Two Democrats",
 * "One Republican", "Three Senators".
 */
function numberOpensName(tokens: readonly Token[], first: number, to: number): boolean {
  const next = tokens[first + 1];
  if (!next || to !== first + 1 || !COUNT_WORDS.has((tokens[first] as Token).lower)) return false;
  const lower = next.lower;
  return (
    !/s$/u.test(lower) &&
    !next.possessive &&
    !isDemonym(lower) &&
    !isAdherentWord(lower) &&
    !isMemberWord(next) &&
    !isRoleNoun(lower) &&
    !isTitleToken(next) &&
    !isTimeWord(lower)
  );
}

/**
 * A given name and one more word: that word is a surname, even when it is also a title ("Sarah King", "Frank
 * King"); with `middle`, after two given names too ("Billie Jean King"), though not before a label ("Anna Maria
 * Image:").
 */
const surnameAfterGiven = (tokens: readonly Token[], first: number, last: number, middle = false) =>
  (last === first + 1 || (middle && last === first + 2 && isGivenName((tokens[first + 1] as Token).lower))) &&
  isGivenName((tokens[first] as Token).lower) &&
  !isTitleToken(tokens[first] as Token) &&
  !isTitleLike(tokens[first] as Token) &&
  !isAllCaps((tokens[last] as Token).text);

/**
 * Where the title proper begins in "UN Secretary General Jane Roe" or "Professor Jane Roe" (at "Secretary",
 * "Professor"): the first title word, past the names of whose title it is. -1 when a party word ("Democrat Jane
 * Roe") or no title word stands before the name: a party is no part of how a person is addressed.
 */
function titleStart(tokens: readonly Token[], first: number, nameFirst: number): number {
  let k = first;
  while (k < nameFirst && !isTitleToken(tokens[k] as Token) && !isTitleLike(tokens[k] as Token)) k++;
  if (k === nameFirst) return -1;
  for (let m = k; m < nameFirst; m++) if (isMemberWord(tokens[m] as Token)) return -1;
  // Portfolio words are the title's own: "Home Secretary Jane Roe", "Energy Minister Jane Roe".
  while (k > first && isCommonWord((tokens[k - 1] as Token).lower) && !isAllCaps((tokens[k - 1] as Token).text)) k--;
  // "U.S. President Jane Roe", "UK Ambassador Jane Roe": the country whose title it is is written with it.
  if (k > first && isCountryAbbreviation((tokens[k - 1] as Token).lower)) k--;
  return k;
}

/**
 * "France’s President Pierre Valmont": the country or organization whose title it is belongs to the role.
 * Returns the owner's start offset when the word before the title is a known place's or organization's possessive.
 */
function possessiveOwner(text: string, tokens: readonly Token[], titleFirst: number): number | undefined {
  const title = tokens[titleFirst] as Token;
  const last = tokens[titleFirst - 1];
  if (!last?.possessive || !last.cap || !singleSpace(title.gap) || last.sentence !== title.sentence) return undefined;
  if (last.quote !== title.quote) return undefined;
  let k = titleFirst - 1;
  while (k > 0 && titleFirst - k < 4) {
    const t = tokens[k - 1] as Token;
    if (!t.cap || t.possessive || !singleSpace((tokens[k] as Token).gap) || LEADING_JUNK.has(t.lower)) break;
    k--;
  }
  const owner = text.slice((tokens[k] as Token).start, last.end);
  const key = nameKey(owner);
  return isKnownPlace(key) || isKnownOrg(key) || isAllCaps(owner.replace(/\s+/gu, ''))
    ? (tokens[k] as Token).start
    : undefined;
}

/**
 * "between the Caspian and Aral Seas": a plural head shared by coordinated names belongs to each of them, so
 * the last one is "Aral Sea", not a place called "Aral Seas". The mention keeps its span (what a page shows).
 */
function shareCoordinatedHead(text: string, tokens: readonly Token[], c: Candidate, runStart: number) {
  const tail = tokens[c.last] as Token;
  if (c.last === c.first || tail.possessive || !SHARED_HEAD_PLURALS.has(tail.lower)) return;
  const conj = tokens[runStart - 1];
  if (!conj || (conj.lower !== 'and' && conj.lower !== 'or') || !singleSpace((tokens[runStart] as Token).gap)) return;
  let k = runStart - 2;
  while (k >= 0 && runStart - 2 - k < 3) {
    const t = tokens[k] as Token;
    if (!t.cap || t.possessive || !singleSpace((tokens[k + 1] as Token).gap)) break;
    k--;
  }
  if (k === runStart - 2 || tokens[k]?.lower !== 'the' || !singleSpace((tokens[k + 1] as Token).gap)) return;
  c.canonical = text.slice(c.start, tail.end - 1);
  c.key = nameKey(c.canonical);
}

/** Words before a month or weekday that make it a date: "in March", "since May", "by early August". */
const DATE_LEADS = new Set([
  'in',
  'on',
  'since',
  'until',
  'till',
  'by',
  'from',
  'through',
  'during',
  'before',
  'after',
  'early',
  'late',
  'mid',
  'last',
  'next',
  'this',
  'every',
]);

/**
 * "in March", "May 3", "August 2016": a calendar word the lexicon knows as a verb or an adjective, standing as a
 * date, is no name. Its possessive ("May's cabinet") and a surname after a title ("Prime Minister May") stay names.
 */
function isDateAt(tokens: readonly Token[], at: number): boolean {
  const t = tokens[at] as Token;
  if (t.possessive || !isCalendarWord(t.lower)) return false;
  const before = tokens[at - 1];
  const after = tokens[at + 1];
  return (before !== undefined && DATE_LEADS.has(before.lower)) || (after !== undefined && /^\p{N}/u.test(after.text));
}

function makeCandidate(
  text: string,
  tokens: readonly Token[],
  first: number,
  last: number,
  /** First token of the whole capitalized run, title included. */
  runStart: number,
  start?: number,
  end?: number,
): Candidate | undefined {
  // "the Lord for Jan Roe", "Veterans for Peace": a word split off the front of a name joined by "for" or "of" leaves
  // the connector opening what is left ("for Peace"). No name opens with an English connector ("de", "van" stay
  // particles), and what follows it is a fragment of the longer name or a name of its own in a phrase that is none.
  if (start === undefined && ENGLISH_CONNECTORS.has((tokens[first] as Token).text)) return undefined;
  const head = tokens[first] as Token;
  const tail = tokens[last] as Token;
  const nameTokens = tokens.slice(first, last + 1);
  if (nameTokens.every((t) => isTimeWord(t.lower.replace(/\.$/, '')) || /^\p{N}/u.test(t.text))) return undefined;
  if (first === last && isDateAt(tokens, first)) return undefined;
  const s = start ?? head.start;
  const e = end ?? tail.end;
  const surface = text.slice(s, e);
  const c: Candidate = {
    first,
    last,
    start: s,
    end: e,
    surface,
    key: nameKey(surface),
    initial: head.initial,
    quoted: head.quote >= 0,
    possessive: end === undefined && tail.possessive,
    roles: [],
    votes: { person: 0, organization: 0, place: 0, term: 0 },
    titled: false,
    speechSubject: false,
  };
  if (end !== undefined) return c;
  collectClues(text, tokens, c, runStart);
  if (last > first) {
    const inner = innerNames(text, tokens, first, last);
    if (inner.length > 0) c.inner = inner;
  }
  return c;
}

/**
 * Names inside a longer name: the complement after "of" ("Tartu" in "University of Tartu") and the
 * leading words ("Oslo" in "Oslo Rangers", "Toyota" in "Toyota Prius"). The registry keeps those
 * the lexicon or the corpus knows as names on their own.
 */
function innerNames(text: string, tokens: readonly Token[], first: number, last: number): Candidate[] {
  const out: Candidate[] = [];
  const sub = (a: number, b: number, complement: boolean) => {
    const from = tokens[a] as Token;
    const to = tokens[b] as Token;
    if (!from.cap || !to.cap) return;
    // "La" of "La Brisa" names nothing alone (not "LA").
    if (a === b && NAME_CONNECTORS.has(from.lower)) return;
    const c = makeCandidate(text, tokens, a, b, a, from.start, to.end);
    if (!c) return;
    c.initial = false;
    if (complement) c.complement = true;
    out.push(c);
  };
  let connector = -1;
  for (let k = first + 1; k < last; k++) {
    if (NAME_CONNECTORS.has((tokens[k] as Token).lower)) {
      connector = k;
      break;
    }
  }
  const prefixEnd = connector > 0 ? connector - 1 : last;
  for (let k = first; k < prefixEnd; k++) if (!opensCompoundPlace(tokens, first, k)) sub(first, k, false);
  // "Varbo" in "Metro Varbo Convention Centre", "Qarvik" in "Triple-A Qarvik Owls": a known place or town
  // inside the name (the registry keeps only those), unless the name is a person's.
  if (!isFirstName((tokens[first] as Token).lower)) {
    for (let k = first + 1; k < prefixEnd; k++) {
      const t = tokens[k] as Token;
      if (
        !isOrdinaryWordForm(t.lower) &&
        (isKnownPlace(t.lower) || townLevel(t.lower) > 0) &&
        !endsCompoundPlace(tokens, k)
      )
        sub(k, k, false);
    }
  }
  if (connector > 0) {
    sub(connector + 1, last, true);
    // "Varbo" in "Circle of Varbo Awards": the complement's own leading words.
    for (let k = connector + 1; k < last; k++)
      if (!NAME_CONNECTORS.has((tokens[k + 1] as Token).lower)) sub(connector + 1, k, false);
  }
  return out;
}

// (Only cities for the gazetteer: its Bloom filter says yes to a few longer strings it was never given.)
const isPlaceName = (lower: string) => isKnownPlace(lower) || townLevel(lower) === 2;

/**
 * "South" in "South Dravenia", "East" in "East Morland", "Las" in "Las Palmitas": the leading words of a longer place
 * name (a compass word, or words that make a place with the next one) are no name of their own, unless they name
 * a country ("Veldoria" in "Veldoria City" is Veldoria's).
 */
function opensCompoundPlace(tokens: readonly Token[], first: number, k: number): boolean {
  const next = tokens[k + 1] as Token;
  if (k === first && COMPASS_WORDS.has((tokens[first] as Token).lower)) return true;
  // "Andy" in "Andy Renwick Foundation": a given name before a surname is that person's, whom the longer prefix names
  // (but "Jordan" in "Jordan Valley" is the country's).
  const lead = (tokens[first] as Token).lower;
  if (k === first && isFirstName(lead) && !isPlaceName(lead) && next.cap) return true;
  const prefix = tokens
    .slice(first, k + 1)
    .map((t) => t.lower)
    .join(' ');
  return isPlaceName(`${prefix} ${next.lower}`) && !lexTags(prefix).includes('Country');
}

/** "Averly" in "Port Averly City", "the Port Averly Herald": the last word of a place name the word before it opens. */
const endsCompoundPlace = (tokens: readonly Token[], k: number) =>
  isPlaceName(`${(tokens[k - 1] as Token).lower} ${(tokens[k] as Token).lower}`);

function collectClues(text: string, tokens: readonly Token[], c: Candidate, runStart: number) {
  const before = tokens[runStart - 1];
  const before2 = tokens[runStart - 2];
  const head = tokens[runStart] as Token;
  const tail = tokens[c.last] as Token;
  const v = c.votes;
  const sameClause = (t: Token | undefined, next: Token) =>
    t !== undefined && singleSpace(next.gap) && t.quote === next.quote;

  if (runStart === 0 && isDateline(text, tokens, c)) v.place += 4;
  const following = tokens[c.last + 1];
  // "to Euro-Atlantic security": a name used as a modifier says nothing about what it names.
  const isHead =
    tail.possessive ||
    !following ||
    !singleSpace(following.gap) ||
    following.cap ||
    AFTER_THE_FUNCTION.has(following.lower);
  if (sameClause(before, head) && before) {
    // "to" is a place's only after a verb of motion ("flew to Oslo"); "told it to Nordwind" names a recipient.
    if (
      LOCATIVE.has(before.lower) &&
      isHead &&
      (before.lower !== 'to' || motionBefore(tokens, runStart - 1) || NEAR_TO.has(before2?.lower ?? ''))
    )
      v.place += 1;
    if (before.lower === 'of' && before2 && (PLACE_NOUNS.has(before2.lower) || OF_PLACE_NOUNS.has(before2.lower)))
      v.place += 3;
    if (before.lower === 'the' && sameClause(before2, before) && before2 && LOCATIVE.has(before2.lower)) {
      if (isHead) v.place += 1;
    } else if (before.lower === 'the' && isHead && c.first === c.last && !/ies$/u.test(tail.lower)) {
      v.organization += 1;
    }
    if (before.lower === 'told') v.organization += 1;
    // "a novel by Orrin Vask", "written by Vask and Tolland", "“Quiet Fields” by Vask": whoever wrote a work
    // (not an owner: "a review by the Courier's Jan Roe").
    if (
      before.lower === 'by' &&
      before2 &&
      !tail.possessive &&
      (AUTHORING.has(before2.lower) || /[”"]\s*$/u.test(before.gap) || classNounKind(before2.lower) === 'term')
    )
      v.person += 2;
    // "a quarter called Jolvana", "a nightclub named Blue Lagoon", "a man named Orrin": the noun before "called".
    if (NAMING_VERBS.has(before.lower) && before2 && sameClause(before2, before)) {
      const kind = namedClass(before2.lower);
      if (kind) v[kind] += 3;
    }
    // "the drama Harbour Lights", "the magazine Varbo Weekly", "the village Qarvik": a common noun right before a name
    // says what it names.
    // (Not an owner: "the magazine's Reading Prize" is the magazine's, no magazine.)
    const noun = before.cap || before.possessive ? undefined : classNounKind(before.lower);
    if (noun) v[noun] += 3;
    const role = roleBefore(text, tokens, runStart);
    if (role) {
      c.roles.push(role);
      v.person += 3;
    }
  }
  if (before && /,\s*$/u.test(head.gap) && !head.initial) {
    const role = roleBefore(text, tokens, runStart, true);
    const after = tokens[c.last + 1];
    if (role && (!after || /^[,.;]/u.test(after.gap))) {
      c.roles.push(role);
      v.person += 3;
    }
    // "three towns, Varbo, Qarvik and Lund": a place noun before a list of names. "Varbo province, Lund said" ends
    // a place's appositive; the name after it begins the clause.
    const listed = !after || /^\s*[,;.)]/u.test(after.gap) || after.lower === 'and' || after.lower === 'or';
    if (before && PLACE_NOUNS.has(before.lower) && listed) v.place += 2;
  }

  let next = c.last + 1;
  if (!tail.possessive) {
    let appositiveAt = c.last;
    const acronym = /^\s*\(([\p{Lu}][\p{Lu}\p{N}&.-]{1,9})\)/u.exec(text.slice(tail.fullEnd, tail.fullEnd + 16));
    if (acronym?.[1]) {
      const start = text.indexOf(acronym[1], tail.fullEnd);
      c.acronym = { text: acronym[1], start, end: start + acronym[1].length };
      // Read on after the bracket: "The World Food Programme (WFP) said", "(IMO), a United Nations agency".
      while (next < tokens.length && (tokens[next] as Token).start < c.acronym.end) next++;
      appositiveAt = next - 1;
    }
    const termLike = NUMBERED_TERM_WORDS.has((tokens[c.first] as Token).lower) || TERM_HEADS.has(tail.lower);
    const definition = termLike ? definitionAfter(text, tokens, appositiveAt) : undefined;
    if (definition) c.definition = definition;
    const app = appositiveAfter(text, tokens, appositiveAt);
    if (app) {
      if (app.role) {
        c.roles.push(app.text);
        v.person += 3;
      } else {
        // "Quentaro, a software company", "Stridovo, a village near the border": the appositive's head noun.
        // ("many Varbo Churches, an old school, shops …" is a list: after a quantifier the name is one of many.)
        const kind = QUANTIFIERS.has(before?.lower ?? '')
          ? undefined
          : appositiveClass(tokens, appositiveAt + 1, app.resume);
        // "Orla Brook, a widow, lost her home": a noun for a person describes her as a role does, when the name
        // could be a person's ("the 5th Street Gym, a student of …" describes someone else).
        const words = c.key.split(' ');
        const personal =
          kind === 'person' && (words.length === 1 ? !isOrdinaryWordForm(c.key) : isGivenName(words[0] as string));
        if (personal) c.roles.push(app.text);
        else c.appositive = app.text;
        if (kind && (kind !== 'person' || personal)) v[kind] += 3;
      }
      next = app.resume;
    }
  }
  if (!tail.possessive) {
    const kind = copulaClass(tokens, next);
    if (kind) v[kind] += 3;
    // "Nordwind founder Jan Roe", "the Varbo Courier co-founder": people found bodies, not people or places.
    const role = tokens[c.last + 1];
    if (role && !role.cap && singleSpace(role.gap) && FOUNDER_WORDS.has(role.lower)) v.organization += 2;
  }
  let k = next;
  while (k < tokens.length && k - next < 3 && isFiller(tokens[k] as Token)) k++;
  const verb = tokens[k];
  if (
    !tail.possessive &&
    verb &&
    (next > c.last + 1 || singleSpace((tokens[next] as Token | undefined)?.gap ?? '')) &&
    (!c.acronym || /^\)\s+$/u.test((tokens[next] as Token | undefined)?.gap ?? '')) &&
    speechVerbAt(tokens, k, 'after-quote') &&
    speechVerbAt(tokens, k, 'after-quote') !== verb.lower &&
    !/ing$/u.test(verb.lower)
  ) {
    c.speechSubject = true;
  }
  if (before && speechVerbAt(tokens, runStart - 1, 'after-quote') && /^[,.]/u.test(tokens[c.last + 1]?.gap ?? '.')) {
    c.speechSubject = true;
  }
  if (!tail.possessive && citedAsSource(tokens, c.last, next, runStart)) c.reportSource = true;
  if (before?.lower === 'the' && singleSpace(head.gap)) c.afterThe = true;
  if (tail.possessive && KIN_NOUNS.has(tokens[c.last + 1]?.lower ?? '')) c.kinOwner = true;
  c.context = contextCues(tokens, c, runStart);
}

/** After a dateline's place: its region, the agency, then a dash ("KELVAR, Ostria (Wire) —"). */
const DATELINE_AFTER = /^(?:,\s*[\p{L}.]+(?:\s[\p{L}.]+)?)?\s*(?:\([^)]{1,40}\)\s*)?(?:—|–|--?)\s/u;

/**
 * "DOVERTON — Dock workers…", "KELVAR, Ostria (Wire) —": capitals opening a paragraph before a dash are the place
 * a report was filed from; a heading in capitals ("OFFICIAL RECORD —") is ordinary words.
 */
function isDateline(text: string, tokens: readonly Token[], c: Candidate): boolean {
  if (!isAllCaps(text.slice(c.start, c.end)) || !DATELINE_AFTER.test(text.slice(c.end, c.end + 60))) return false;
  return tokens.slice(c.first, c.last + 1).some((t) => !isOrdinaryWordForm(t.lower));
}

/** Verbs that cite a publication or a body as the source of what follows or precedes. */
const REPORT_VERBS = new Set(['reported', 'reports', 'reveals', 'revealed']);
const THE_REPORT_VERBS = new Set(['cited', 'quoted', 'published']);

/**
 * "the Varbo Courier reported", "Lund Watch first reported", "according to the Courier", "…, reported the Courier.":
 * a name cited as the source of a report, words a publication or a body is written with more than a person.
 */
function citedAsSource(tokens: readonly Token[], last: number, next: number, runStart: number): boolean {
  let k = next;
  while (k < tokens.length && k - next < 2 && (isFiller(tokens[k] as Token) || (tokens[k] as Token).lower === 'first'))
    k++;
  const verb = tokens[k];
  if (verb && verb.quote < 0 && !verb.cap && singleSpace(verb.gap)) {
    if (REPORT_VERBS.has(verb.lower)) return true;
    // "the Courier cited figures", "the Beacon quoted her": after "the", a name that cites is a publication.
    if (THE_REPORT_VERBS.has(verb.lower) && tokens[runStart - 1]?.lower === 'the') return true;
  }
  let b = runStart - 1;
  if (tokens[b]?.lower === 'the') b--;
  const before = tokens[b];
  const after = tokens[last + 1];
  if (!before || before.quote >= 0 || before.sentence !== (tokens[runStart] as Token).sentence) return false;
  if (before.lower === 'to' && tokens[b - 1]?.lower === 'according') return true;
  return REPORT_VERBS.has(before.lower) && /^[,.]/u.test(after?.gap ?? '.');
}

/**
 * The words right around a mention, as the name-kind model reads them: the lower-case word before the name (or
 * its title), the one before "the", the lower-case word or punctuation after it. Capitalized neighbours are only
 * marked as such: the model learns from the function words and verbs around names, never from other names.
 */
function contextCues(tokens: readonly Token[], c: Candidate, runStart: number): string[] {
  const head = tokens[runStart] as Token;
  const tail = tokens[c.last] as Token;
  const out: string[] = [];
  const before = tokens[runStart - 1];
  const word = (t: Token) => (t.cap ? 'CAP' : /^\p{L}/u.test(t.text) ? t.lower : '#');
  if (!before || before.sentence !== head.sentence || head.initial) out.push('p:^');
  else {
    out.push(`p:${word(before)}`);
    const before2 = tokens[runStart - 2];
    // "in the Varbo", "born in Varbo", "worked at Nordwind": the word before an article or a preposition too.
    if (
      /^(?:the|a|an|in|at|of|from|to|by|with|for|on|near|into)$/u.test(before.lower) &&
      before2 &&
      before2.sentence === head.sentence &&
      singleSpace(before.gap)
    )
      out.push(`pp:${word(before2)}`);
  }
  const next = tokens[c.last + 1];
  const gap = next?.gap.trim() ?? '';
  if (tail.possessive) out.push("n:'s");
  else if (!next || next.sentence !== tail.sentence) out.push('n:$');
  else if (gap) out.push(`n:${gap[0]}`);
  else out.push(`n:${word(next)}`);
  return out;
}

const FILLERS = new Set([
  'also',
  'has',
  'had',
  'have',
  'will',
  'would',
  'recently',
  'later',
  'then',
  'again',
  'previously',
  'earlier',
  'once',
]);
const isFiller = (t: Token) => FILLERS.has(t.lower) || /ly$/u.test(t.lower);

/**
 * A role phrase ending right before tokens[at]: "Treasury spokesman" (no comma) or "its chief
 * financial officer," (comma). Determiners and possessive pronouns are left out.
 */
function roleBefore(text: string, tokens: readonly Token[], at: number, comma = false): string | undefined {
  const last = tokens[at - 1];
  const head = tokens[at] as Token;
  if (!last || last.quote !== head.quote || last.sentence !== head.sentence) return undefined;
  if (!isRoleNoun(last.lower) || last.cap || ROLE_MODIFIERS.has(last.lower)) return undefined;
  if (/[^s]s$/u.test(last.lower) || lexTags(last.lower).includes('Plural')) return undefined;
  if (!comma && !singleSpace(head.gap)) return undefined;
  let k = at - 1;
  while (k - 1 >= 0 && at - k < 6) {
    const t = tokens[k - 1] as Token;
    const cur = tokens[k] as Token;
    if (!singleSpace(cur.gap) || t.quote !== head.quote) break;
    if (STOP_BEFORE_ROLE.has(t.lower)) break;
    if (!t.cap && !t.possessive && isVerbish(t.lower) && !isRoleNoun(t.lower)) break;
    if (
      !t.cap &&
      !isRoleNoun(t.lower) &&
      !lexTags(t.lower).some((g) => g === 'Adjective' || g === 'Singular' || g === 'Noun') &&
      !/(?:al|ary|ic|ive|ior|ary)$/u.test(t.lower)
    )
      break;
    k--;
  }
  return text.slice((tokens[k] as Token).start, last.end);
}

/**
 * "Nordwind spokeswoman", "Varbo City coach": capitalized words and one lower-case role noun closing the
 * appositive (a comma or full stop after it). Returns the index of the role noun, or -1.
 */
function namedRoleEnd(tokens: readonly Token[], from: number): number {
  let k = from;
  while (k < tokens.length && k - from < 3 && (tokens[k] as Token).cap && !(tokens[k] as Token).possessive) {
    if (k > from && !singleSpace((tokens[k] as Token).gap)) return -1;
    k++;
  }
  const role = tokens[k];
  if (k === from || !role || role.cap || !singleSpace(role.gap) || !isRoleNoun(role.lower)) return -1;
  if (/[^s]s$/u.test(role.lower) || lexTags(role.lower).includes('Plural')) return -1;
  return /^[,.;]/u.test(tokens[k + 1]?.gap ?? '.') ? k : -1;
}

/** Verbs and nouns of a work whose author follows "by" ("edited by", "a paper by"); publishers and producers are bodies. */
const AUTHORING = new Set([
  'article',
  'authored',
  'biography',
  'co-written',
  'composed',
  'edited',
  'essay',
  'illustrated',
  'memoir',
  'painted',
  'paper',
  'photographed',
  'translated',
  'written',
]);
const NAMING_VERBS = new Set(['called', 'named', 'dubbed']);
const NAMED_BODIES = new Set(['nightclub', 'restaurant', 'shop', 'store']);

/** The kind a noun before "called"/"named" gives the name after it: a body's, a place's or a person's class. */
function namedClass(lower: string): 'organization' | 'place' | 'person' | undefined {
  if (NAMED_BODIES.has(lower)) return 'organization';
  const kind = APPOSITIVE_CLASSES.get(lower) ?? classNounKind(lower);
  if (kind && kind !== 'term') return kind;
  return isRoleNoun(lower) && !/s$/u.test(lower) ? 'person' : undefined;
}

const QUANTIFIERS = new Set(['many', 'several', 'some', 'few', 'numerous', 'various', 'other', 'two', 'three', 'four']);
/** Words that end an appositive's head noun phrase: "a village | near the border", "a school | in Varbo". */
const AFTER_HEAD = new Set([
  'in',
  'of',
  'on',
  'near',
  'at',
  'from',
  'with',
  'for',
  'by',
  'outside',
  'based',
  'founded',
]);
/** Class nouns that end an appositive ("X, a school in …", "X, a port") besides those that stand before a name. */
const APPOSITIVE_CLASSES: ReadonlyMap<string, 'organization' | 'place'> = new Map([
  ...['agency', 'charity', 'college', 'group', 'organisation', 'organization', 'school', 'university'].map(
    (w) => [w, 'organization'] as const,
  ),
  ...['capital', 'county', 'district', 'neighborhood', 'neighbourhood', 'port', 'quarter', 'state'].map(
    (w) => [w, 'place'] as const,
  ),
]);

/** Nouns for a person by age, sex, kin or circumstance, which compromise lists as no role: "a widow", "a local". */
const PERSON_NOUNS = new Set([
  ...KIN_NOUNS,
  'boy',
  'girl',
  'grandson',
  'granddaughter',
  'immigrant',
  'local',
  'man',
  'migrant',
  'native',
  'neighbor',
  'neighbour',
  'pensioner',
  'refugee',
  'resident',
  'retiree',
  'student',
  'survivor',
  'teenager',
  'veteran',
  'victim',
  'widow',
  'widower',
  'woman',
]);

/** The kind the head noun of an appositive phrase (tokens from..to-1, opening with an article) gives the name. */
function appositiveClass(
  tokens: readonly Token[],
  from: number,
  to: number,
): 'organization' | 'place' | 'person' | undefined {
  if (!['a', 'an', 'the'].includes((tokens[from] as Token | undefined)?.lower ?? '')) return undefined;
  let k = from + 1;
  while (k < to && !AFTER_HEAD.has((tokens[k] as Token).lower)) k++;
  const head = tokens[k - 1] as Token;
  if (k - 1 <= from || head.cap || head.possessive) return undefined;
  if (PERSON_NOUNS.has(head.lower)) return 'person';
  const kind = APPOSITIVE_CLASSES.get(head.lower) ?? classNounKind(head.lower);
  return kind === 'term' ? undefined : kind;
}

const COPULAS = new Set(['is', 'was']);
const FOUNDER_WORDS = new Set(['founder', 'co-founder', 'cofounder', 'founders', 'co-founders']);
/** Words that end the head noun of a copula's complement besides AFTER_HEAD's: "a city | that", "a port | where". */
const CLAUSE_WORDS = new Set(['that', 'which', 'where', 'who', 'whose', 'and', 'or', 'but', 'to', 'since', 'until']);

/**
 * "Varbo is a port on the coast", "Qarvik was the capital of Ostria", "Lund is Ostria's third city": what the
 * copula right after a name says it is, by the complement's head noun (a body's or a place's class noun only: a
 * role noun there says little, "Nordwind is the leader in …").
 */
function copulaClass(tokens: readonly Token[], at: number): 'organization' | 'place' | undefined {
  const cop = tokens[at];
  const prev = tokens[at - 1];
  if (!cop || !prev || !COPULAS.has(cop.lower) || !singleSpace(cop.gap) || cop.sentence !== prev.sentence)
    return undefined;
  if (cop.quote !== prev.quote) return undefined;
  let k = at + 1;
  const det = tokens[k];
  if (!det || !singleSpace(det.gap)) return undefined;
  if (det.lower === 'a' || det.lower === 'an' || det.lower === 'the') k++;
  else if (det.cap && det.possessive) k++;
  else return undefined;
  // "the state's largest city": the head comes after an owner inside the phrase too.
  let from = k;
  while (k < tokens.length && k - from < 5) {
    const t = tokens[k] as Token;
    if (!singleSpace(t.gap) || t.cap || AFTER_HEAD.has(t.lower) || CLAUSE_WORDS.has(t.lower)) break;
    k++;
    if (t.possessive) from = k;
  }
  const head = tokens[k - 1] as Token;
  if (k === from) return undefined;
  const kind = APPOSITIVE_CLASSES.get(head.lower) ?? classNounKind(head.lower);
  return kind === 'term' ? undefined : kind;
}

interface Appositive {
  text: string;
  role: boolean;
  /** Token index to continue reading at, after the appositive's closing comma. */
  resume: number;
}

function appositiveAfter(text: string, tokens: readonly Token[], last: number): Appositive | undefined {
  const first = tokens[last + 1];
  if (!first || !/^\)?,\s+$/u.test(first.gap) || first.quote !== (tokens[last] as Token).quote) return undefined;
  const lead = first.lower;
  const possessiveLead = first.possessive || ['his', 'her', 'its', 'their'].includes(lead);
  // "Anna Schmidt, chief executive of Nordwind,": a role may open the appositive without an article.
  const roleLead = !first.cap && (isRoleNoun(lead) || ROLE_MODIFIERS.has(lead));
  // "Jane Roe, Nordwind spokeswoman, said": a name or two and a role noun, with no article.
  const namedRole = first.cap && !first.possessive && namedRoleEnd(tokens, last + 1) > 0;
  if (!['a', 'an', 'the'].includes(lead) && !possessiveLead && !roleLead && !namedRole) return undefined;
  let k = last + 1;
  let role = false;
  while (k < tokens.length && k - last <= 14) {
    const t = tokens[k] as Token;
    if (k > last + 1 && /[,.;:()“”"—–]/u.test(t.gap)) break;
    if (t.quote !== first.quote) return undefined;
    if (isRoleNoun(t.lower)) role = true;
    k++;
  }
  const end = tokens[k - 1] as Token;
  const closing = tokens[k]?.gap ?? text.slice(end.fullEnd, end.fullEnd + 8);
  if (k - last > 14 || !/^[,.;]|^\s*$/u.test(closing)) return undefined;
  const phrase = text.slice(first.start, end.fullEnd);
  if (RELATIVE_OR_VERBAL.test(phrase)) return undefined;
  for (let m = last + 1; m < k; m++) {
    const t = tokens[m] as Token;
    if (AUXILIARIES.has(t.lower)) return undefined;
    const tags = lexTags(t.lower);
    if (!t.cap && tags.length > 0 && tags.every((g) => g === 'PresentTense' || g === 'PastTense')) return undefined;
  }
  return { text: phrase, role, resume: k };
}

// Lower-case terms: policy, military and diplomatic phrases such as "no-fly zone", "humanitarian corridors",
// "martial law" or "missile defence systems". A phrase is a noun phrase whose head is a policy noun (lexicon
// POLICY_HEADS) and whose modifiers classify it ("nuclear", "price", "no-fly") rather than count, date or judge
// it ("the same zone", "new systems", "tougher sanctions"). Whether a phrase is a term is decided over the whole
// corpus (registry.ts): it recurs, or one mention marks it as a fixed expression (`marked` below).
import { BROAD_HEADS, GENERIC_MODIFIERS, lexTags, PLURAL_ONLY_HEADS, POLICY_HEADS, VERBAL_HEADS } from './lexicon.ts';
import { nameKey } from './text.ts';
import type { Token } from './tokens.ts';

export interface PhraseSpan {
  /** Token indices, inclusive: first modifier … head. */
  first: number;
  last: number;
  /**
   * The text marks the phrase as a fixed expression: a hyphenated compound modifier ("no-fly zone"), quotation
   * marks around just the phrase (“buffer zone”), or a count noun used without an article ("declared
   * martial law"), which English allows only for a concept.
   */
  marked: boolean;
}

type ModifierClass = 'adjective' | 'noun' | 'hyphen' | 'ambiguous';

const MAX_MODIFIERS = 3;
const FUNCTION_WORDS = new Set([
  'about',
  'above',
  'across',
  'after',
  'against',
  'along',
  'also',
  'amid',
  'among',
  'and',
  'around',
  'as',
  'at',
  'because',
  'before',
  'behind',
  'below',
  'beside',
  'between',
  'beyond',
  'but',
  'by',
  'despite',
  'down',
  'during',
  'even',
  'except',
  'for',
  'from',
  'here',
  'if',
  'in',
  'inside',
  'into',
  'just',
  'like',
  'near',
  'nor',
  'not',
  'now',
  'of',
  'off',
  'on',
  'onto',
  'or',
  'out',
  'outside',
  'over',
  'per',
  'since',
  'so',
  'still',
  'than',
  'then',
  'there',
  'though',
  'through',
  'throughout',
  'to',
  'toward',
  'towards',
  'under',
  'unless',
  'until',
  'up',
  'upon',
  'via',
  'was',
  'were',
  'when',
  'whether',
  'while',
  'with',
  'within',
  'without',
  'yet',
]);
const DETERMINERS = new Set([
  'a',
  'an',
  'the',
  'this',
  'that',
  'these',
  'those',
  'its',
  'his',
  'her',
  'their',
  'our',
  'my',
  'your',
  'whose',
  'any',
  'some',
  'no',
  'every',
  'each',
  'another',
]);
// Prepositions that take a noun phrase, never a clause ("after", "before", "since", "to" may take a clause).
const PREPOSITIONS = new Set([
  'about',
  'across',
  'against',
  'amid',
  'among',
  'at',
  'between',
  'by',
  'for',
  'from',
  'in',
  'including',
  'into',
  'of',
  'on',
  'over',
  'through',
  'toward',
  'towards',
  'under',
  'via',
  'with',
  'within',
  'without',
]);
// Words after which a noun phrase may start without an article: prepositions, conjunctions, verbs.
const BARE_LEFT_WORDS = new Set(
  [...FUNCTION_WORDS].filter(
    (w) => !['also', 'even', 'just', 'not', 'now', 'so', 'still', 'then', 'there', 'here'].includes(w),
  ),
);
const BARE_LEFT_TAGS = new Set([
  'PastTense',
  'Infinitive',
  'PresentTense',
  'Copula',
  'Modal',
  'Gerund',
  'Preposition',
  'Conjunction',
]);
const NUMBER_WORDS = new Set([
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'dozen',
  'hundred',
  'thousand',
  'million',
  'billion',
]);
// Tags of words that never classify a noun: "its", "over", "would", "twice", "tougher", "third".
const NOT_MODIFIER_TAGS = new Set([
  'Adverb',
  'Auxiliary',
  'Cardinal',
  'Comparative',
  'Conjunction',
  'Copula',
  'Date',
  'Demonym',
  'Determiner',
  'Duration',
  'Expression',
  'Modal',
  'Month',
  'Negative',
  'Ordinal',
  'PastTense',
  'Possessive',
  'Preposition',
  'Pronoun',
  'QuestionWord',
  'Superlative',
  'TextValue',
  'WeekDay',
]);
const NOUN_TAGS = new Set(['Singular', 'Plural', 'Uncountable', 'Noun', 'Actor', 'ProperNoun']);
const VERB_TAGS = new Set(['Infinitive', 'PresentTense', 'Gerund', 'Participle', 'Verb']);
const CLOSED_TAGS = new Set([
  'Adverb',
  'Auxiliary',
  'Conjunction',
  'Copula',
  'Determiner',
  'Modal',
  'Negative',
  'PastTense',
  'Possessive',
  'Preposition',
  'Pronoun',
  'QuestionWord',
]);
// Classifying adjectives compromise does not list: "martial", "nuclear", "humanitarian", "eastern".
const ADJECTIVE_SUFFIX = /(?:al|ic|ary|ory|ian|ive|ar|ern|ese|ous|ile)$/u;
// Hyphenated modifiers that evaluate or measure: "so-called", "well-known", "long-term", "two-day", "full-scale".
const HYPHEN_BAD_FIRST = new Set([
  'all',
  'bad',
  'best',
  'big',
  'ever',
  'face',
  'far',
  'fast',
  'first',
  'full',
  'good',
  'hard',
  'high',
  'last',
  'low',
  'much',
  'never',
  'new',
  'once',
  'real',
  'round',
  'self',
  'short',
  'so',
  'top',
  'twice',
  'well',
]);
// Heads that are also mass nouns: "by mutual agreement", "strong defence" need no article, so none missing
// marks them as fixed. The others are count nouns: "declared martial law" lacks one only as a concept.
const MASS_HEADS = new Set([
  'agreement',
  'crime',
  'defence',
  'defense',
  'deterrence',
  'protocol',
  'reform',
  'regime',
  'strategy',
  'system',
  'tax',
]);
const HYPHEN_BAD_LAST = new Set([
  'based',
  'called',
  'class',
  'date',
  'day',
  'days',
  'fold',
  'hour',
  'hours',
  'known',
  'level',
  'like',
  'long',
  'member',
  'minute',
  'month',
  'months',
  'new',
  'off',
  'old',
  'out',
  'percent',
  'point',
  'profile',
  'quality',
  'related',
  'scale',
  'size',
  'sized',
  'standing',
  'strong',
  'style',
  'term',
  'time',
  'type',
  'up',
  'week',
  'weeks',
  'wide',
  'year',
  'years',
]);
// British and American spellings meet in the key: "missile defence systems" and "missile defense system" are one term.
const SPELLING = new Map([
  ['defence', 'defense'],
  ['offence', 'offense'],
  ['licence', 'license'],
  ['programme', 'program'],
  ['centre', 'center'],
]);

const singleSpace = (gap: string) => gap === ' ' || gap === '\u00a0';
/** A capitalized word that is a name, not an ordinary word capitalized because it opens a sentence ("The", "Under"). */
const isName = (t: Token) => t.cap && !(t.initial && /^\p{Lu}[\p{Ll}‐-]*$/u.test(t.text));
const hasAny = (tags: readonly string[], set: ReadonlySet<string>) => tags.some((t) => set.has(t));

/** Every policy phrase in a paragraph's tokens, in reading order. */
export function findPhraseTerms(tokens: readonly Token[]): PhraseSpan[] {
  const out: PhraseSpan[] = [];
  for (let h = 1; h < tokens.length; h++) {
    const head = tokens[h] as Token;
    if (head.cap || !POLICY_HEADS.has(head.lower)) continue;
    const span = phraseAt(tokens, h);
    if (span) out.push(span);
  }
  return out;
}

/**
 * The key under which the forms of one phrase meet: singular head; modifiers written open, hyphenated or closed
 * ("missile defence", "missile-defence"; "peace-keeping", "peacekeeping"); British or American spelling.
 */
export function phraseKey(tokens: readonly Token[], first: number, last: number): string {
  const modifiers: string[] = [];
  for (let i = first; i < last; i++) {
    for (const part of (tokens[i] as Token).lower.split(/[‐-]/u)) modifiers.push(SPELLING.get(part) ?? part);
  }
  const lower = (tokens[last] as Token).lower;
  const head = (POLICY_HEADS.get(lower) ?? lower).split(/[‐-]/u).join('');
  return nameKey(`${modifiers.join('')} ${SPELLING.get(head) ?? head}`);
}

/** True when a surface form ends in the singular form of its head ("humanitarian corridor"). */
export function isSingularPhrase(surface: string): boolean {
  const last = surface.split(/\s+/u).pop()?.toLowerCase() ?? '';
  return POLICY_HEADS.get(last) === last && !PLURAL_ONLY_HEADS.has(last);
}

function phraseAt(tokens: readonly Token[], h: number): PhraseSpan | undefined {
  const head = tokens[h] as Token;
  const singular = POLICY_HEADS.get(head.lower) as string;
  if (!endsNounPhrase(tokens, h, VERBAL_HEADS.has(singular))) return undefined;

  const mods: { i: number; cls: ModifierClass }[] = [];
  for (let k = h; k > 0 && mods.length < MAX_MODIFIERS + 1; k--) {
    const t = tokens[k - 1] as Token;
    if (!singleSpace((tokens[k] as Token).gap) || t.sentence !== head.sentence || t.quote !== head.quote) break;
    const cls = modifierClass(t);
    if (!cls) break;
    mods.unshift({ i: k - 1, cls });
  }
  // No phrase is read further left than three modifiers.
  if (mods.length > MAX_MODIFIERS) mods.shift();
  if (mods.length === 0) return undefined;

  const wrapped = quoteWraps(tokens, mods[0]?.i ?? h, h);
  // A verb form needs a determiner right before it to be a modifier: "imposing sanctions" is a verb and its
  // object, "the peacekeeping mission" a phrase, "the deal includes tariffs" a clause. So does a noun before a
  // head that may be a verb: "officials ban" is a clause, "an import ban" not.
  for (;;) {
    if (mods.length === 0) return undefined;
    const licensed = wrapped || nounPhraseLeft(tokens, mods[0]?.i as number);
    // After a preposition a noun cannot be a subject: "talks on healthcare reform".
    const afterPreposition = licensed || PREPOSITIONS.has(tokens[(mods[0]?.i as number) - 1]?.lower ?? '');
    let cut = -1;
    mods.forEach((m, j) => {
      if (m.cls === 'ambiguous' && !(licensed && j === 0)) cut = j;
      if (j === mods.length - 1 && m.cls === 'noun' && VERBAL_HEADS.has(singular) && !afterPreposition) cut = j;
    });
    if (cut < 0) break;
    mods.splice(0, cut + 1);
  }
  // "to strengthen deterrence", "will boost defence": after "to" or a modal only an adjective can open the phrase.
  let o = (mods[0]?.i ?? 0) - 1;
  while (o > 0 && isAdverb(tokens[o] as Token)) o--;
  const opener = tokens[o];
  if (opener && (opener.lower === 'to' || lexTags(opener.lower).includes('Modal'))) {
    while (mods.length > 0 && mods[0]?.cls !== 'adjective' && mods[0]?.cls !== 'hyphen') mods.shift();
  }
  const firstMod = mods[0];
  if (!firstMod) return undefined;
  const hyphen = mods.some((m) => m.cls === 'hyphen');
  if (BROAD_HEADS.has(singular) && mods.length < 2 && !hyphen) return undefined;

  const plural = singular !== head.lower || PLURAL_ONLY_HEADS.has(head.lower);
  const bare = !plural && !MASS_HEADS.has(singular) && firstMod.cls === 'adjective' && bareLeft(tokens, firstMod.i);
  return { first: firstMod.i, last: h, marked: hyphen || wrapped || bare };
}

/** "requires", "applies", "remains": the -s form of a verb the lexicon knows. */
function isVerbS(lower: string): boolean {
  if (!/[^su]s$/u.test(lower)) return false;
  const stems = [lower.slice(0, -1), lower.replace(/es$/u, ''), lower.replace(/ies$/u, 'y')];
  return stems.some((stem) => stem !== lower && lexTags(stem).includes('Infinitive'));
}

function isAdverb(t: Token): boolean {
  return !t.cap && (/ly$/u.test(t.lower) || lexTags(t.lower).includes('Adverb'));
}

function modifierClass(t: Token): ModifierClass | undefined {
  if (isName(t) || t.possessive) return undefined;
  const lower = t.lower;
  if (/\p{N}/u.test(lower) || GENERIC_MODIFIERS.has(lower) || FUNCTION_WORDS.has(lower) || NUMBER_WORDS.has(lower)) {
    return undefined;
  }
  if (/[‐-]/u.test(lower)) return hyphenModifier(lower) ? 'hyphen' : undefined;
  // A participle tells what was done to it, not what kind it is: "an extended ceasefire", "the proposed ban".
  if (/ed$/u.test(lower)) return undefined;
  const asHead = POLICY_HEADS.get(lower);
  // A policy noun as a modifier: "sanctions package", "ceasefire talks".
  if (asHead) return VERBAL_HEADS.has(asHead) ? 'ambiguous' : 'noun';
  const tags = lexTags(lower);
  if (hasAny(tags, NOT_MODIFIER_TAGS)) return undefined;
  if (tags.includes('Adjective')) return 'adjective';
  if (hasAny(tags, NOUN_TAGS)) return 'noun';
  if (hasAny(tags, VERB_TAGS)) return 'ambiguous';
  if (tags.length > 0) return undefined;
  if (/ly$/u.test(lower) || /(?:ful|less|able|ible)$/u.test(lower)) return undefined;
  // "-ing", "-en" and "-s" forms may be verbs: "imposing sanctions", "strengthen deterrence", "employs weapons".
  if (/(?:ing|en|[^su]s)$/u.test(lower)) return 'ambiguous';
  if (ADJECTIVE_SUFFIX.test(lower)) return 'adjective';
  return 'noun';
}

function hyphenModifier(lower: string): boolean {
  const parts = lower.split(/[‐-]/u);
  const first = parts[0] ?? '';
  const last = parts[parts.length - 1] ?? '';
  if (parts.some((p) => /^\p{N}/u.test(p) || p === '')) return false;
  if (HYPHEN_BAD_FIRST.has(first) || HYPHEN_BAD_LAST.has(last) || GENERIC_MODIFIERS.has(lower)) return false;
  // "closed-door talks", "armed-forces day": a participle first tells how, not what kind.
  if (/ed$/u.test(first)) return false;
  // "far-reaching", "fastest-growing", "newly-built" judge; "decision-making", "fact-finding" classify: before a
  // participle only a noun makes a kind.
  if (/(?:ing|ed)$/u.test(last)) {
    const tags = lexTags(first);
    if (/ly$/u.test(first) || GENERIC_MODIFIERS.has(first) || (tags.length > 0 && !hasAny(tags, NOUN_TAGS))) {
      return false;
    }
  }
  return true;
}

/** Does the noun phrase end at the head? Not when a noun follows ("ceasefire violations") or an object does. */
function endsNounPhrase(tokens: readonly Token[], h: number, verbal: boolean): boolean {
  const head = tokens[h] as Token;
  const next = tokens[h + 1];
  if (head.possessive || !next || !singleSpace(next.gap) || next.sentence !== head.sentence) return true;
  if (next.quote !== head.quote || next.cap) return true;
  const lower = next.lower;
  if (lower === 'that' || lower === 'which' || lower === 'who') return true;
  // "ban the import", "cap their prices": the head is a verb here.
  if (DETERMINERS.has(lower) || /^\p{N}/u.test(lower) || NUMBER_WORDS.has(lower)) return !verbal;
  if (FUNCTION_WORDS.has(lower)) return true;
  const tags = lexTags(lower);
  // "the president talks tough", "the union deals directly": a verb, not a noun, before an adjective or adverb.
  if (verbal && (tags.includes('Adjective') || tags.includes('Adverb') || /ly$/u.test(lower))) return false;
  if (hasAny(tags, CLOSED_TAGS) || hasAny(tags, VERB_TAGS)) return true;
  if (hasAny(tags, NOUN_TAGS)) return false;
  if (tags.length > 0) return true;
  return /(?:ly|ed|ing)$/u.test(lower) || isVerbS(lower);
}

/** Is the word before token `first` one that opens or qualifies a noun phrase ("the", "its", "new", "EU")? */
function nounPhraseLeft(tokens: readonly Token[], first: number): boolean {
  const cur = tokens[first] as Token;
  const left = tokens[first - 1];
  if (!left || !singleSpace(cur.gap) || left.sentence !== cur.sentence || left.quote !== cur.quote) return false;
  if (left.possessive) return true;
  // "the EU sanctions package", but "Lopez employs chemical weapons": a name opens a noun phrase only after an article.
  if (isName(left)) {
    const before = tokens[first - 2];
    return before !== undefined && singleSpace(left.gap) && (before.possessive || DETERMINERS.has(before.lower));
  }
  const lower = left.lower;
  if (DETERMINERS.has(lower) || /^\p{N}/u.test(lower) || NUMBER_WORDS.has(lower)) return true;
  if (FUNCTION_WORDS.has(lower)) return false;
  const tags = lexTags(lower);
  if (tags.includes('Adverb') || /ly$/u.test(lower)) return false;
  if (GENERIC_MODIFIERS.has(lower)) return true;
  return tags.some((t) => t === 'Adjective' || t === 'Comparative' || t === 'Superlative' || t === 'Ordinal');
}

/** Nothing before token `first` could be an article or a qualifier: "declared martial law", "under international law". */
function bareLeft(tokens: readonly Token[], first: number): boolean {
  const cur = tokens[first] as Token;
  const left = tokens[first - 1];
  if (!left || !singleSpace(cur.gap) || left.sentence !== cur.sentence || left.quote !== cur.quote) return true;
  if (isName(left) || left.possessive || nounPhraseLeft(tokens, first)) return false;
  const lower = left.lower;
  if (BARE_LEFT_WORDS.has(lower)) return true;
  const tags = lexTags(lower);
  if (tags.includes('Adverb') || /ly$/u.test(lower)) return false;
  if (tags.some((t) => BARE_LEFT_TAGS.has(t))) return true;
  return tags.length === 0 && /ed$/u.test(lower);
}

/**
 * The phrase is what a quotation holds, give or take an article or adjective in front: “buffer zone”,
 * “additional missile defence systems” — a coined or cited expression.
 */
function quoteWraps(tokens: readonly Token[], first: number, h: number): boolean {
  const head = tokens[h] as Token;
  if (head.quote < 0 || tokens[h + 1]?.quote === head.quote) return false;
  let start = first;
  while (start > 0 && tokens[start - 1]?.quote === head.quote) start--;
  if (first - start > 2) return false;
  for (let k = start; k < first; k++) {
    const lower = (tokens[k] as Token).lower;
    if (!DETERMINERS.has(lower) && !GENERIC_MODIFIERS.has(lower) && !lexTags(lower).includes('Adjective')) return false;
  }
  return true;
}

const DEFINING = new Set(['which', 'where', 'whereby']);
const DEFINING_AFTER_PREPOSITION = new Set(['under', 'in', 'by']);
const AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'get', 'gets']);
const MAX_DEFINITION_TOKENS = 40;
const CLOSING_QUOTES = new Set(['”', '"', '’', '»']);

/**
 * What a term is, when the text says so in a non-restrictive clause right after it: "Article 12, which
 * requires members to consult …", "the Article 3 duty, where each member is considered responsible …". A clause
 * in the simple past ("…, where he met …") tells what happened there, not what the term is, and is left out.
 */
export function definitionAfter(text: string, tokens: readonly Token[], last: number): string | undefined {
  const tail = tokens[last] as Token;
  const same = (t: Token | undefined): t is Token =>
    t !== undefined && t.sentence === tail.sentence && t.quote === tail.quote;
  let k = last + 1;
  const next = tokens[k];
  if (same(next) && singleSpace(next.gap) && !next.cap) {
    if (next.lower === 'of') {
      // "Article 9 of the harbour charter, which …"
      let j = k + 1;
      while (j - k <= 4 && same(tokens[j]) && singleSpace((tokens[j] as Token).gap)) j++;
      k = j;
    } else if (isPlainNoun(next.lower)) k++;
  }
  let rel = tokens[k];
  if (!same(rel) || !/^,\s+$/u.test(rel.gap)) return undefined;
  const from = rel;
  if (DEFINING_AFTER_PREPOSITION.has(rel.lower) && tokens[k + 1]?.lower === 'which') rel = tokens[k + 1] as Token;
  else if (!DEFINING.has(rel.lower)) return undefined;
  let end = k;
  while (end + 1 < tokens.length && (tokens[end + 1] as Token).sentence === from.sentence) end++;
  if (end - k + 1 > MAX_DEFINITION_TOKENS || end - k < 2) return undefined;
  for (let m = k + 1; m <= end; m++) {
    const t = tokens[m] as Token;
    if (t.quote >= 0 || !lexTags(t.lower).includes('PastTense')) continue;
    if (!AUXILIARIES.has((tokens[m - 1] as Token).lower)) return undefined;
  }
  let stop = (tokens[end] as Token).fullEnd;
  while (stop < text.length && (CLOSING_QUOTES.has(text[stop] as string) || /[.!?…]/u.test(text[stop] as string))) {
    stop++;
  }
  const clause = text
    .slice(from.start, stop)
    .replace(/[\s.,;:!?]+$/u, '')
    .trim();
  // A quotation opened in the clause is closed with it or not shown: no dangling “ in a description.
  const opens = (clause.match(/[“«]/gu) ?? []).length;
  const closes = (clause.match(/[”»]/gu) ?? []).length;
  return opens === closes ? clause : undefined;
}

function isPlainNoun(lower: string): boolean {
  const tags = lexTags(lower);
  if (tags.length === 0) return !/(?:ly|ed|ing)$/u.test(lower) && !FUNCTION_WORDS.has(lower);
  return hasAny(tags, NOUN_TAGS) && !hasAny(tags, CLOSED_TAGS);
}

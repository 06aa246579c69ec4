// Word knowledge for name finding and attribution. compromise supplies the big lists (first names, surnames,
// countries, cities, organizations, demonyms, role nouns, honorifics, org and place head words); the small
// lists here are general English newswire conventions that compromise does not model: speech verbs, title
// words that glue onto names, boilerplate lines. Nothing here is specific to any one corpus.
import nlp from 'compromise';

interface CompromiseModel {
  one: { lexicon: Record<string, string | string[]> };
  two: { orgWords: Record<string, unknown>; placeWords: Record<string, unknown> };
}
interface CompromiseWorld {
  methods: { one: { tokenize: { splitSentences: (text: string, world: unknown) => string[] } } };
}

const model = nlp.model() as CompromiseModel;
const world = nlp.world() as CompromiseWorld;
const lexicon = model.one.lexicon;

/** compromise's sentence splitter: pieces that concatenate back to the input. Knows abbreviations like "Mr." */
export function compromiseSentences(text: string): string[] {
  return world.methods.one.tokenize.splitSentences(text, world);
}

const EMPTY: readonly string[] = [];
/** compromise lexicon tags of a lowercase word or phrase, e.g. "kyiv" → ["City"]. */
export function lexTags(lower: string): readonly string[] {
  if (!Object.hasOwn(lexicon, lower)) return EMPTY;
  const tags = lexicon[lower];
  return tags === undefined ? EMPTY : Array.isArray(tags) ? tags : [tags];
}

const has = (lower: string, wanted: ReadonlySet<string>) => lexTags(lower).some((t) => wanted.has(t));

const FIRST_NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName']);
const PERSON_TAGS = new Set(['Person', 'LastName']);
const PLACE_TAGS = new Set(['Country', 'City', 'Region', 'Place']);
const ORG_TAGS = new Set(['Organization', 'SportsTeam']);
const NAME_TAGS = new Set([...FIRST_NAME_TAGS, ...PERSON_TAGS, ...PLACE_TAGS, ...ORG_TAGS, 'ProperNoun', 'Demonym']);
const TIME_TAGS = new Set(['WeekDay', 'Month', 'Date', 'Duration']);
const ROLE_TAGS = new Set(['Actor']);

export const isFirstName = (lower: string) => has(lower, FIRST_NAME_TAGS);
export const isKnownPerson = (lower: string) => has(lower, PERSON_TAGS);
export const isKnownPlace = (lower: string) => has(lower, PLACE_TAGS);
export const isKnownOrg = (lower: string) => has(lower, ORG_TAGS);
// compromise lists "-an" and "-ese" demonyms but not the "-ish" ones (Finnish, British, Turkish…).
export const isDemonym = (lower: string) =>
  lexTags(lower).includes('Demonym') || (lower.length > 5 && lower.endsWith('ish') && !isCommonWordRaw(lower));
const isCommonWordRaw = (lower: string) =>
  [
    'publish',
    'establish',
    'accomplish',
    'diminish',
    'distinguish',
    'extinguish',
    'replenish',
    'relinquish',
    'astonish',
    'furnish',
    'punish',
    'vanish',
    'flourish',
    'cherish',
    'abolish',
    'demolish',
  ].includes(lower);
export const isTimeWord = (lower: string) => has(lower, TIME_TAGS);
export const isFemaleName = (lower: string) => lexTags(lower).includes('FemaleName');
export const isMaleName = (lower: string) => lexTags(lower).includes('MaleName');

/** A word compromise knows only as an ordinary word (verb, adjective, adverb, function word…), never as a name. */
export function isCommonWord(lower: string): boolean {
  const tags = lexTags(lower);
  return tags.length > 0 && !tags.some((t) => NAME_TAGS.has(t));
}

export const isOrgHeadWord = (lower: string) => Object.hasOwn(model.two.orgWords, lower) || ORG_HEADS.has(lower);
export const isPlaceHeadWord = (lower: string) =>
  (Object.hasOwn(model.two.placeWords, lower) && !AMBIGUOUS_PLACE_HEADS.has(lower)) || PLACE_HEADS.has(lower);

const ORG_HEADS = new Set([
  'agency',
  'alliance',
  'army',
  'assembly',
  'bank',
  'cabinet',
  'commission',
  'congress',
  'court',
  'fbi',
  'force',
  'forces',
  'front',
  'guard',
  'league',
  'ministry',
  'movement',
  'navy',
  'parliament',
  'party',
  'senate',
  'studies',
  'tribunal',
]);
const PLACE_HEADS = new Set(['sea', 'seas', 'ocean', 'oceans', 'mountains', 'peninsula', 'strait', 'republic']);
// compromise counts these as place words, but in capitalized names they usually head organizations or events.
const AMBIGUOUS_PLACE_HEADS = new Set(['house', 'memorial', 'centre', 'hall', 'field', 'complex', 'site', 'state']);

/** Words that head a named term: treaties, laws, programmes, events, doctrines. */
export const TERM_HEADS = new Set([
  'accord',
  'accords',
  'act',
  'agenda',
  'agreement',
  'bill',
  'charter',
  'code',
  'concept',
  'constitution',
  'convention',
  'declaration',
  'directive',
  'doctrine',
  'initiative',
  'law',
  'mission',
  'operation',
  'pact',
  'plan',
  'program',
  'programme',
  'protocol',
  'regulation',
  'resolution',
  'strategy',
  'summit',
  'treaty',
  'war',
]);

/** Words that, followed by a number, name a term: "Article 12", "Resolution 2231". */
export const NUMBERED_TERM_WORDS = new Set([
  'amendment',
  'article',
  'chapter',
  'clause',
  'directive',
  'paragraph',
  'protocol',
  'regulation',
  'resolution',
  'section',
  'title',
]);

/** Abbreviations that keep their full stop inside a token: honorifics and month abbreviations. */
export const HONORIFICS = new Set([
  'mr',
  'mrs',
  'ms',
  'mx',
  'dr',
  'prof',
  'gen',
  'lt',
  'col',
  'capt',
  'sgt',
  'adm',
  'sen',
  'rep',
  'gov',
  'rev',
  'maj',
  'cmdr',
  'cpl',
  'pvt',
  'sir',
  'dame',
  'lord',
  'lady',
]);
const MONTH_ABBREVIATIONS = new Set([
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
]);
const OTHER_ABBREVIATIONS = new Set(['st', 'jr', 'sr', 'inc', 'corp', 'co', 'ltd', 'no', 'vs', 'mt', 'ft']);
export const isDottedAbbreviation = (lower: string) =>
  HONORIFICS.has(lower) || MONTH_ABBREVIATIONS.has(lower) || OTHER_ABBREVIATIONS.has(lower);

/** Title words that stand before a name, capitalized, and are not part of the name: "Foreign Minister", "Gen.". */
export const TITLE_WORDS = new Set([
  ...HONORIFICS,
  'acting',
  'admiral',
  'ambassador',
  'archbishop',
  'attorney',
  'ayatollah',
  'bishop',
  'brigadier',
  'cardinal',
  'captain',
  'ceo',
  'chair',
  'chairman',
  'chairwoman',
  'chancellor',
  'chief',
  'colonel',
  'commander',
  'commissioner',
  'congressman',
  'congresswoman',
  'corporal',
  'counsel',
  'defence',
  'defense',
  'deputy',
  'detective',
  'director',
  'emir',
  'emperor',
  'envoy',
  'executive',
  'finance',
  'foreign',
  'former',
  'general',
  'governor',
  'head',
  'imam',
  'inspector',
  'interior',
  'judge',
  'king',
  'leader',
  'lieutenant',
  'major',
  'marshal',
  'mayor',
  'minister',
  'officer',
  'pastor',
  'pope',
  'premier',
  'president',
  'president-elect',
  'prime',
  'prince',
  'princess',
  'professor',
  'queen',
  'rabbi',
  'representative',
  'reverend',
  'secretary',
  'secretary-general',
  'senator',
  'sergeant',
  'sheikh',
  'sheriff',
  'speaker',
  'spokesman',
  'spokesperson',
  'spokeswoman',
  'sultan',
  'superintendent',
  'vice',
]);

/** What may follow "Secretary of", "Minister of" inside a title: "Secretary of State Jane Roe". */
export const TITLE_COMPLEMENTS = new Set([
  'affairs',
  'agriculture',
  'commerce',
  'defence',
  'defense',
  'education',
  'energy',
  'finance',
  'foreign',
  'health',
  'homeland',
  'interior',
  'justice',
  'labor',
  'labour',
  'security',
  'staff',
  'state',
  'trade',
  'transport',
  'transportation',
  'treasury',
  'war',
]);

// Role nouns that compromise's Actor list lacks but newswire appositives use constantly.
const EXTRA_ROLE_NOUNS = new Set([
  'adviser',
  'advisor',
  'chief',
  'co-founder',
  'correspondent',
  'envoy',
  'expert',
  'fellow',
  'head',
  'lawmaker',
  'legislator',
  'member',
  'negotiator',
  'official',
  'officials',
  'prosecutor',
  'spokesman',
  'spokeswoman',
  'strategist',
  'general',
  'secretary-general',
]);

/** A role noun: "coordinator", "minister", "spokesman"… (lowercase). */
export const isRoleNoun = (lower: string) =>
  TITLE_WORDS.has(lower) || EXTRA_ROLE_NOUNS.has(lower) || has(lower, ROLE_TAGS);

/** Roles that lead an organization, so "the X chief" / "the head of X" can name whoever holds one of them. */
export const LEADER_ROLES = new Set([
  'boss',
  'ceo',
  'chair',
  'chairman',
  'chairwoman',
  'chancellor',
  'chief',
  'director',
  'general',
  'head',
  'leader',
  'premier',
  'president',
  'prime',
  'secretary',
  'secretary-general',
]);

/** Speech verbs, every inflection; attribution rests on these. */
const SPEECH_LEMMAS: [string, ...string[]][] = [
  ['say', 'says', 'said', 'saying'],
  ['tell', 'tells', 'told', 'telling'],
  ['add', 'adds', 'added', 'adding'],
  ['note', 'notes', 'noted', 'noting'],
  ['warn', 'warns', 'warned', 'warning'],
  ['stress', 'stresses', 'stressed', 'stressing'],
  ['explain', 'explains', 'explained', 'explaining'],
  ['insist', 'insists', 'insisted', 'insisting'],
  ['argue', 'argues', 'argued', 'arguing'],
  ['write', 'writes', 'wrote', 'writing'],
  ['tweet', 'tweets', 'tweeted', 'tweeting'],
  ['ask', 'asks', 'asked', 'asking'],
  ['reply', 'replies', 'replied', 'replying'],
  ['answer', 'answers', 'answered', 'answering'],
  ['respond', 'responds', 'responded', 'responding'],
  ['declare', 'declares', 'declared', 'declaring'],
  ['announce', 'announces', 'announced', 'announcing'],
  ['claim', 'claims', 'claimed', 'claiming'],
  ['recall', 'recalls', 'recalled', 'recalling'],
  ['remark', 'remarks', 'remarked', 'remarking'],
  ['observe', 'observes', 'observed', 'observing'],
  ['acknowledge', 'acknowledges', 'acknowledged', 'acknowledging'],
  ['admit', 'admits', 'admitted', 'admitting'],
  ['concede', 'concedes', 'conceded', 'conceding'],
  ['emphasize', 'emphasizes', 'emphasized', 'emphasizing', 'emphasise', 'emphasises', 'emphasised', 'emphasising'],
  ['urge', 'urges', 'urged', 'urging'],
  ['pledge', 'pledges', 'pledged', 'pledging'],
  ['promise', 'promises', 'promised', 'promising'],
  ['vow', 'vows', 'vowed', 'vowing'],
  ['suggest', 'suggests', 'suggested', 'suggesting'],
  ['propose', 'proposes', 'proposed', 'proposing'],
  ['predict', 'predicts', 'predicted', 'predicting'],
  ['confirm', 'confirms', 'confirmed', 'confirming'],
  ['maintain', 'maintains', 'maintained', 'maintaining'],
  ['contend', 'contends', 'contended', 'contending'],
  ['assert', 'asserts', 'asserted', 'asserting'],
  ['call', 'calls', 'called', 'calling'],
  ['describe', 'describes', 'described', 'describing'],
  ['characterize', 'characterizes', 'characterized', 'characterizing', 'characterise', 'characterised'],
  ['refer', 'refers', 'referred', 'referring'],
  ['reiterate', 'reiterates', 'reiterated', 'reiterating'],
  ['underline', 'underlines', 'underlined', 'underlining'],
  ['underscore', 'underscores', 'underscored', 'underscoring'],
  ['affirm', 'affirms', 'affirmed', 'affirming'],
  ['comment', 'comments', 'commented', 'commenting'],
  ['exclaim', 'exclaims', 'exclaimed', 'exclaiming'],
  ['demand', 'demands', 'demanded', 'demanding'],
  ['plead', 'pleads', 'pleaded', 'pleading'],
  ['testify', 'testifies', 'testified', 'testifying'],
  ['quip', 'quips', 'quipped', 'quipping'],
  ['joke', 'jokes', 'joked', 'joking'],
  ['boast', 'boasts', 'boasted', 'boasting'],
  ['complain', 'complains', 'complained', 'complaining'],
  ['lament', 'laments', 'lamented', 'lamenting'],
  ['continue', 'continues', 'continued'],
  ['state', 'states', 'stated', 'stating'],
  ['threaten', 'threatens', 'threatened', 'threatening'],
  ['agree', 'agrees', 'agreed', 'agreeing'],
  ['shout', 'shouts', 'shouted', 'shouting'],
  ['cry', 'cries', 'cried'],
  ['recount', 'recounts', 'recounted', 'recounting'],
  ['mention', 'mentions', 'mentioned', 'mentioning'],
  ['point', 'points', 'pointed', 'pointing'],
  ['put', 'puts'],
  ['defend', 'defends', 'defended'],
  ['wonder', 'wonders', 'wondered'],
  ['counter', 'counters', 'countered'],
  ['caution', 'cautions', 'cautioned', 'cautioning'],
  ['report', 'reports', 'reported'],
  ['estimate', 'estimates', 'estimated'],
];
const SPEECH_FORMS = new Map<string, string>();
for (const [lemma, ...forms] of SPEECH_LEMMAS) {
  SPEECH_FORMS.set(lemma, lemma);
  for (const f of forms) SPEECH_FORMS.set(f, lemma);
}
/** The lemma of a speech verb form ("told" → "tell"), or undefined. */
export const speechLemma = (lower: string) => SPEECH_FORMS.get(lower);
/** Verbs that only report speech with a particle or a following "that"/colon: "pointed out", "put forward", "states that". */
export const SPEECH_NEEDS_PARTICLE = new Map<string, ReadonlySet<string>>([
  ['point', new Set(['out'])],
  ['put', new Set(['forward'])],
  ['state', new Set(['that', ':'])],
  ['report', new Set(['that', ':'])],
  ['estimate', new Set(['that', ':'])],
  ['defend', new Set(['that', ':'])],
  ['agree', new Set(['that', ':'])],
]);

/** Words that may sit between a subject and its speech verb: "Lopez also said", "she has repeatedly warned". */
export const VERB_FILLERS = new Set([
  'also',
  'again',
  'already',
  'always',
  'be',
  'been',
  'can',
  'clearly',
  'could',
  'did',
  'does',
  'even',
  'ever',
  'finally',
  'first',
  'further',
  'had',
  'has',
  'have',
  'however',
  'just',
  'later',
  'may',
  'might',
  'never',
  'not',
  'now',
  'often',
  'once',
  'only',
  'previously',
  'recently',
  'reportedly',
  'should',
  'simply',
  'still',
  'then',
  'to',
  'went',
  'on',
  'will',
  'would',
  'today',
  'yesterday',
  'tonight',
]);

/** Words that may form a short time phrase between subject and verb: "Lopez on Friday referred to". */
export const TIME_FILLERS = new Set([
  'on',
  'this',
  'last',
  'next',
  'earlier',
  'later',
  'morning',
  'afternoon',
  'evening',
  'night',
  'week',
  'month',
  'year',
  'day',
  'in',
  'a',
  'statement',
  'interview',
]);

export const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'it']);

/** Lines that are page furniture, not article text. */
const STRAY_LINE =
  /^(?:leave a (?:comment|reply)|\d*\s*comments?|share(?: (?:this|on \w+))?(?: (?:article|story|post))?|advertisement|advertising|print|email|tweet|subscribe\b.*|sign up\b.*|read more\b.*|read also\b.*|related(?: (?:articles|stories|content))?:?|follow us\b.*|click here\b.*|see also:?|(?:image|photo|video)(?: credit)?:.*|getty images|skip to (?:main )?content|back to top|\(\.\.\.\)|\.\.\.|…)$/i;
export const isStrayLine = (line: string) => line.length < 80 && STRAY_LINE.test(line.trim());

/** "5 Reads", "1,204 views", "3 min read". */
export const isCountLine = (line: string) =>
  /^\d[\d,.]*\s*[kKmM]?\s+(?:reads?|views?|shares?|comments?|min(?:ute)?s?\s+read)$/i.test(line.trim());

/** "Jane Doe contributed to this report." and the like: credits, not article text. */
export const isCreditLine = (line: string) =>
  line.length < 300 &&
  /(?:contributed (?:reporting|to this (?:report|story|article))|^(?:additional )?reporting by\b|^editing by\b|^writing by\b|^compiled by\b)/i.test(
    line.trim(),
  );

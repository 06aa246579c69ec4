// Word knowledge for name finding and attribution. compromise supplies the big lists (first names, surnames,
// countries, cities, organizations, demonyms, role nouns, honorifics, org and place head words); the small
// lists here are general English newswire conventions that compromise does not model: title words that glue
// onto names, boilerplate lines (speech verbs live in lexicon-speech.ts). Nothing here is specific to any corpus.
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
export const isKnownPlace = (lower: string) => has(lower, PLACE_TAGS) || FORMER_STATES.has(lower);
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
const PLACE_HEADS = new Set([
  'sea',
  'seas',
  'ocean',
  'oceans',
  'mountains',
  'peninsula',
  'strait',
  'republic',
  'empire',
]);
// States that no longer exist, and planets: places, though compromise does not list them ("Union" heads organizations).
const FORMER_STATES = new Set([
  'soviet union',
  'yugoslavia',
  'czechoslovakia',
  'east germany',
  'west germany',
  'austria-hungary',
  'prussia',
  'rhodesia',
  'zaire',
  'ceylon',
  'siam',
  'persia',
  'gdr',
  // Planets are places too ("landed back on Earth"); the Sun and the Moon are left out (a newspaper, a surname).
  'earth',
  'mars',
  'jupiter',
  'saturn',
  'neptune',
  'uranus',
  'pluto',
]);
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
  // "said Lee ally Dan Roe": a role noun, though it ends like an adverb.
  'ally',
  'adviser',
  'advisor',
  'chief',
  'coach',
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

/**
 * Nouns that head lower-case policy, military and diplomatic phrases ("no-fly zone", "price cap", "martial
 * law"), every form → singular. A head alone is a common word; it names a term only with a classifying modifier.
 */
export const POLICY_HEADS = new Map<string, string>();
for (const [singular, ...plurals] of [
  ['accord', 'accords'],
  ['agreement', 'agreements'],
  ['armistice', 'armistices'],
  ['bailout', 'bailouts'],
  ['ban', 'bans'],
  ['blockade', 'blockades'],
  ['cap', 'caps'],
  ['ceasefire', 'ceasefires'],
  ['cease-fire', 'cease-fires'],
  ['corridor', 'corridors'],
  ['crime', 'crimes'],
  ['curfew', 'curfews'],
  ['deal', 'deals'],
  ['defence', 'defences'],
  ['defense', 'defenses'],
  ['deterrence'],
  ['deterrent', 'deterrents'],
  ['doctrine', 'doctrines'],
  ['embargo', 'embargoes', 'embargos'],
  ['flank', 'flanks'],
  ['guarantee', 'guarantees'],
  ['law', 'laws'],
  ['levy', 'levies'],
  ['mandate', 'mandates'],
  ['mission', 'missions'],
  ['moratorium', 'moratoriums', 'moratoria'],
  ['package', 'packages'],
  ['pact', 'pacts'],
  ['policy', 'policies'],
  ['program', 'programs'],
  ['programme', 'programmes'],
  ['protocol', 'protocols'],
  ['quota', 'quotas'],
  ['referendum', 'referendums', 'referenda'],
  ['reform', 'reforms'],
  ['regime', 'regimes'],
  ['sanctions'],
  ['shield', 'shields'],
  ['strategy', 'strategies'],
  ['subsidy', 'subsidies'],
  ['system', 'systems'],
  ['talks'],
  ['tariff', 'tariffs'],
  ['tax', 'taxes'],
  ['treaty', 'treaties'],
  ['truce', 'truces'],
  ['umbrella', 'umbrellas'],
  ['weapon', 'weapons'],
  ['zone', 'zones'],
] as const) {
  POLICY_HEADS.set(singular, singular);
  for (const p of plurals) POLICY_HEADS.set(p, singular);
}
/** Heads that are only plural: "economic sanctions", "peace talks". */
export const PLURAL_ONLY_HEADS = new Set(['sanctions', 'talks']);
/** Heads that double as verbs: after a bare noun they may be its verb ("officials ban", "the union deals"). */
export const VERBAL_HEADS = new Set([
  'accord',
  'ban',
  'blockade',
  'cap',
  'deal',
  'embargo',
  'flank',
  'guarantee',
  'levy',
  'mandate',
  'package',
  'program',
  'programme',
  'reform',
  'sanctions',
  'shield',
  'talks',
  'tax',
  'zone',
]);
/** Heads so broad that one modifier does not make a term ("political system"; "missile defence system" does). */
export const BROAD_HEADS = new Set(['system']);

/**
 * Modifiers that evaluate, count or date a noun instead of classifying it: "the same zone", "a new law",
 * "tougher sanctions", "additional systems". General English; a phrase built on one of these is no term.
 */
export const GENERIC_MODIFIERS = new Set([
  'a',
  'about',
  'actual',
  'additional',
  'adequate',
  'aggressive',
  'all',
  'alleged',
  'ambitious',
  'another',
  'any',
  'apparent',
  'appropriate',
  'available',
  'bad',
  'basic',
  'best',
  'better',
  'big',
  'bigger',
  'biggest',
  'bloody',
  'bold',
  'both',
  'brief',
  'broad',
  'broader',
  'brutal',
  'certain',
  'clear',
  'common',
  'comprehensive',
  'considerable',
  'controversial',
  'credible',
  'critical',
  'crucial',
  'current',
  'dangerous',
  'deadly',
  'decisive',
  'deep',
  'deeper',
  'different',
  'difficult',
  'direct',
  'dramatic',
  'drastic',
  'durable',
  'each',
  'early',
  'earlier',
  'easy',
  'effective',
  'either',
  'enormous',
  'enough',
  'entire',
  'essential',
  'eventual',
  'every',
  'existing',
  'expanded',
  'extensive',
  'extra',
  'failed',
  'famous',
  'few',
  'fewer',
  'fierce',
  'final',
  'firm',
  'first',
  'formal',
  'former',
  'fragile',
  'fresh',
  'full',
  'further',
  'future',
  'general',
  'genuine',
  'good',
  'great',
  'greater',
  'greatest',
  'half',
  'hard',
  'harder',
  'harsh',
  'harsher',
  'heavy',
  'high',
  'higher',
  'historic',
  'huge',
  'immediate',
  'important',
  'increased',
  'initial',
  'interim',
  'key',
  'landmark',
  'large',
  'larger',
  'largest',
  'last',
  'lasting',
  'late',
  'later',
  'latest',
  'least',
  'less',
  'likely',
  'limited',
  'little',
  'long',
  'longer',
  'low',
  'lower',
  'main',
  'major',
  'many',
  'massive',
  'meaningful',
  'minor',
  'modest',
  'more',
  'most',
  'much',
  'multiple',
  'mutual',
  'narrow',
  'necessary',
  'new',
  'newer',
  'next',
  'normal',
  'numerous',
  'obvious',
  'official',
  'old',
  'older',
  'ongoing',
  'only',
  'original',
  'other',
  'overall',
  'own',
  'particular',
  'partial',
  'past',
  'pending',
  'permanent',
  'personal',
  'planned',
  'popular',
  'possible',
  'potential',
  'powerful',
  'present',
  'previous',
  'primary',
  'principal',
  'probable',
  'proper',
  'proposed',
  'provisional',
  'quick',
  'radical',
  'rapid',
  'real',
  'recent',
  'relevant',
  'remaining',
  'renewed',
  'respective',
  'rigid',
  'robust',
  'rough',
  'same',
  'second',
  'secret',
  'separate',
  'serious',
  'severe',
  'several',
  'sham',
  'short',
  'significant',
  'similar',
  'simple',
  'single',
  'slow',
  'small',
  'smaller',
  'so-called',
  'sole',
  'solid',
  'special',
  'specific',
  'stable',
  'standard',
  'strict',
  'stricter',
  'strong',
  'stronger',
  'strongest',
  'substantial',
  'successful',
  'such',
  'sufficient',
  'sweeping',
  'swift',
  'temporary',
  'third',
  'tight',
  'tighter',
  'tiny',
  'top',
  'total',
  'tough',
  'tougher',
  'toughest',
  'true',
  'typical',
  'unprecedented',
  'upcoming',
  'urgent',
  'usual',
  'various',
  'vast',
  'very',
  'vital',
  'weak',
  'weaker',
  'whole',
  'wide',
  'wider',
  'worse',
  'worst',
]);

/**
 * Plural heads that coordinated names share, each name taking the singular: "the Caspian and Aral Seas",
 * "the State and Defense Departments", "the First and Second World Wars". Plurals that are themselves part of
 * names ("Islands", "Mountains", "Accords", "States") are not here.
 */
export const SHARED_HEAD_PLURALS = new Set([
  'acts',
  'airports',
  'amendments',
  'avenues',
  'bays',
  'bills',
  'bridges',
  'canals',
  'channels',
  'commissions',
  'committees',
  'conventions',
  'councils',
  'courts',
  'departments',
  'gulfs',
  'oceans',
  'protocols',
  'rivers',
  'roads',
  'seas',
  'stations',
  'straits',
  'streets',
  'wars',
]);

/** Lower-case particles that may join the capitalized words of one name: "Bank of England", "Ursula von der Leyen". */
export const NAME_CONNECTORS: ReadonlySet<string> = new Set([
  'of',
  'for',
  'de',
  'del',
  'della',
  'da',
  'di',
  'du',
  'van',
  'von',
  'der',
  'den',
  'bin',
  'ibn',
  'al',
  'el',
  'la',
  'le',
]);

/** Direction and position words that begin a place name: "Eastern Europe", "Greater Manchester". */
export const COMPASS_WORDS: ReadonlySet<string> = new Set([
  'north',
  'south',
  'east',
  'west',
  'central',
  'northern',
  'southern',
  'eastern',
  'western',
  'upper',
  'lower',
  'greater',
  'northeast',
  'northwest',
  'southeast',
  'southwest',
  'inner',
  'outer',
]);

// Word knowledge about the shape of names, beyond compromise's lexicon: which word heads a name and so tells its
// kind ("University", "Station", "Lake …"), party and faith words that stand before a person's name like a title,
// country abbreviations, and whether a capitalized word is an ordinary English word in one of its inflections
// (a Title Case headline capitalizes those too). General English and general knowledge only.
import { isEnglishWord } from './english-words.ts';
import { COMPASS_WORDS, isCommonWord, isFirstName, isOrgHeadWord, isPlaceHeadWord, lexTags } from './lexicon.ts';

/** Facilities and streets: a name ending in one is a place a reader can go to ("Varbo Stadium", "Main Street"). */
const FACILITY_HEADS = new Set([
  // in the languages whose names English news keeps untranslated
  'calle',
  'catedral',
  'chateau',
  'iglesia',
  'masjid',
  'meydan',
  'museo',
  'musee',
  'palacio',
  'palais',
  'piazza',
  'plac',
  'platz',
  'rue',
  'strasse',
  'airport',
  'arena',
  'avenue',
  'basilica',
  'boulevard',
  'bridge',
  'castle',
  'cathedral',
  'cemetery',
  'center',
  'centre',
  'expressway',
  'freeway',
  'gallery',
  'gardens',
  'grounds',
  'hall',
  'harbor',
  'harbour',
  'highway',
  'hotel',
  'mall',
  'minster',
  'monument',
  'mosque',
  'motorway',
  'museum',
  'palace',
  'park',
  'pier',
  'shelf',
  'plaza',
  'road',
  'square',
  'stadium',
  'station',
  'street',
  'temple',
  'terminal',
  'theater',
  'theatre',
  'tower',
  'turnpike',
  'zoo',
]);

/** Geographic words that open a place name: "Lake Vättern", "Mount Varbo", "River Severn", "Port Louis". */
const PLACE_OPENERS = new Set([
  'bay',
  'cape',
  'fort',
  'gulf',
  'isle',
  'lake',
  'mount',
  'mt',
  'port',
  'river',
  'saint',
  'san',
  'santa',
  'st',
  'lac',
  'rio',
]);

/** "Lake", "Mount", "Bay": a geographic word that opens a place's name. */
export const isPlaceOpener = (lower: string) => PLACE_OPENERS.has(lower.replace(/\.$/u, ''));

/** Words heading a group of people organized as a body: "… University", "Institute of …", "… Party". */
const ORG_OPENERS = new Set([
  'academia',
  'academie',
  'ecole',
  'institut',
  'instituto',
  'universidad',
  'universita',
  'universitat',
  'universite',
  'academy',
  'bank',
  'college',
  'conservatoire',
  'council',
  'department',
  'institute',
  'ministry',
  'municipality',
  'school',
  'society',
  'university',
]);

/** Heads of companies, media and teams that compromise does not list: "Varbo Paper", "Nordwind Tours". */
const ORG_HEADS = new Set([
  'airline',
  'broadcasting',
  'daily',
  'films',
  'games',
  'laboratories',
  'ministries',
  'network',
  'paper',
  'pictures',
  'records',
  // "the Varbo Report" is a publication, "the Lotten Project" and "the Harbour Campaign" bodies: none is a person
  // whose surname the page would then highlight at every "Report".
  'report',
  'project',
  'campaign',
  'review',
  'studio',
  'studios',
  'technologies',
  'tours',
  'tribune',
  'trust',
  'ventures',
  'weekly',
]);

/** Administrative divisions compromise does not list: "Varbo Voivodeship", "Tessaro Oblast". */
const DIVISION_HEADS = new Set([
  'canton',
  'emirate',
  'governorate',
  'krai',
  'oblast',
  'parish',
  'voivodeship',
  'voivodship',
]);

/**
 * A word naming a party's or a movement's member, written before a person's name like a title ("Democrat
 * Jane Roe", "Republican Senator John Roe"); after it comes a person, and "Democrat of Ohio" names no one.
 */
export const MEMBER_WORDS = new Set([
  'communist',
  'conservative',
  'democrat',
  'democrats',
  'green',
  'independent',
  'labour',
  'liberal',
  'libertarian',
  'nationalist',
  'republican',
  'republicans',
  'socialist',
  'tory',
]);

/**
 * Nouns for a follower of a faith or a school of thought, capitalized before a person's name like a party word
 * ("Methodist Jane Roe", "Scientologist Jan Roe"); most "-ist" words are caught by their ending (isAdherentWord).
 */
const ADHERENT_WORDS = new Set([
  'adventist',
  'agnostic',
  'amish',
  'anglican',
  'catholic',
  'episcopalian',
  'evangelical',
  'hindu',
  'jesuit',
  'lutheran',
  'mennonite',
  'mormon',
  'muslim',
  'pentecostal',
  'presbyterian',
  'protestant',
  'quaker',
  'rastafarian',
  'shiite',
  'sikh',
  'sufi',
  'sunni',
]);

/**
 * Languages whose names are no demonym the lexicon knows ("into Latin", "learned Sanskrit"): a language is no
 * place, person or body. (English, French, Greek… are demonyms already.)
 */
const LANGUAGE_NAMES = new Set([
  'latin',
  'hebrew',
  'sanskrit',
  'aramaic',
  'coptic',
  'esperanto',
  'mandarin',
  'cantonese',
  'arabic',
  'farsi',
  'urdu',
  'bengali',
  'punjabi',
  'tamil',
  'swahili',
  'amharic',
  'pashto',
  'tagalog',
  'gaelic',
  'catalan',
]);
export const isLanguageName = (lower: string) => LANGUAGE_NAMES.has(lower);

/**
 * "Scientologist", "Methodist", "Marxist", "Anglican": a noun for a person by creed or school. Words of seven
 * letters or more ending in "-ist" count by their ending, except the Nordic surnames in "-qvist"/"-quist".
 */
export const isAdherentWord = (lower: string) =>
  ADHERENT_WORDS.has(lower) || (lower.length >= 7 && /ist$/u.test(lower) && !/(?:qu|qv|kv|kw|w)ist$/u.test(lower));

/**
 * Peoples, tribes and historical groups English names by a noun that is no demonym in compromise's lexicon: "the
 * Turks", "the Vikings", "Arabs and Jews". Singular forms; the plural names members, never a body or a place.
 */
const PEOPLE_NOUNS = new Set([
  'arab',
  'aztec',
  'bedouin',
  'berber',
  'celt',
  'cossack',
  'gaul',
  'goth',
  'hebrew',
  'hispanic',
  'huguenot',
  'hun',
  'inca',
  'latina',
  'latino',
  'israelite',
  'jew',
  'kurd',
  'magyar',
  'maori',
  'moor',
  'mongol',
  'nazarene',
  'pashtun',
  'pharisee',
  'saracen',
  'saxon',
  'slav',
  'tatar',
  'turk',
  'uzbek',
  'viking',
  'visigoth',
  'zulu',
]);

/**
 * "Turk", "Viking", "Agnostic": a noun for a member of a people, or of a faith the adherent list names (not just
 * any "-ist": "Lobbyists" opening a sentence names no one).
 */
export const isPeopleNoun = (lower: string) => PEOPLE_NOUNS.has(lower) || ADHERENT_WORDS.has(lower);

/**
 * The abbreviations newsrooms write for US states and a few countries ("Tarnby, Calif.", "U.S."), keyed as nameKey
 * leaves them (no dots), with the full name they stand for: general knowledge, like the country abbreviations.
 */
const PLACE_ABBREVIATIONS = new Map<string, string>([
  ...(
    [
      ['ala', 'alabama'],
      ['ariz', 'arizona'],
      ['ark', 'arkansas'],
      ['calif', 'california'],
      ['colo', 'colorado'],
      ['conn', 'connecticut'],
      ['del', 'delaware'],
      ['fla', 'florida'],
      ['ga', 'georgia'],
      ['ill', 'illinois'],
      ['ind', 'indiana'],
      ['kan', 'kansas'],
      ['kans', 'kansas'],
      ['ky', 'kentucky'],
      ['la', 'louisiana'],
      ['md', 'maryland'],
      ['mass', 'massachusetts'],
      ['mich', 'michigan'],
      ['minn', 'minnesota'],
      ['miss', 'mississippi'],
      ['mo', 'missouri'],
      ['mont', 'montana'],
      ['neb', 'nebraska'],
      ['nebr', 'nebraska'],
      ['nev', 'nevada'],
      ['nh', 'new hampshire'],
      ['nj', 'new jersey'],
      ['nm', 'new mexico'],
      ['ny', 'new york'],
      ['nc', 'north carolina'],
      ['nd', 'north dakota'],
      ['okla', 'oklahoma'],
      ['ore', 'oregon'],
      ['pa', 'pennsylvania'],
      ['ri', 'rhode island'],
      ['sc', 'south carolina'],
      ['sd', 'south dakota'],
      ['tenn', 'tennessee'],
      ['tex', 'texas'],
      ['vt', 'vermont'],
      ['va', 'virginia'],
      ['wash', 'washington'],
      ['wva', 'west virginia'],
      ['wis', 'wisconsin'],
      ['wisc', 'wisconsin'],
      ['wyo', 'wyoming'],
      ['us', 'united states'],
      ['usa', 'united states'],
      ['united states of america', 'united states'],
      ['uk', 'united kingdom'],
      ['uae', 'united arab emirates'],
      ['ussr', 'soviet union'],
    ] as const
  ).map(([k, v]) => [k, v] as [string, string]),
]);
/** "calif" → "california", "u.s." → "united states": the place an abbreviation stands for, if it is one. */
export const abbreviatedPlace = (key: string) => PLACE_ABBREVIATIONS.get(key.replace(/\./gu, ''));

/** Countries and unions written as capital letters: a place, never a person or a company. */
const COUNTRY_ABBREVIATIONS = new Set(['us', 'usa', 'uk', 'uae', 'drc', 'prc', 'rok', 'dprk', 'ussr', 'dc']);
export const isCountryAbbreviation = (key: string) => COUNTRY_ABBREVIATIONS.has(key.replace(/[.\s]/gu, ''));

/** A word that heads a body's name and may take "of the …" after it: "Institute", "University", "Society". */
export const isOrgOpener = (lower: string) =>
  ORG_OPENERS.has(lower) || (isOrgHeadWord(lower) && !isPlaceHeadWord(lower));

export type HeadKind = 'organization' | 'place';

/** "Varbo Street", "Lotten Airport": a built place's head word, which a street or a hall named for a person keeps. */
export const isFacilityHead = (lower: string) => FACILITY_HEADS.has(lower);

/**
 * The kind a name's head word gives it. English names put the head last ("Varbo Museum", "Lotten Stadium")
 * or first before a complement ("University of Tartu", "Lake Vättern", "Museum of Art"); the head decides over
 * the complement, which is often a place ("of Tartu").
 */
export function headKind(words: readonly string[]): HeadKind | undefined {
  if (words.length < 2) return undefined;
  const of = words.findIndex((w, i) => i > 0 && (w === 'of' || w === 'for' || w === 'de' || w === 'on'));
  const head = (of > 0 ? words[of - 1] : words[words.length - 1]) as string;
  const first = words[0] as string;
  // "Center for Maritime Studies" is a body; "Varbo Center" a building.
  if (FACILITY_HEADS.has(head)) return of > 0 && (head === 'center' || head === 'centre') ? 'organization' : 'place';
  if (ORG_OPENERS.has(first) || ORG_OPENERS.has(head) || ORG_HEADS.has(head)) return 'organization';
  // "House of Commons", "House of Representatives"; a "… House" is a building.
  if (first === 'house' && of === 1) return 'organization';
  // "Varbo Unified School District" runs schools: a body, though a district is otherwise a division of land.
  if (head === 'district' && of < 0 && words[words.length - 2] === 'school') return 'organization';
  if (DIVISION_HEADS.has(head)) return 'place';
  // "St. Gallen" is a place, "St. Francis" a saint.
  if (PLACE_OPENERS.has(first.replace(/\.$/u, '')) && !isFirstName(words[1] as string)) return 'place';
  if (isPlaceHeadWord(head)) return 'place';
  if (isOrgHeadWord(head)) return 'organization';
  // "North Tessaro", "East Anglia": a compass word opens a place's name.
  if (COMPASS_WORDS.has(first) && of < 0) return 'place';
  return undefined;
}

const VERB_TAGS = new Set(['PresentTense', 'PastTense', 'Infinitive', 'Gerund', 'Participle', 'Modal', 'Copula']);

/**
 * An ordinary word in any inflection ("Announces", "Apologizes", "Video"): compromise knows it as no name, or
 * wink's vocabulary holds it, or it is a regular inflection of a verb compromise knows. Words that are also
 * surnames ("Baker", "Burns") count as ordinary: callers that read names weigh a given name before them.
 */
export function isOrdinaryWordForm(lower: string): boolean {
  if (isCommonWord(lower)) return true;
  if (lexTags(lower).length > 0) return false;
  if (isEnglishWord(lower)) return true;
  for (const stem of stems(lower)) {
    if (lexTags(stem).some((t) => VERB_TAGS.has(t))) return true;
  }
  return /ly$/u.test(lower) && lower.length > 5;
}

function stems(lower: string): string[] {
  const out: string[] = [];
  if (/ies$/u.test(lower)) out.push(`${lower.slice(0, -3)}y`);
  if (/es$/u.test(lower)) out.push(lower.slice(0, -2));
  if (/s$/u.test(lower)) out.push(lower.slice(0, -1));
  if (/ed$/u.test(lower)) out.push(lower.slice(0, -2), lower.slice(0, -1));
  if (/ing$/u.test(lower)) out.push(lower.slice(0, -3), `${lower.slice(0, -3)}e`);
  return out;
}

// Endings that mark a word as a place's or a family's name in the languages news most often borrows names from:
// "Moldavia", "Freiburg", "Stalingrad", "Turkmenistan", "Lancashire"; "Andersson", "Kowalski", "Petrov",
// "Fernández", "Bertolini", "Popescu", "Horowitz". A weak clue, used only when the text gives none.
const PLACE_ENDING = /(?:[^aeiou]ia|burg|bourg|borg|ville|polis|grad|stan|shire|chester|cester|mouth|abad|pur)$/u;
const SURNAME_ENDING =
  /(?:sson|sen|ski|sky|ska|ov|ova|ev|eva|enko|ez|ini|elli|etti|escu|vich|vic|stein|witz|poulos|idis|akis|oglu|yan|ian)$/u;

/** The kind a lone unknown word's ending suggests, if any. */
export function endingKind(lower: string): 'place' | 'person' | undefined {
  if (lower.length < 5) return undefined;
  if (PLACE_ENDING.test(lower)) return 'place';
  if (SURNAME_ENDING.test(lower)) return 'person';
  return undefined;
}

// Common nouns that name the class of the name right after them ("the film Harbour Lights", "the band Varbo Owls",
// "the town of" aside: that is "of" and handled apart). Works, events and products are terms.
const CLASS_NOUNS: ReadonlyMap<string, 'term' | 'organization' | 'place'> = new Map([
  ...[
    'album',
    'book',
    'comedy',
    'documentary',
    'drama',
    'film',
    'game',
    'movie',
    'musical',
    'novel',
    'opera',
    'painting',
    'play',
    'poem',
    'production',
    'series',
    'show',
    'sitcom',
    'single',
    'song',
    'thriller',
    'treatise',
  ].map((w) => [w, 'term'] as const),
  ...[
    'airline',
    'band',
    'broadcaster',
    'carrier',
    'channel',
    'club',
    'company',
    'firm',
    'journal',
    'magazine',
    'network',
    'newspaper',
    'publisher',
    'retailer',
    'startup',
    'tabloid',
    'team',
    'website',
  ].map((w) => [w, 'organization'] as const),
  ...['city', 'hamlet', 'island', 'municipality', 'province', 'region', 'suburb', 'town', 'village'].map(
    (w) => [w, 'place'] as const,
  ),
]);

/** The kind a class noun right before a name gives it ("the film …" a term, "the magazine …" a body). */
export const classNounKind = (lower: string) => CLASS_NOUNS.get(lower);

/**
 * Given names that are also ordinary English words, which compromise does not tag as given names: "Frank" in
 * "Frank Roe", "Will" in "Will Dalby". (Months are left out: "June Primary" is no one's name.)
 */
const ORDINARY_GIVEN_NAMES = new Set([
  'amber',
  'art',
  'bill',
  'bud',
  'chip',
  'cliff',
  'dawn',
  'dean',
  'dick',
  'faith',
  'frank',
  'gene',
  'guy',
  'heather',
  'herb',
  'holly',
  'hope',
  'hunter',
  'iris',
  'ivy',
  'jay',
  'jean',
  'joy',
  'ken',
  'max',
  'miles',
  'penny',
  'pearl',
  'ray',
  'reed',
  'rex',
  'rich',
  'robin',
  'rod',
  'rose',
  'ruby',
  'rusty',
  'sandy',
  'violet',
  'will',
  'woody',
]);

/** A given name, including those that are ordinary words ("Frank", "Will"); for a word opening a full name. */
/** "Tae-soo", "Hye-jin": a capitalized syllable joined to a lower-case one, the shape of a given name written after the family name. */
export const isSyllabicGivenName = (text: string) => /^\p{Lu}\p{Ll}{1,4}[‐-]\p{Ll}{2,5}$/u.test(text);

export const isGivenName = (lower: string) => isFirstName(lower) || ORDINARY_GIVEN_NAMES.has(lower);

/** Number words that may open a name ("Nine Rivers", "Seven Oaks") or count what follows ("Two Democrats"). */
export const COUNT_WORDS = new Set([
  'zero',
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
  'eleven',
  'twelve',
  'twenty',
  'hundred',
  'thousand',
  'million',
]);

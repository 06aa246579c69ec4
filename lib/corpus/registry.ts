// Corpus-wide decisions about names: which candidates are entities at all (no sentence-initial "Explosions",
// no weekdays, no demonyms), what kind each is, and which spellings name the same thing (surname and full
// name, acronym and expansion, Kyiv and Kiev). Evidence is pooled over every article first, so one article's
// clear "Karen Holm, a senior analyst" settles another article's bare "Holm".
import type { Candidate, Votes } from './candidates.ts';
import { type ListMember, listKind } from './coordination.ts';
import { isEnglishWord } from './english-words.ts';
import { townLevel } from './gazetteer.ts';
import {
  COMPASS_WORDS,
  isCommonWord,
  isDemonym,
  isDottedAbbreviation,
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
  SUBJECT_PRONOUNS,
  TERM_HEADS,
  TITLE_WORDS,
} from './lexicon.ts';
import { nameFeatures } from './name-features.ts';
import { decideNameClass, NAME_KIND_MODEL, type NameClass, type NameKindModel } from './name-kind.ts';
import {
  abbreviatedPlace,
  endingKind,
  headKind,
  isAdherentWord,
  isCountryAbbreviation,
  isFacilityHead,
  isGivenName,
  isLanguageName,
  isOrdinaryWordForm,
  isPeopleNoun,
  isPlaceOpener,
  isSyllabicGivenName,
  MEMBER_WORDS,
} from './name-words.ts';
import { isAllCaps, nameKey } from './text.ts';
import type { EntityKind } from './types.ts';
import { spellingKey } from './variants.ts';

export interface ParaView {
  candidates: Candidate[];
}
export interface DocView {
  paras: ParaView[];
}

export interface Draft {
  index: number;
  key: string;
  kind: EntityKind;
  /** Surface forms and how often each occurs. */
  surfaces: Map<string, number>;
  /** The name with a title before it, as the texts write it ("Professor Jane Roe"), with counts. */
  titledForms: Map<string, number>;
  /** Role phrases the texts give it, with counts ("Danish Foreign Minister" → 2). */
  roles: Map<string, number>;
  appositives: Map<string, number>;
  /** Surfaces that stand for another name: "Aral Seas" → "Aral Sea". */
  canonical: Map<string, string>;
  /** Defining clauses the texts give a term ("which requires …"), with counts. */
  definitions: Map<string, number>;
  mentionCount: number;
  /** A lower-case policy phrase ("no-fly zone"): a term, never a speaker, never highlighted on pages. */
  phrase: boolean;
}

/** Where one mention of a name is: article (in reading order), paragraph and character offsets. */
export interface MentionSpan {
  doc: number;
  para: number;
  start: number;
  end: number;
}

/** What the registry decided of one name, for the tools that train and study the name-kind model. */
export interface NameTrace {
  key: string;
  features: string[];
  ruleKind: EntityKind;
  ruleValid: boolean;
  kind: EntityKind;
  valid: boolean;
  spans: MentionSpan[];
}

export interface RegistryOptions {
  /** The name-kind model; `null` leaves every decision to the rules. Default: the shipped model. */
  model?: NameKindModel | null;
  /** Called once per name (not per policy phrase) after its kind is decided. */
  onName?: (trace: NameTrace) => void;
}

export interface Registry {
  drafts: Draft[];
  /** Entity index of each candidate, by article, paragraph and candidate index (-1 when not an entity). */
  resolved: number[][][];
  /**
   * By article: entity indices of the names inside a candidate's name (parallel to its `inner`, -1 when none), keyed
   * by the candidate's place (innerKey), not the object: a streaming ingest reads the candidates again in pass two.
   */
  inner: (InnerNames | undefined)[];
}

/** One article's inner names: innerKey(paragraph, candidate index) → entity indices. */
export type InnerNames = Map<string, number[]>;
export const innerKey = (paragraph: number, candidate: number) => `${paragraph}:${candidate}`;

interface Cluster {
  key: string;
  words: string[];
  count: number;
  nonInitial: number;
  quoted: number;
  titled: number;
  /** Of those, the ones after a courtesy title ("Mr. Tarn", "Dr. Quell"), which only a person's surname takes. */
  courtesy: number;
  /** Mentions that are the subject of a speech verb: people mostly, but organizations speak too. */
  speech: number;
  /** Mentions cited as a report's source: "the Varbo Courier reported", "according to the Courier". */
  reports: number;
  /** Of those, the ones written after "the" ("the Lantern reported"): a publication's name, even an ordinary word. */
  theReports: number;
  /** Mentions as a lower-case policy phrase, and how many of them the text marks as a fixed expression. */
  phrase: number;
  marked: number;
  /** Phrase mentions written in lower case (not capitalized by a sentence start). */
  lowerPhrase: number;
  votes: Votes;
  surfaces: Map<string, number>;
  /** Context cues of the mentions (candidates.ts), with counts. */
  context: Map<string, number>;
  /** Where the mentions are; kept only when a tool traces the registry. */
  spans?: MentionSpan[];
  allCaps: boolean;
  kind?: EntityKind;
  valid: boolean;
  /** Cluster this one is another name for (acronym → expansion, variant → canonical). */
  mergedInto?: Cluster;
  draft?: Draft;
}

const CAPS = { person: 6, organization: 3, place: 3, term: 3 } as const;
const LEGISLATURES = new Set([
  'senate',
  'congress',
  'parliament',
  'legislature',
  'bundestag',
  'bundesrat',
  'duma',
  'knesset',
  'sejm',
  'riksdag',
  'storting',
  'folketing',
  'eduskunta',
  'oireachtas',
  'majlis',
]);
/** Heads of a shop's or an inn's name, never a body's short name on their own. */
const VENUE_HEADS = new Set(['cafe', 'café', 'coffee', 'pizza', 'hotel', 'hotels', 'restaurant', 'restaurants']);
const REGION_WORDS = new Set(['north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest']);
/** "the South", "for the West": a capitalized compass word after "the" (not "Route 9 West"). */
const isRegion = (cl: Cluster) => REGION_WORDS.has(cl.key) && cl.nonInitial > 0 && (cl.context.get('p:the') ?? 0) > 0;
/** A term score (a term head word, a numbered article) from which the model leaves a term alone. */
const TERM_SETTLED = 4;
/** How close before a bare surname another bearer's full name must be to claim it from the article's first. */
const NEAR_CHARS = 160;
// Small words inside a multi-word name that are not themselves common words of the sentence.
const CONNECTOR_WORDS = new Set([...NAME_CONNECTORS, 'and', 'the']);

/** The cluster a cluster was linked into, followed to its end: the one its mentions count for. */
function rootOf<C extends Cluster | undefined>(cl: C): C {
  let at: Cluster | undefined = cl;
  while (at?.mergedInto) at = at.mergedInto;
  return at as C;
}

/** `lowercaseSeen`: every word the corpus writes in lower case somewhere ("council", so "Council" is no name). */
export function buildRegistry(
  docs: readonly DocView[],
  lowercaseSeen: ReadonlySet<string>,
  options: RegistryOptions = {},
): Registry {
  const clusters = new Map<string, Cluster>();
  const trace = options.onName !== undefined;
  docs.forEach((doc, d) => {
    doc.paras.forEach((para, p) => {
      for (const c of para.candidates) {
        if (c.bareSurname) continue;
        addMention(clusters, c, trace ? { doc: d, para: p, start: c.start, end: c.end } : undefined);
        for (const ic of c.inner ?? []) {
          if (!innerStandsAlone(ic, c)) continue;
          ic.context ??= [ic.complement ? 'inner:of' : 'inner'];
          addMention(clusters, ic, trace ? { doc: d, para: p, start: ic.start, end: ic.end } : undefined);
        }
      }
    });
  });
  const model = options.model === undefined ? NAME_KIND_MODEL : options.model;
  for (const cluster of clusters.values()) classify(cluster, lowercaseSeen, model, options.onName);
  for (const cluster of clusters.values()) if (surnameSpeaks(cluster, clusters)) cluster.kind = 'person';
  linkAcronyms(docs, clusters);
  linkPlaceAbbreviations(clusters);
  linkPlurals(clusters);
  linkSpellings(clusters);
  linkMiddleNames(clusters);
  coordinatedKinds(docs, clusters, lowercaseSeen);

  const lastNames = new Map<string, Cluster[]>();
  for (const cl of clusters.values()) {
    if (!cl.valid || cl.kind !== 'person' || cl.words.length < 2 || cl.mergedInto) continue;
    if (!isSurnameLike(cl.words[cl.words.length - 1] as string)) continue;
    const last = spellingKey(cl.words[cl.words.length - 1] as string);
    const list = lastNames.get(last) ?? [];
    list.push(cl);
    lastNames.set(last, list);
  }

  for (const cl of clusters.values()) if (isTitledWord(cl, lowercaseSeen, lastNames)) cl.valid = false;

  // "the Roes", "the Dalbys" (a family): a plural of a person's surname names people, never a place.
  for (const cl of clusters.values()) {
    if (
      cl.words.length !== 1 ||
      cl.allCaps ||
      !/[^s]s$/u.test(cl.key) ||
      !lastNames.has(spellingKey(cl.key.slice(0, -1))) ||
      // A family is "the Roes"; an ordinary word never written after "the" ("Lines formed" beside a Ms Line) is none.
      (isEnglishWord(cl.key) && !cl.context.has('p:the'))
    )
      continue;
    if (cl.kind === 'place' && isKnownPlace(cl.key)) continue;
    cl.kind = 'person';
    cl.valid = true;
  }

  // "the Huguenots", "Muslims": a people's or a faith's members are people, whatever a locative or "the" suggested.
  // A people's or a faith's own noun names them even once ("against the Turks", "Atheists and Agnostics"); a
  // nationality's plural ("Ukrainians") stays a name only where the rules kept it, as it is a reader's everyday word.
  for (const cl of clusters.values()) {
    if (cl.words.length !== 1 || cl.allCaps || !isPeoplePlural(cl.key)) continue;
    if (!cl.valid && !cl.mergedInto && cl.nonInitial > 0 && isPeopleNoun(cl.key.slice(0, -1))) cl.valid = true;
    if (cl.valid) cl.kind = 'person';
  }

  const drafts: Draft[] = [];
  const draftOf = (cl: Cluster): Draft => {
    const target = rootOf(cl);
    if (!target.draft) {
      target.draft = {
        index: drafts.length,
        key: target.key,
        kind: target.kind ?? 'term',
        surfaces: new Map(),
        titledForms: new Map(),
        roles: new Map(),
        appositives: new Map(),
        definitions: new Map(),
        canonical: new Map(),
        mentionCount: 0,
        phrase: target.phrase > 0,
      };
      drafts.push(target.draft);
    }
    return target.draft;
  };

  const inner: (InnerNames | undefined)[] = [];
  const innerDraft = (ic: Candidate, container: Cluster | undefined, person: Cluster | undefined): number => {
    // A surname inside a name ("Roe" in "Roe Factory") is the article's person of that name, if it names one.
    // Otherwise it is the name on its own ("Tartu" in "University of Tartu", though someone is called Tartu).
    const icl = (lastNames.has(spellingKey(ic.key)) ? person : undefined) ?? clusters.get(ic.key);
    if (!icl?.valid || icl === container) return -1;
    const d = draftOf(icl);
    d.surfaces.set(ic.surface, (d.surfaces.get(ic.surface) ?? 0) + 1);
    d.mentionCount++;
    return d.index;
  };
  const resolved = docs.map((doc, a) => {
    // Full names in this article claim its bare surnames first: "Johnson" here is this article's Johnson,
    // the one named most recently before (or, failing that, soonest after).
    const local = new Map<string, { para: number; start: number; cl: Cluster }[]>();
    const demonymLocal = new Map<string, { para: number; start: number; cl: Cluster }[]>();
    // Given names of the article's people: a bare "Marta" is the one Marta the article names in full.
    const givenNames = new Map<string, Set<Cluster>>();
    // Surnames of the article's own given-name-and-surname names, whatever kind they were given ("Anna Grove"
    // read as a place for its head word): a bare "Grove" here is she, never another article's Tomas Grove.
    const ownSurnames = new Set<string>();
    doc.paras.forEach((para, p) => {
      for (const c of para.candidates) {
        const cl = clusters.get(c.key);
        if (cl?.valid && cl.words.length === 2 && isFirstName(cl.words[0] as string))
          ownSurnames.add(spellingKey(cl.words[1] as string));
        if (!cl?.valid || cl.kind !== 'person' || cl.words.length < 2) continue;
        const given = cl.words[0] as string;
        if (isFirstName(given)) {
          const people = givenNames.get(given) ?? new Set<Cluster>();
          people.add(rootOf(cl));
          givenNames.set(given, people);
        }
        // In the article that names "Adam Green", a bare "Green" is he (not the party it names elsewhere).
        const surname = familyName(cl);
        // "Tom English", "Anna Welsh": a surname that is also a nationality word stands for her only where the
        // sentence makes the bare word a speaker ("English said"), never as a modifier ("English teachers").
        const demonymSurname = isDemonym(surname) && isGivenAndSurname(cl.words);
        if (!isSurnameLike(surname) && !(MEMBER_WORDS.has(surname) && isGivenAndSurname(cl.words)) && !demonymSurname)
          continue;
        const last = spellingKey(surname);
        const into = demonymSurname ? demonymLocal : local;
        const list = into.get(last) ?? [];
        list.push({ para: p, start: c.start, cl: rootOf(cl) });
        into.set(last, list);
      }
    });
    // Several people share the surname (a biography's family): the one the article names most often is meant,
    // unless another is named at least as often; then the one named most recently.
    const localFor = (key: string, p: number, start: number, kinOwner = false): Cluster | undefined => {
      const list = local.get(key);
      if (!list) return undefined;
      const counts = new Map<Cluster, number>();
      for (const m of list) counts.set(m.cl, (counts.get(m.cl) ?? 0) + 1);
      const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]);
      const [top, second] = ranked;
      if (top && (!second || top[1] >= 2 * second[1])) return top[0];
      // Otherwise the one the article names first (a biography's subject), unless another was named just before,
      // in the same paragraph ("… and her father Jan Roe, a baker. Roe said …").
      let recent: (typeof list)[number] | undefined;
      for (const m of list) if (m.para < p || (m.para === p && m.start < start)) recent = m;
      // "… and her father Jan Roe. Roe's father was a baker": who owns the relative is not the relative just named.
      if (recent && recent.para === p && start - recent.start < NEAR_CHARS && !kinOwner) return recent.cl;
      return list[0]?.cl;
    };
    // "Le Marrec", "Van Hoek", "Bin Qasim" in the article that names "Anne Le Marrec": a surname written with its
    // particle is the full name's bearer, as the bare surname would be.
    const particleSurnames = new Map<string, Cluster>();
    for (const para of doc.paras) {
      for (const c of para.candidates) {
        const cl = rootOf(clusters.get(c.key));
        if (!cl?.valid || cl.kind === 'place' || cl.words.length < 3) continue;
        const at = cl.words.findIndex((w, k) => k > 0 && k < cl.words.length - 1 && NAME_CONNECTORS.has(w));
        if (at > 0) particleSurnames.set(cl.words.slice(at).join(' '), cl);
      }
    }
    // "the Courier" in the article that names "the Varbo Courier": a body's last word with "the" stands for its
    // full name, when one body of the article's ends in that word.
    const bodyEndings = new Map<string, Set<Cluster>>();
    for (const para of doc.paras) {
      for (const c of para.candidates) {
        const cl = rootOf(clusters.get(c.key));
        if (!cl?.valid || cl.kind !== 'organization' || cl.words.length < 2) continue;
        const last = cl.words[cl.words.length - 1] as string;
        const set = bodyEndings.get(last) ?? new Set<Cluster>();
        set.add(cl);
        bodyEndings.set(last, set);
      }
    }
    return doc.paras.map((para, p) =>
      para.candidates.map((c, i) => {
        if (c.bareSurname) {
          // "King says", in the article that names "Sarah King": she; in any other, no one.
          const person = localFor(spellingKey(c.key), p, c.start);
          if (!person) return -1;
          const d = draftOf(person);
          d.surfaces.set(c.surface, (d.surfaces.get(c.surface) ?? 0) + 1);
          d.mentionCount++;
          return d.index;
        }
        const cl = clusters.get(c.key);
        if (!cl) return -1;
        let target: Cluster | undefined = NAME_CONNECTORS.has(cl.words[0] as string)
          ? particleSurnames.get(cl.key)
          : undefined;
        if (!target && cl.words.length === 1 && !cl.allCaps) {
          const strongNonPerson = (cl.kind === 'place' || cl.kind === 'organization') && cl.valid;
          target = localFor(spellingKey(cl.key), p, c.start, c.kinOwner);
          // The article's own "Marta Holm" claims a bare "Marta" before another article's person ending in it.
          if (!target && isFirstName(cl.key) && givenNames.get(cl.key)?.size === 1)
            target = [...(givenNames.get(cl.key) as Set<Cluster>)][0];
          if (!target && !strongNonPerson && !ownSurnames.has(spellingKey(cl.key))) {
            const everywhere = lastNames.get(spellingKey(cl.key))?.filter(namesAPerson);
            if (everywhere && everywhere.length > 0 && (cl.kind === 'person' || !cl.valid)) {
              target = everywhere.reduce((a, b) => (b.count > a.count ? b : a));
            }
          }
        } else if (!target && cl.words.length === 1) {
          // "ROE:" in a transcript of the article that names Jane Roe: capitals spell her surname too.
          target = localFor(spellingKey(cl.key), p, c.start);
        }
        // "English said", after the article's "Tom English": the nationality word alone as a speaker is he.
        if (!target && cl.words.length === 1 && !cl.allCaps && c.speechSubject && !c.afterThe) {
          const earlier = demonymLocal
            .get(spellingKey(cl.key))
            ?.filter((m) => m.para < p || (m.para === p && m.start < c.start));
          const people = new Set(earlier?.map((m) => m.cl));
          if (people.size === 1) target = [...people][0];
        }
        if (!target && cl.words.length === 1 && isFirstName(cl.key) && !(cl.valid && cl.kind !== 'person')) {
          const people = givenNames.get(cl.key);
          if (people?.size === 1) target = [...people][0];
        }
        // ("the House" is a legislature's lower chamber, never the article's "White House" or "Opera House".)
        if (
          !target &&
          c.afterThe &&
          cl.words.length === 1 &&
          (!cl.valid || cl.kind === 'organization') &&
          cl.key !== 'house'
        ) {
          const bodies = bodyEndings.get(cl.key);
          if (bodies?.size === 1) target = [...bodies][0];
        }
        target ??= cl.valid ? cl : undefined;
        // Names inside a name count even when the whole is no entity ("Norway" in an unknown award's name).
        if (c.inner && target?.kind !== 'person') {
          const names = inner[a] ?? new Map<string, number[]>();
          inner[a] = names;
          names.set(
            innerKey(p, i),
            c.inner.map((ic) => innerDraft(ic, target, localFor(spellingKey(ic.key), p, ic.start))),
          );
        }
        if (!target) return -1;
        const d = draftOf(target);
        d.surfaces.set(c.surface, (d.surfaces.get(c.surface) ?? 0) + 1);
        if (c.titledSurface && d.kind === 'person')
          d.titledForms.set(c.titledSurface, (d.titledForms.get(c.titledSurface) ?? 0) + 1);
        d.mentionCount++;
        for (const role of c.roles) d.roles.set(role, (d.roles.get(role) ?? 0) + 1);
        if (c.appositive) d.appositives.set(c.appositive, (d.appositives.get(c.appositive) ?? 0) + 1);
        if (c.canonical) d.canonical.set(c.surface, c.canonical);
        if (c.definition) d.definitions.set(c.definition, (d.definitions.get(c.definition) ?? 0) + 1);
        return d.index;
      }),
    );
  });
  return { drafts, resolved, inner };
}

/**
 * "flights to Lotten, Qarvik and Brantholm": a name seen once that the rules could not place takes the kind the
 * known names of its list agree on (coordination.ts), and is kept.
 */
function coordinatedKinds(
  docs: readonly DocView[],
  clusters: Map<string, Cluster>,
  lowercaseSeen: ReadonlySet<string>,
) {
  // A name others were linked to ("NVB" to "Nordic Varbo Bank") is more than one mention: no open name.
  const absorbing = new Set<Cluster>();
  for (const cl of clusters.values()) if (cl.mergedInto) absorbing.add(cl.mergedInto);
  // "Varbo" of "Varbo Nations" and "Varbo Lines": a word that opens two longer names of the corpus is written in
  // each of them, and a kind given to it would light it inside each.
  const opens = new Map<Cluster, number>();
  for (const cl of clusters.values()) {
    if (!cl.valid || cl.words.length < 2) continue;
    const head = clusters.get(cl.words[0] as string);
    if (!head) continue;
    const count = (opens.get(head) ?? 0) + 1;
    opens.set(head, count);
    if (count >= 2) absorbing.add(head);
  }
  for (const doc of docs) {
    for (const para of doc.paras) {
      const lists = new Map<number, { cl: Cluster; m: ListMember }[]>();
      for (const c of para.candidates) {
        if (c.list === undefined || c.bareSurname) continue;
        const cl = rootOf(clusters.get(c.key));
        if (!cl) continue;
        const list = lists.get(c.list) ?? [];
        lists.set(c.list, list);
        list.push({ cl, m: listMember(c, cl, lowercaseSeen, absorbing.has(cl)) });
      }
      for (const list of lists.values()) {
        const kind = listKind(list.map((x) => x.m));
        if (!kind) continue;
        for (const { cl, m } of list) {
          if (!m.open) continue;
          cl.kind = kind;
          cl.valid = true;
        }
      }
    }
  }
}

function listMember(c: Candidate, cl: Cluster, lowercaseSeen: ReadonlySet<string>, absorbing: boolean): ListMember {
  if (cl.valid && cl.kind && cl.kind !== 'term')
    return { kind: cl.kind, open: false, common: false, personShape: false };
  const { words } = cl;
  const common = words.every((w) => lowercaseSeen.has(w) || isOrdinaryWordForm(w) || CONNECTOR_WORDS.has(w));
  // Only a name seen once and not quoted: the rules had nothing else to go on. At a sentence's start an ordinary
  // word is capitalized for its place, and capitals are a shouted headline's unless they are one acronym.
  const open =
    cl.count === 1 &&
    !absorbing &&
    !(c.initial && common) &&
    !c.quoted &&
    !(cl.allCaps && words.length > 1) &&
    cl.phrase === 0 &&
    !neverAName(cl) &&
    !describesMembers(words);
  // A term the text names more than once ("SkyBox VR", a product) is no member to go by, nor one to retype.
  const thing = !open && cl.valid && cl.kind === 'term';
  return { open, common, personShape: open && personShaped(words, common), thing };
}

/**
 * "Beekeepers", "Varbo Gov.", "Nordlanders Jan Roe": a plural of an ordinary noun, a run ending in a title, or one
 * opening with a demonym or people's plural is a description of who is listed, not a name.
 */
function describesMembers(words: readonly string[]): boolean {
  const last = (words[words.length - 1] as string).replace(/\.$/u, '');
  if (TITLE_WORDS.has(last)) return true;
  const first = words[0] as string;
  if (words.length > 1 && (isDemonym(first) || isPeoplePlural(first))) return true;
  // "Nordlanders Jan Roe": a plural before a given name says who she is among.
  if (words.length > 2 && /(?:ans|ers|ists|ites)$/u.test(first)) return true;
  return words.length === 1 && /[^s]s$/u.test(first) && isOrdinaryWordForm(first.slice(0, -1));
}

/** Not every word an ordinary one ("Warden Quill" is a title's), nor joined by "of" ("Circle of Jan Roe"). */
function personShaped(words: readonly string[], common: boolean): boolean {
  if (common || words.length > 4 || /ism$/u.test(words[words.length - 1] as string)) return false;
  return !words.some((w) => w === 'of' || w === 'for' || w === 'and' || w === 'the');
}

/** Heads of the schools a state names ("Varbo State University"). */
const SCHOOL_HEADS = ['university', 'college'];

/** Heads of facilities that are named for where they are: "the Qarvik Stadium", "Lotten Station". */
const LOCATION_HEADS = new Set(['stadium', 'station', 'cemetery', 'arena']);

/** Words that could be a district's name: none an English word, a given name, a known person's, nor capitals. */
const namesDistrict = (words: readonly string[], surface: string) =>
  !isAllCaps(surface.replace(/\s+/gu, '')) &&
  !isFirstName(words[0] as string) &&
  !isKnownPerson(words.join(' ')) &&
  words.every((w) => !isOrdinaryWordForm(w) && !isEnglishWord(w));

const EPONYM_HEADS = new Set([
  'award',
  'awards',
  'fellowship',
  'foundation',
  'lecture',
  'lectures',
  'medal',
  'prize',
  'professorship',
  'scholarship',
  // Buildings and roads named after people: "Roe Hall", "the Varga Memorial", "Lund Turnpike".
  'auditorium',
  'hall',
  'library',
  'memorial',
  'museum',
  'theater',
  'theatre',
  'turnpike',
]);

/**
 * "Agnes of Varbo", "Hilarion of Lund": a given name (no place's, no ordinary word's) and "of" a place is how saints,
 * rulers and scholars of old are named.
 */
function isGivenOfPlace(words: readonly string[]): boolean {
  if (words.length !== 3 || words[1] !== 'of') return false;
  const [given, , place] = words as [string, string, string];
  return isFirstName(given) && !isKnownPlace(given) && !isOrdinaryWordForm(given) && !isOrdinaryWordForm(place);
}

/** Orders and parties whose members' plural names the body ("the Jesuits", "the Liberals"). */
const BODY_PLURALS = new Set(['jesuits', 'franciscans', 'dominicans', 'benedictines']);

/**
 * "Muslims", "Catholics", "Marxists": the plural of a word for a member of a faith, a people or a school; and
 * "Vandorian-Americans", a people's compound ending in one.
 */
function isPeoplePlural(key: string): boolean {
  if (!/[^s]s$/u.test(key) || BODY_PLURALS.has(key) || MEMBER_WORDS.has(key)) return false;
  const single = key.slice(0, -1);
  if (MEMBER_WORDS.has(single) || isKnownPlace(key) || isKnownOrg(key)) return false;
  const member = (w: string) => isAdherentWord(w) || isDemonym(w) || isPeopleNoun(w);
  if (member(single)) return true;
  const parts = single.split('-');
  return parts.length === 2 && /^\p{L}{3,}$/u.test(parts[0] as string) && member(parts[1] as string);
}

const BATTLE_HEADS = new Set(['battle', 'siege', 'sack']);

/**
 * An inner name counts as a mention of its own when the lexicon knows it ("Tartu", "Toyota") or it is the
 * complement of "of", which names the place or body the whole belongs to ("Municipality of Varbo").
 * Other inner names count only when the corpus names them on their own elsewhere.
 */
function innerStandsAlone(ic: Candidate, whole: Candidate): boolean {
  if (isKnownPlace(ic.key) || isKnownOrg(ic.key) || isCountryAbbreviation(ic.key)) return true;
  const words = ic.key.split(' ');
  // "Terre de Varbo", "Anse Varbo": the words of a foreign place name are no names of their own.
  if (foreignPlaceHead(whole.key.split(' '))) return false;
  // "the Roe Prize", "the Varga Foundation": prizes, foundations and lectures are named after people, even when
  // some town somewhere bears the name too ("the Lund Prize").
  const head = whole.key.split(' ').pop() ?? '';
  if (!ic.complement && words.length === 1 && EPONYM_HEADS.has(head) && !isOrdinaryWordForm(ic.key)) {
    ic.votes.person += 3;
    return true;
  }
  // "the Qarvik Stadium", "Lotten Station", "Varbo Cemetery": grounds, stations and graveyards take the name of the
  // district they stand in, so what precedes the head word is a place (unless it reads as a person's or a word).
  if (!ic.complement && ic.last === whole.last - 1 && LOCATION_HEADS.has(head) && namesDistrict(words, ic.surface)) {
    ic.votes.place += 3;
    return true;
  }
  // "Varbo State University": "Varbo State" is the state a state's university is named for, as "Varbo" alone is
  // (not in "the Varbo State Fair", where "State" belongs to the fair's name).
  if (
    !ic.complement &&
    words.length === 2 &&
    words[1] === 'state' &&
    isKnownPlace(words[0] as string) &&
    SCHOOL_HEADS.some((school) => whole.key.includes(`${ic.key} ${school}`))
  ) {
    ic.votes.place += 3;
    return true;
  }
  // "the Varbo Owls", "Varbo High School": a town's name opening a longer name is that town.
  if (!ic.complement && townLevel(ic.key) > 0 && !isOrdinaryWordForm(ic.key) && !isFirstName(ic.key)) return true;
  // "Marta Olsberg" in "Marta Olsberg Research Station": a given name and more before the rest names a person.
  if (!ic.complement && words.length >= 2 && isFirstName(words[0] as string) && looksLikePersonName(words)) {
    ic.votes.person += 3;
    return true;
  }
  if (!ic.complement) return false;
  // "the Academy of Dentistry", "the School of Forestry": a field or a subject is no place or body of its own.
  if (words.every((w) => isCommonWord(w) || isEnglishWord(w) || NAME_CONNECTORS.has(w)) && townLevel(ic.key) === 0)
    return false;
  // "the Siege of Varbo", "the Battle of Lund": a battle is named for where it was fought, even a town that is
  // someone's given name too.
  if (BATTLE_HEADS.has(whole.key.split(' ')[0] as string)) {
    ic.votes.place += 3;
    return true;
  }
  // "Jan Roe of Varbo" is from a place, "Jan Roe of the VPP" in a body: capitals the lexicon knows as no
  // country's abbreviation spell an organization's name.
  if (isAllCaps(ic.surface.replace(/\s+/gu, ''))) ic.votes.organization += 1;
  else ic.votes.place += 1;
  return true;
}

function addMention(clusters: Map<string, Cluster>, c: Candidate, span?: MentionSpan) {
  let cl = clusters.get(c.key);
  if (!cl) {
    cl = {
      key: c.key,
      words: c.key.split(' '),
      count: 0,
      nonInitial: 0,
      quoted: 0,
      titled: 0,
      courtesy: 0,
      speech: 0,
      reports: 0,
      theReports: 0,
      phrase: 0,
      marked: 0,
      lowerPhrase: 0,
      votes: { person: 0, organization: 0, place: 0, term: 0 },
      surfaces: new Map(),
      context: new Map(),
      allCaps: isAllCaps(c.surface.replace(/\s+/g, '')),
      valid: false,
    };
    clusters.set(c.key, cl);
  }
  if (span) {
    cl.spans ??= [];
    cl.spans.push(span);
  }
  for (const cue of c.context ?? []) cl.context.set(cue, (cl.context.get(cue) ?? 0) + 1);
  cl.count++;
  if (!c.initial) cl.nonInitial++;
  if (c.quoted) cl.quoted++;
  if (c.titled) cl.titled++;
  if (c.titled && COURTESY_TITLE.test(c.titledSurface ?? '')) cl.courtesy++;
  if (c.speechSubject) cl.speech++;
  if (c.reportSource) cl.reports++;
  if (c.reportSource && c.afterThe) cl.theReports++;
  if (c.phrase) cl.phrase++;
  if (c.phrase && !/^\p{Lu}/u.test(c.surface)) cl.lowerPhrase++;
  if (c.marked) cl.marked++;
  cl.votes.person += c.votes.person;
  cl.votes.organization += c.votes.organization;
  cl.votes.place += c.votes.place;
  cl.votes.term += c.votes.term;
  cl.surfaces.set(c.surface, (cl.surfaces.get(c.surface) ?? 0) + 1);
}

function classify(
  cl: Cluster,
  lowercaseSeen: ReadonlySet<string>,
  model: NameKindModel | null,
  onName?: (trace: NameTrace) => void,
) {
  if (cl.phrase > 0) {
    // A policy phrase is a term when the corpus uses it more than once or the text marks it as fixed, and
    // writes it in lower case at least once ("Brexit deal" opening a sentence may be a name's, not a phrase).
    cl.kind = 'term';
    cl.valid = (cl.marked > 0 || cl.count >= 2) && cl.lowerPhrase > 0;
    return;
  }
  const { words } = cl;
  const last = words[words.length - 1] as string;
  const lexPlace = isKnownPlace(cl.key);
  const lexOrg = isKnownOrg(cl.key);
  const s = kindScores(cl, lexPlace, lexOrg);
  let { kind, best } = strongest(s);
  if (kind === 'person' && words.length > 1) {
    // "the Oregon Republican", "Vermont Democrats": a party word ends a description, never a person's name
    // (but a given name before it makes it a surname: "Adam Green").
    if (MEMBER_WORDS.has(last) && !isGivenAndSurname(words)) {
      cl.kind = 'person';
      cl.valid = false;
      return;
    }
    // "Supporters of Jane Roe", "Democracy for America": a person's name joins no words with "of" or "for"
    // (but for a saint's or a ruler's: "Agnes of Varbo").
    if (words.some((w) => w === 'of' || w === 'for' || w === 'and' || w === 'the') && !isGivenOfPlace(words)) {
      s.person = 0;
      ({ kind, best } = strongest(s));
    }
  }
  // Treaties and programmes do not talk; a "programme" that makes statements is an organization.
  if (kind === 'term' && (cl.speech > 0 || cl.reports > 0)) kind = 'organization';
  cl.kind = kind;
  cl.valid = isValid(cl, best, lowercaseSeen, lexPlace || lexOrg);

  if (!model && !onName) return;
  const features = nameFeatures({
    ...cl,
    surface: [...cl.surfaces.keys()][0] ?? cl.key,
    lexPlace,
    lexOrg,
    lowerSeen: lowercaseSeen.has(cl.key),
    scores: s,
    ruleKind: kind,
    ruleValid: cl.valid,
  });
  if (model && !neverAName(cl) && !(cl.words.length === 1 && !cl.valid && isCommonNoun(cl, lowercaseSeen)))
    applyModel(cl, decideNameClass(model, features), model, best);
  onName?.({
    key: cl.key,
    features,
    ruleKind: kind,
    ruleValid: isValid(cl, best, lowercaseSeen, lexPlace || lexOrg),
    kind: cl.kind,
    valid: cl.valid,
    spans: cl.spans ?? [],
  });
}

/**
 * The model decides where the rules are unsure: a name they drop for want of a clue, a term, or a kind they
 * give on weak evidence. Where the lexicon or a head word settles a kind (a score of `model.strong`), the rules
 * stand; the model never drops a name the rules keep, since a missed name costs more than one highlighted in
 * the wrong colour.
 */
function applyModel(cl: Cluster, verdict: { cls: NameClass; p: number }, model: NameKindModel, ruleBest: number) {
  if (cl.valid && cl.kind !== 'term' && ruleBest >= model.strong) return;
  // "Article 12", "the Varbo Accord": a term's head word or number settles it as firmly.
  if (cl.valid && cl.kind === 'term' && ruleBest >= TERM_SETTLED) return;
  if (verdict.cls === 'thing' || verdict.cls === 'none') {
    // A work, an event or no name at all, on weak evidence the other way: a term, or nothing.
    if (verdict.p < model.dropThreshold || !cl.valid) return;
    if (verdict.cls === 'none') cl.valid = false;
    else cl.kind = 'term';
    return;
  }
  if (verdict.p < model.threshold) return;
  // A person only of what could be a person's name: not "Supporters of Jane Roe" or a headline's "Jane Roe Joins List".
  if (
    verdict.cls === 'person' &&
    cl.words.length > 1 &&
    !looksLikePersonName(cl.words) &&
    !isFirstName(cl.words[0] as string)
  )
    return;
  if (verdict.cls === 'person' && cl.words.some((w) => w === 'of' || w === 'for' || w === 'and' || w === 'the')) return;
  cl.kind = verdict.cls;
  cl.valid = true;
}

/** "the Alliance", "the Church": a capitalized word the corpus also writes in lower case, or compromise knows as ordinary. */
const isCommonNoun = (cl: Cluster, lowercaseSeen: ReadonlySet<string>) =>
  lowercaseSeen.has(cl.key) || isCommonWord(cl.key) || isRoleNoun(cl.key);

/** Words that are never a name on their own, whatever the model says: times, numbers, pronouns, lone letters. */
function neverAName(cl: Cluster): boolean {
  const bare = (w: string) => w.replace(/\.$/, '');
  if (cl.words.every((w) => isTimeWord(bare(w)) || /^\d/.test(w) || isDemonym(w) || TITLE_WORDS.has(bare(w))))
    return true;
  if (cl.words.length === 1 && isLanguageName(cl.key)) return true;
  if (cl.words.length === 1) return cl.key.length < 2 || SUBJECT_PRONOUNS.has(cl.key) || isDottedAbbreviation(cl.key);
  return endsInDemonym(cl.words);
}

/**
 * "Danish Foreign Minister"-style runs end in a demonym and are never a name, but a given name before a demonym is a
 * person whose surname is one ("Anna Welsh", "Tom English"): English surnames include several nationality words.
 */
function endsInDemonym(words: readonly string[]): boolean {
  const last = words[words.length - 1] as string;
  if (!isDemonym(last)) return false;
  const first = words[0] as string;
  return !(words.length === 2 && isFirstName(first) && !isDemonym(first));
}

/** Votes for each kind: the text's clues (capped), the lexicon, the name's head and shape, its ending. */
function kindScores(cl: Cluster, lexPlace: boolean, lexOrg: boolean): Votes {
  const { key, words } = cl;
  const single = words.length === 1;
  const first = words[0] as string;
  const s: Votes = {
    person: Math.min(cl.votes.person + cl.titled * 3, CAPS.person),
    organization: Math.min(cl.votes.organization, CAPS.organization),
    place: Math.min(cl.votes.place, CAPS.place),
    term: Math.min(cl.votes.term, CAPS.term),
  };
  if (lexPlace) s.place += 5;
  if (lexOrg) s.organization += 5;
  if (isKnownPerson(key)) s.person += 2;
  const country = isCountryAbbreviation(key);
  if (country) s.place += 6;
  if (cl.allCaps && !lexPlace && !country) s.organization += 2;
  if (isRegion(cl)) s.place += 2;
  if (single && LEGISLATURES.has(key) && cl.nonInitial > 0) s.organization += 3;
  // "through the Academy", "the Institute's rules": a body's head word on its own, capitalized mid-sentence, is
  // that body's short name (a shop's head is the tail of a name the text split: "Ada's Cafe").
  if (single && !cl.allCaps && isOrgHeadWord(key) && !VENUE_HEADS.has(key) && cl.nonInitial > 0) s.organization += 3;
  // A town somewhere in the world: a weak clue, which any clue in the text outweighs ("Varbo said" makes a person).
  if (!lexPlace && !lexOrg && !cl.allCaps && !isFirstName(first) && !isOrdinaryWordForm(key)) s.place += townLevel(key);
  // ("Senator ROE" in a record that writes surnames in capitals is a person.)
  if (cl.allCaps && (single || !isFirstName(first)) && cl.titled === 0) s.person = 0;
  if (!single) addShapeVotes(cl, s, lexPlace, lexOrg);
  // Bodies speak too: speech makes a person of what could be a person's name, else of an organization
  // ("the White House said").
  // "Harbournews", "Metronews": one word ending in "news" is an outlet's name.
  const outlet = single && /.news$/u.test(key) && !isFirstName(key);
  if (outlet) s.organization += 3;
  const couldBePerson = !outlet && (single || opensWithGivenName(words) || looksLikePersonName(words));
  s[couldBePerson ? 'person' : 'organization'] += Math.min(cl.speech, 2);
  // A park, a hill or a street does not speak: a name that opens with a given name and ends in a place's head word
  // ("Ellen Ward", "John Hill") is a person's once the text has it speak. (A street named for someone, "James
  // Street", says nothing.)
  if (!single && cl.speech > 0 && opensWithGivenName(words) && headKind(words) === 'place') s.person += 4;
  // A title was split off a name that ends in a place's head word only where the title is an abbreviated one
  // ("Sen. Tandik Ward"), which stands before people alone.
  if (!single && cl.titled > 0 && isPlaceHeadWord(words[words.length - 1] as string)) s.person += 6;
  // "the Varbo Courier reported", "according to Lundnet": what reports is a publication or a body, more often than a
  // person, unless the name opens with a given name that the text does not write as a body's ("the Varbo").
  if (!isFirstName(first) || cl.votes.organization > cl.votes.person) s.organization += Math.min(cl.reports, 2) * 2;
  if (lexPlace && s.person < 6) s.person = 0;
  if (lexOrg && s.person < 6) s.person = 0;
  if (single && !cl.allCaps && !lexPlace && !lexOrg && s.person + s.organization + s.place + s.term === 0) {
    const ending = endingKind(key);
    if (ending) s[ending] += 1;
  }
  return s;
}

/** What a multi-word name's words say of its kind: a given name first, a head word, a term head, its shape. */
function addShapeVotes(cl: Cluster, s: Votes, lexPlace: boolean, lexOrg: boolean) {
  const { words } = cl;
  const first = words[0] as string;
  const last = words[words.length - 1] as string;
  // Capitals alone ("JANE ROE:" in a transcript) still spell a given name; "NBA" does not.
  const namedFor = namedForPerson(words);
  if (opensWithGivenName(words) && (!cl.allCaps || first.length > 2) && !namedFor) s.person += 3;
  if (namedFor) s.term += 4;
  // The lexicon's word on a whole name ("Soviet Union" is a place) outweighs its head word.
  const head = lexPlace || lexOrg ? undefined : (headKind(words) ?? foreignPlaceHead(words));
  // A given name before a place's head word may open a person's name as well as a park's ("Grace Park", "Ilse
  // Brook"): the head word then counts for less, so that what the text says of the name decides.
  const personLike = head === 'place' && opensWithGivenName(words) && isPlaceHeadWord(last) && !isFacilityHead(last);
  // So does a geographic word opening a two-word name the text describes as a person's ("River Tollerud, the port
  // treasurer,"): "River" and "Lake" are given names too, and a lake or a fort has no role.
  const describedPerson = head === 'place' && words.length === 2 && isPlaceOpener(first) && cl.votes.person >= 3;
  if (head) s[head] += personLike || describedPerson ? 3 : 6;
  else {
    const given = particleSurname(words) ? 1 : 0;
    if (isOrgHeadWord(last) || words.some((w, i) => i >= given && isOrgHeadWord(w) && !isFirstName(w)))
      s.organization += 4;
    if (isPlaceHeadWord(last)) s.place += 4;
    if (!lexPlace && isKnownPlace(last) && !isFirstName(first)) s.place += 2;
  }
  if (TERM_HEADS.has(last)) s.term += 4;
  if (NUMBERED_TERM_WORDS.has(first) && /^\d/.test(last)) s.term += 6;
  if (head) return;
  // "NHL Oilers", "UCLA Medical Center": an acronym opening a name is an organization's.
  const surface = [...cl.surfaces.keys()][0] ?? '';
  const acronymFirst = !cl.allCaps && isAllCaps(surface.split(/\s+/u)[0] ?? '');
  if (acronymFirst) s.organization += 2;
  // Two to four words that are no ordinary English words and carry no head: a person's name is by far the
  // likeliest ("Oskar Vindeln", "Chen Weiming"); any clue in the text outweighs this.
  // But a name the text writes after "the" ("at the Varbo Bergère") is a place's or a thing's, unless a given
  // name opens it.
  const unlikePerson =
    (!isFirstName(first) && (cl.context.get('p:the') ?? 0) > 0) || (camelCased(surface) && !words.some(isFirstName));
  if (
    !acronymFirst &&
    !unlikePerson &&
    !TERM_HEADS.has(last) &&
    !lexPlace &&
    !lexOrg &&
    !cl.allCaps &&
    looksLikePersonName(words)
  ) {
    s.person += 1;
  }
  // "Varbo Owls", "Arctic Monkeys": a name ending in an English plural is a team, a band or a group.
  if (/[^s]s$/u.test(last) && isEnglishWord(last.slice(0, -1)) && !isFirstName(first)) s.organization += 2;
}

/**
 * "NordStream", "SkyVarbo VR": two words run together, each capitalized, are a product's or a firm's name, not a
 * person's; surnames joined to a prefix keep a short or patronymic one ("McArdle", "DeVane", "LaRoche", "MacLeod"),
 * and a given name beside such a word ("NordNet's Ben Roe") still makes a person's name.
 */
function camelCased(surface: string): boolean {
  return surface.split(/\s+/u).some((w) => /^\p{Lu}\p{Ll}{2,}\p{Lu}\p{Ll}/u.test(w) && !/^(?:Mac|Fitz)/u.test(w));
}

/** Particles that open a surname after a given name: "Anne Le Marrec", "Grace van Toller", "Rose de Varga". */
const SURNAME_PARTICLES = new Set(['de', 'del', 'della', 'da', 'di', 'du', 'van', 'von', 'der', 'den', 'la', 'le']);

/**
 * "Union Le Marrec", "Coral van Dorst": a word, a surname particle and one more name is a given name and a surname,
 * even where the first word heads bodies elsewhere ("Union Bank"); a place after the particle makes a body's name
 * ("Banco de Portugal").
 */
function particleSurname(words: readonly string[]): boolean {
  if (words.length !== 3 || !SURNAME_PARTICLES.has(words[1] as string)) return false;
  const last = words[2] as string;
  return !isOrdinaryWordForm(last) && !isOrgHeadWord(last) && !isPlaceHeadWord(last) && !isKnownPlace(last);
}

/**
 * "Ilse Forest", "Nora Downs": a given name before a place's head word is a person's name as often as a place's, and
 * the rules settle it as a place when the text says nothing more of it. Where the corpus has the head word speak on
 * its own ("Forest said", "Mr. Downs"), it is someone's surname, and the full name that person's.
 */
function surnameSpeaks(cl: Cluster, clusters: ReadonlyMap<string, Cluster>): boolean {
  const { words } = cl;
  if (!cl.valid || cl.kind !== 'place' || words.length !== 2 || cl.allCaps || !opensWithGivenName(words)) return false;
  const last = words[1] as string;
  if (!isPlaceHeadWord(last) || isFacilityHead(last) || isKnownPlace(cl.key)) return false;
  const bare = clusters.get(last);
  return bare !== undefined && !bare.allCaps && (bare.speech > 0 || bare.courtesy > 0);
}

/**
 * "the Anna Vesk Space Telescope", "the Jana Roe White House": a person's name and then ordinary nouns that are no
 * names of hers (no given name, no particle) name a thing after the person, not the person.
 */
function namedForPerson(words: readonly string[]): boolean {
  if (words.length < 4 || !opensWithGivenName(words) || isOrdinaryWordForm(words[1] as string)) return false;
  return words.slice(2).every((w) => isOrdinaryWordForm(w) && !isGivenName(w) && !NAME_CONNECTORS.has(w));
}

/**
 * Geographic and street words of the languages whose place names English keeps untranslated, in the place they take
 * there: opening the name ("Anse Varbo", "Plac Varbo", "Isla Varbo") or, for "land", closing it ("Basse-Terre").
 */
const FOREIGN_PLACE_OPENERS = new Set([
  'anse',
  'castillo',
  'catedral',
  'chateau',
  'iglesia',
  'masjid',
  'museo',
  'musee',
  'palacio',
  'palais',
  'baie',
  'bahia',
  'calle',
  'cerro',
  'costa',
  'ile',
  'isla',
  'lago',
  'meydan',
  'monte',
  'piazza',
  'plac',
  'playa',
  'plaza',
  'pointe',
  'puerto',
  'rue',
  'sierra',
  'ulica',
]);
const FOREIGN_PLACE_HEADS = new Set(['terre', 'terra', 'tierra']);

/** "Anse Varbo", "Grande Terre", "Terre de Varbo": a place by its foreign geographic word. */
function foreignPlaceHead(words: readonly string[]): 'place' | undefined {
  const first = words[0] as string;
  const of = words.findIndex((w, i) => i > 0 && NAME_CONNECTORS.has(w));
  const head = (of > 0 ? words[of - 1] : words[words.length - 1]) as string;
  if (FOREIGN_PLACE_OPENERS.has(first) && !isFirstName(first)) return 'place';
  if (FOREIGN_PLACE_HEADS.has(head) || (of < 0 && FOREIGN_PLACE_HEADS.has(first) && words.length === 2)) return 'place';
  return undefined;
}

/** The kind with the most votes (ties: place, organization, person, term), and its score. */
function strongest(s: Votes): { kind: EntityKind; best: number } {
  let kind: EntityKind = 'term';
  let best = 0;
  for (const k of ['place', 'organization', 'person', 'term'] as const) {
    if (s[k] > best) {
      best = s[k];
      kind = k;
    }
  }
  return { kind, best };
}

/** Mentions that cite a name as a source or owner: "according to X", "by X", "X's". */
const sourceUses = (context: ReadonlyMap<string, number>) =>
  (context.get("n:'s") ?? 0) + (context.get('pp:according') ?? 0) + (context.get('p:by') ?? 0);

/** compromise's units and currencies ("km", "usd", "dkk"). */
const isUnitWord = (lower: string) => lexTags(lower).some((t) => t === 'Unit' || t === 'Currency');

/**
 * "Adam Green": a given name (not a place's, not a party's) and one more word in the singular, which is then a
 * surname even when it is also a party word. "Georgia Republican" opens with a place, "Carolina Republicans"
 * names many.
 */
function isGivenAndSurname(words: readonly string[]): boolean {
  const first = words[0] as string;
  return (
    words.length === 2 &&
    isGivenName(first) &&
    !isKnownPlace(first) &&
    !MEMBER_WORDS.has(first) &&
    !/s$/u.test(words[1] as string)
  );
}

/**
 * A name that opens with a given name: one the lexicon knows ("Jane Roe Institute" too), or, in a name of two or
 * three words, one that is also an ordinary word ("Frank Roe", "Will Dalby").
 */
const opensWithGivenName = (words: readonly string[]) =>
  isFirstName(words[0] as string) ||
  (words.length <= 3 && isGivenName(words[0] as string)) ||
  // "Al Baker", "Al Stone": before an English word "Al" is a given name (the Arabic article opens "Al Shabaab").
  (words.length === 2 && words[0] === 'al' && isEnglishWord(words[1] as string));

/**
 * "Liberal Outlook", "Conservative Agenda", "Senate Calendar": a title or party word before an ordinary word
 * the corpus also writes in lower case makes it look like "Senator Holm", but it is a surname only where the
 * corpus names someone in full with it ("Senator Farrow" and "Ilse Farrow") or it speaks.
 */
function isTitledWord(cl: Cluster, lowercaseSeen: ReadonlySet<string>, lastNames: ReadonlyMap<string, Cluster[]>) {
  const { key } = cl;
  if (!cl.valid || cl.kind !== 'person' || cl.words.length !== 1 || cl.titled === 0) return false;
  if (cl.speech > 0 || cl.courtesy > 0) return false;
  if (!isEnglishWord(key) || !lowercaseSeen.has(key) || isFirstName(key) || isKnownPerson(key)) return false;
  return !lastNames.has(spellingKey(key));
}

/**
 * "Eventually, he resigned", "PREVIOUSLY:", "Investigations have revealed": an ordinary word the corpus writes in
 * lower case, capitalized only where a sentence, a heading or a line in capitals starts, names nothing (a caps line
 * or a report verb after it notwithstanding).
 */
function capitalizedByPosition(cl: Cluster, lowercaseSeen: ReadonlySet<string>, lexProper: boolean): boolean {
  if (cl.nonInitial > 0 || lexProper || cl.titled > 0 || cl.speech > 0) return false;
  return isEnglishWord(cl.key) && lowercaseSeen.has(cl.key);
}

/**
 * "READ MORE", "FULL STORY": ordinary words the corpus writes in lower case, only ever in capitals, are a page's
 * label or a shouted headline, however often the pages repeat it; a head word, a title or speech would make it a
 * name ("STATE BOARD", "SENATOR HOLM said").
 */
function capitalsLabel(cl: Cluster, lowercaseSeen: ReadonlySet<string>, lexProper: boolean): boolean {
  if (lexProper || cl.titled > 0 || cl.speech > 0 || headKind(cl.words)) return false;
  if (![...cl.surfaces.keys()].every((s) => isAllCaps(s.replace(/\s+/gu, '')))) return false;
  return cl.words.every((w) => CONNECTOR_WORDS.has(w) || (lowercaseSeen.has(w) && isOrdinaryWordForm(w)));
}

const COURTESY_TITLE = /^(?:Mr|Mrs|Ms|Mx|Dr)\.?\s/u;

/**
 * The word a bare mention of the person uses: the last ("Ivo Brant": Brant), or the first where a hyphenated given
 * name follows it, as in "Mok Tae-soo" (Mok).
 */
function familyName(cl: Cluster): string {
  const last = cl.words[cl.words.length - 1] as string;
  if (cl.words.length !== 2) return last;
  const given = [...cl.surfaces.keys()].every((s) => isSyllabicGivenName(s.split(/\s+/u).pop() ?? ''));
  return given ? (cl.words[0] as string) : last;
}

/**
 * A name another article's bare word may stand for: "Vera Holm", "Holm Lindqvist", not "Sneaky Vera" or "Hilltop
 * State", whose first word is an ordinary word, a nationality or a place (an epithet, a headline's words), nor
 * "Zealot Quaker".
 */
function namesAPerson(cl: Cluster): boolean {
  const first = cl.words[0] as string;
  if (opensWithGivenName(cl.words)) return true;
  // "Zealot Quaker": a people's or a faith's noun is a member of it, no one's surname.
  if (isPeopleNoun(cl.words[cl.words.length - 1] as string)) return false;
  return !isOrdinaryWordForm(first) && !isDemonym(first) && !isKnownPlace(first) && !isEnglishWord(first);
}

/** A surname a bare mention can stand for: "Holm", not "Republican" or "Democratic". */
function isSurnameLike(word: string): boolean {
  // …nor an organization the lexicon knows ("Toyota" in a misread "State Toyota").
  if (MEMBER_WORDS.has(word) || isDemonym(word) || isKnownOrg(word) || /^(?:jr|sr|ii|iii|iv)$/u.test(word))
    return false;
  // "Democratic", "Islamic": adjectives of that shape are no one's surname (unlike "Baker", "Young", "Rice").
  return !(/(?:ic|ical)$/u.test(word) && isOrdinaryWordForm(word));
}

/**
 * "Oskar Vindeln", "Frank Dalby", "Jean de la Roche": two to four words ending in one that is no ordinary
 * English word, with only name particles, initials or name-like words between.
 */
function looksLikePersonName(words: readonly string[]): boolean {
  if (words.length < 2 || words.length > 4) return false;
  const nameLike = (w: string) => /^\p{L}/u.test(w) && !/\d/u.test(w) && (w.length <= 2 || !isOrdinaryWordForm(w));
  const last = words[words.length - 1] as string;
  if (!nameLike(last) || !/^\p{L}/u.test(words[0] as string) || isKnownPlace(words[0] as string)) return false;
  return words.slice(1, -1).every((w) => NAME_CONNECTORS.has(w) || nameLike(w) || isFirstName(w));
}

/** Letters only, and no English word as a whole or before its first hyphen ("Okrandu-Vale", not "Post-2030"). */
function isUnknownWord(key: string): boolean {
  if (!/^\p{L}+(?:[-'’]\p{L}+)*$/u.test(key)) return false;
  return !isEnglishWord(key) && !isEnglishWord(key.split(/[-'’]/u)[0] as string);
}

function isValid(cl: Cluster, best: number, lowercaseSeen: ReadonlySet<string>, lexProper: boolean): boolean {
  const { words, key } = cl;
  const bare = (w: string) => w.replace(/\.$/, '');
  if (words.every((w) => isTimeWord(bare(w)) || /^\d/.test(w) || isDemonym(w) || TITLE_WORDS.has(bare(w))))
    return false;
  if (words.length > 1) {
    const first = words[0] as string;
    const last = words[words.length - 1] as string;
    if (endsInDemonym(words)) return false;
    // "a New Europe": an ordinary adjective before a known place is a figure of speech, not a place name.
    if (cl.kind === 'place' && !lexProper && isKnownPlace(last) && isCommonWord(first) && !COMPASS_WORDS.has(first)) {
      return false;
    }
    if (best === 0 && words.some((w) => isCommonWord(w) && !CONNECTOR_WORDS.has(w))) return false;
    if (capitalsLabel(cl, lowercaseSeen, lexProper)) return false;
    // "Modern Languages", "Public Affairs": ordinary words capitalized once, with nothing to say they
    // name something (no head word, no lexicon entry, no title, no speech), are emphasis, not a name.
    if (
      cl.count < 2 &&
      !lexProper &&
      cl.titled === 0 &&
      cl.speech === 0 &&
      cl.reports === 0 &&
      // "the journal Open Fields", "the band Velvet Rain": a class noun before the name says it names a body;
      // "its chairman, Cliff Thorn, a former pilot": a given name and a role or an appositive say it names a person.
      cl.votes.organization < 3 &&
      !(cl.votes.person >= 3 && words.length === 2 && isGivenName(first)) &&
      !headKind(words) &&
      !TERM_HEADS.has(words[words.length - 1] as string) &&
      !/\p{Lu}{2}/u.test([...cl.surfaces.keys()][0] ?? '') &&
      words.every((w) => CONNECTOR_WORDS.has(w) || isOrdinaryWordForm(w))
    ) {
      return false;
    }
    return true;
  }
  if (key.length < 2 || SUBJECT_PRONOUNS.has(key) || isLanguageName(key)) return false;
  // "DNA", "IQ", "OK": capitals that spell an English word or abbreviation name nothing on their own.
  // "St.", "Co.", "Mt.": an abbreviation that opens or closes names is none on its own.
  if (isDottedAbbreviation(key)) return false;
  if (capitalizedByPosition(cl, lowercaseSeen, lexProper)) return false;
  if (cl.allCaps) {
    // "DNA", "IQ", "TV", "GMT": capitals that spell an English word, a unit or a currency, seen once or twice
    // with nothing in the text (a locative, a role, speech) to say they name something. A corpus that uses one
    // often is naming a body.
    // A body is what owns something or is cited as a source: "SEA's report", "according to SEA", "by SEA".
    const clues =
      cl.votes.person + cl.votes.organization + cl.votes.place + cl.speech + cl.titled + sourceUses(cl.context);
    if (clues === 0 && cl.count <= 2 && !lexProper && (isEnglishWord(key) || isUnitWord(key))) return false;
    return !(isCommonWord(key) && key.length > 3) && !(isEnglishWord(key) && best < 2 && cl.speech === 0);
  }
  if (lexProper || isKnownPerson(key)) return true;
  // "Democratic", "Republican", "Islamic" before a title or a name qualify it; alone they name no one. (A short word
  // ending so is a noun that is a surname too: "Congresswoman Swan".)
  if (
    cl.kind === 'person' &&
    (MEMBER_WORDS.has(key) || (/(?:ic|ical|ist|ive|.{3}an)$/u.test(key) && isOrdinaryWordForm(key)))
  )
    return false;
  if (cl.titled > 0) return true;
  // "Lundnet reported", "according to Varbopost": a source cited by name, not an ordinary word, even once.
  if (
    cl.reports > 0 &&
    cl.kind === 'organization' &&
    !isRoleNoun(key) &&
    (!isCommonWord(key) || cl.theReports === cl.reports) &&
    (!isFirstName(key) || cl.votes.organization > cl.votes.person)
  )
    return true;
  // "the South", "energy for the West": a compass word capitalized inside a sentence names a region.
  if (isRegion(cl) && cl.kind === 'place') return true;
  // "the Senate", "the Knesset": a legislature capitalized inside a sentence is that body.
  if (LEGISLATURES.has(key) && cl.nonInitial > 0 && cl.kind === 'organization') return true;
  if (isRoleNoun(key) || isCommonWord(key) || lowercaseSeen.has(key)) return false;
  // A bare first name is a name only where the text says who it is ("his mother, Ingrid,").
  // …or where the text, naming it once or twice, makes it a place ("the Siege of Marta"); a locative before a name
  // the corpus uses often is no such clue ("lay off Bernard", "between Bernard and …").
  if (isFirstName(key))
    return cl.kind === 'person'
      ? cl.votes.person >= 3 || cl.speech > 0
      : cl.kind === 'place' && cl.count <= 2 && cl.votes.place >= 3 && cl.votes.person === 0 && cl.speech === 0;
  // "Okrandu-Vale said …" opening a sentence, and nowhere else: a word no dictionary knows, the subject of a speech
  // verb, is someone's name even where a sentence start hides whether its capital is its own.
  if (cl.nonInitial === 0) return cl.speech > 0 && cl.kind === 'person' && isUnknownWord(key);
  if (cl.quoted === cl.count && cl.count < 2) return false;
  return best >= 1;
}

/** "(IMO)" after a name, and acronyms whose letters spell exactly one multi-word name: "US" ↔ "United States". */
function linkAcronyms(docs: readonly DocView[], clusters: Map<string, Cluster>) {
  for (const doc of docs) {
    for (const para of doc.paras) {
      for (const c of para.candidates) {
        if (!c.acronym) continue;
        const named = clusters.get(c.key);
        const acronym = clusters.get(nameKey(c.acronym.text));
        if (!named?.valid || !acronym || acronym === named || named.kind === 'person') continue;
        if (!lettersFit(c.acronym.text, named.words)) continue;
        acronym.mergedInto = named;
        acronym.valid = true;
      }
    }
  }
  const byInitials = new Map<string, Cluster[]>();
  for (const cl of clusters.values()) {
    // Lower-case phrases take only an acronym the text gives them in brackets: "ML" is no "martial law".
    if (!cl.valid || cl.words.length < 2 || cl.kind === 'person' || cl.phrase > 0) continue;
    const initials = cl.words
      .filter((w) => !CONNECTOR_WORDS.has(w))
      .map((w) => w[0])
      .join('');
    const list = byInitials.get(initials) ?? [];
    list.push(cl);
    byInitials.set(initials, list);
  }
  const pairs = new Map<Cluster, Cluster>();
  for (const cl of clusters.values()) {
    if (!cl.valid || !cl.allCaps || cl.words.length > 1 || cl.mergedInto) continue;
    const expansions = byInitials.get(cl.key.replace(/[^a-z]/g, ''));
    const expansion = expansions?.length === 1 ? expansions[0] : undefined;
    // "Md" (Maryland) is a place the lexicon knows, not the initials of a body that happen to fit ("Maryland Dental Guild").
    if (expansion && !(cl.kind === 'place' && isKnownPlace(cl.key) && expansion.kind !== 'place')) {
      pairs.set(cl, expansion);
    }
  }
  for (const [cl, expansion] of spelledOutTogether(docs, clusters, pairs)) cl.mergedInto = expansion;
}

/**
 * A writer spells out what an acronym stands for where they use it: initials that fit a name written in one other
 * article only ("OK" and someone's "Olga Kurz", a broadcaster's "QLV" and a choir's "Qarvik Lutheran Vespers") are another
 * thing. Keeps the pairs some article names both in (the acronym in any spelling: "Q.L.V."), or whose name more
 * than one article writes.
 */
function spelledOutTogether(
  docs: readonly DocView[],
  clusters: ReadonlyMap<string, Cluster>,
  pairs: ReadonlyMap<Cluster, Cluster>,
): Map<Cluster, Cluster> {
  const kept = new Map<Cluster, Cluster>();
  if (pairs.size === 0) return kept;
  const written = new Map<Cluster, number>();
  const lettersOf = (cl: Cluster) => cl.key.replace(/[^a-z]/g, '');
  for (const doc of docs) {
    const here = new Set<Cluster>();
    for (const para of doc.paras) {
      for (const c of para.candidates) {
        const cl = clusters.get(c.key);
        if (!cl) continue;
        here.add(cl);
        here.add(rootOf(cl));
      }
    }
    const letters = new Set([...here].filter((cl) => cl.allCaps).map(lettersOf));
    for (const [cl, expansion] of pairs) {
      if (!here.has(expansion)) continue;
      written.set(expansion, (written.get(expansion) ?? 0) + 1);
      if (letters.has(lettersOf(cl))) kept.set(cl, expansion);
    }
  }
  for (const [cl, expansion] of pairs) if ((written.get(expansion) ?? 0) > 1) kept.set(cl, expansion);
  return kept;
}

/**
 * "Tarnby, Calif." and "California": a place written as a newsroom's abbreviation is the place the corpus names in
 * full, when both were read as places (so "Miss" the title and "Wash" the verb stay apart).
 */
function linkPlaceAbbreviations(clusters: Map<string, Cluster>) {
  for (const cl of clusters.values()) {
    if (!cl.valid || cl.kind !== 'place' || cl.mergedInto) continue;
    const full = abbreviatedPlace(cl.key);
    const target = rootOf(full === undefined ? undefined : clusters.get(full));
    if (!target?.valid || target.kind !== 'place' || target === cl) continue;
    cl.mergedInto = target;
  }
}

/**
 * "the Balkans" and "Balkan states": a plural place name whose singular the corpus also uses as a place is one
 * place. Known names stay apart: the Americas are not America, the Philippines no "Philippine".
 */
function linkPlurals(clusters: Map<string, Cluster>) {
  for (const cl of clusters.values()) {
    if (!cl.valid || cl.kind !== 'place' || cl.words.length > 1 || cl.allCaps || cl.mergedInto) continue;
    if (!/[^s]s$/u.test(cl.key) || isKnownPlace(cl.key)) continue;
    const singular = clusters.get(cl.key.slice(0, -1));
    if (!singular?.valid || singular.kind !== 'place' || singular.mergedInto || isKnownPlace(singular.key)) continue;
    cl.mergedInto = singular;
  }
}

/**
 * Transliterations of one name ("Bohdan Zarembsky", "Bohdan Zarembskyy"; "Sergei"/"Sergey") are one entity:
 * clusters of one kind whose words have the same spelling key join the most frequent of them.
 */
function linkSpellings(clusters: Map<string, Cluster>) {
  const groups = new Map<string, Cluster[]>();
  for (const cl of clusters.values()) {
    if (!cl.valid || cl.mergedInto || cl.allCaps || cl.phrase > 0) continue;
    const key = `${cl.kind}:${cl.words.map(spellingKey).join(' ')}`;
    const list = groups.get(key) ?? [];
    list.push(cl);
    groups.set(key, list);
  }
  for (const list of groups.values()) {
    if (list.length < 2) continue;
    const main = list.reduce((a, b) => (b.count > a.count ? b : a));
    for (const cl of list) if (cl !== main) cl.mergedInto = main;
  }
}

/**
 * "Joanna Rodham Varga", "Peter B. Lund": a person's name with a middle name or initial is the same person as
 * the given name and surname alone, when only one such fuller name shares them ("Anna K. Berg" and "Anna L. M.
 * Berg" both shorten to "Anna Berg", which then stays apart).
 */
function linkMiddleNames(clusters: Map<string, Cluster>) {
  const fuller = new Map<string, Cluster[]>();
  for (const cl of clusters.values()) {
    if (!cl.valid || cl.kind !== 'person' || cl.words.length < 3 || cl.words.length > 4 || cl.mergedInto) continue;
    const first = cl.words[0] as string;
    const last = cl.words[cl.words.length - 1] as string;
    if (NAME_CONNECTORS.has(cl.words[cl.words.length - 2] as string) || /^(?:jr|sr|ii|iii)$/u.test(last)) continue;
    const short = `${first} ${last}`;
    const list = fuller.get(short) ?? [];
    list.push(cl);
    fuller.set(short, list);
  }
  for (const [short, list] of fuller) {
    const bare = clusters.get(short);
    if (list.length !== 1 || !bare?.valid || bare.mergedInto || (bare.kind !== 'person' && bare.votes.person === 0))
      continue;
    bare.mergedInto = list[0];
  }
}

/** Do the acronym's letters appear, in order, as word initials of the name? */
function lettersFit(acronym: string, words: readonly string[]): boolean {
  const letters = acronym.toLowerCase().replace(/[^a-z]/g, '');
  const initials = words.map((w) => w[0] ?? '');
  let i = 0;
  for (const ch of letters) {
    while (i < initials.length && initials[i] !== ch) i++;
    if (i === initials.length) return false;
    i++;
  }
  return letters.length >= 2 && letters[0] === initials[0];
}

// Names written as one coordinated list ("Nordair, Varbojet and Skyline", "links Lotten with Qarvik, Brantholm
// and Elverum") are things of one kind. The candidate stage marks which names stand in one list; once the
// registry has decided the kinds of the corpus's names, a name seen only once that it could not place (no
// kind, or dropped) takes the kind its known neighbours in the list agree on.
import type { Candidate } from './candidates.ts';
import type { EntityKind } from './types.ts';

/**
 * Between two members: a comma (", and", ", or" too) or a bare "and"/"or"/"&"; an aside may follow a name, and
 * "the" or a compass word may open the next ("The Varbo Courier, The Lotten Post", "Lotten and northern Qarvik").
 */
const MEMBER_GAP =
  /^(?:\s*\([^()]{1,40}\))?(?:,\s+(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+)(?:[Tt]he\s+)?(?:[a-z-]*(?:north|south|east|west)[a-z-]*\s+)?$/u;
const CLOSING_GAP = /\b(?:and|or)\b|&/u;
/** What may follow the last name of a list written with commas only: the end of its line or sentence. */
const LIST_END = /^\s*(?:[.;]|$)/u;

/**
 * Marks each member of a coordinated list of two names or more with the list's number (`list`), for the
 * registry's `coordinatedKinds`. A list is closed by "and"/"or", or written with commas only through three names
 * or more to the end of its sentence ("Gate 2: Nordair, Varbojet, Skyline"); two names with a comma between
 * are as often a place and its region, or a person and her employer. Names in a Title Case line (`headline`) are
 * no list: a headline's capitals mark every word. A role appositive ends a list.
 */
export function markCoordination(text: string, cands: readonly Candidate[], headline: (c: Candidate) => boolean) {
  let from = 0;
  let lists = 0;
  for (let i = 1; i <= cands.length; i++) {
    const prev = cands[i - 1] as Candidate;
    const cur = cands[i];
    if (cur && joined(text, prev, cur)) continue;
    const list = cands.slice(from, i);
    from = i;
    if (list.length < 2 || list.some(headline) || !closed(text, list)) continue;
    // A list's number in its paragraph, not its offset: pass one keeps candidates by shape (evidence.ts).
    for (const c of list) c.list = lists;
    lists++;
  }
}

function joined(text: string, prev: Candidate, cur: Candidate): boolean {
  // A possessive owns what follows, and is often the first part of a longer name the apostrophe split ("the
  // Varbo People's Front"): no member of a list.
  if (prev.possessive || cur.possessive || prev.phrase || cur.phrase) return false;
  // "Jane Roe, Nordwind spokeswoman,": the name in a role appositive is no member of a list.
  if (prev.roles.some((r) => text.startsWith(r, cur.start))) return false;
  return MEMBER_GAP.test(text.slice(prev.end, cur.start));
}

function closed(text: string, list: readonly Candidate[]): boolean {
  const last = list[list.length - 1] as Candidate;
  const before = list[list.length - 2] as Candidate;
  if (CLOSING_GAP.test(text.slice(before.end, last.start))) return true;
  return list.length >= 3 && LIST_END.test(text.slice(last.end, last.end + 3));
}

export type ListKind = Exclude<EntityKind, 'term'>;

/** One member of a list as the registry sees it. */
export interface ListMember {
  /** The kind the registry gave the name, when it keeps it as a person, organization or place. */
  kind?: ListKind;
  /** A name the registry could not place, seen once, that may take the list's kind. */
  open: boolean;
  /** An open name that is also an ordinary English word ("Pinnacle", "Summit"): it needs two neighbours. */
  common: boolean;
  /** An open name shaped like a person's ("Jan Roe", "Marta"; not "Supporters of Jan Roe", "Roeism"). */
  personShape: boolean;
  /** A product or a work listed among makers ("Nordsoft, Varbotel and SkyBox VR"): it neither blocks nor votes. */
  thing?: boolean;
}

/**
 * The kind a list's known members agree on, for its open members: none when two known members disagree, when
 * none is known, or when a member is neither known nor open (a name the rules dropped on purpose). An open
 * ordinary word takes the kind only from two known members, so one known name does not turn "Food" in
 * "Food and Drink" into a body; a person's kind, too, and only to a name shaped like a person's.
 */
export function listKind(members: readonly ListMember[]): ListKind | undefined {
  let kind: ListKind | undefined;
  let known = 0;
  for (const m of members) {
    if (m.thing) continue;
    if (m.kind) {
      if (kind && kind !== m.kind) return undefined;
      kind = m.kind;
      known++;
    } else if (!m.open) return undefined;
  }
  if (!kind || !members.some((m) => m.open)) return undefined;
  if (members.some((m) => m.open && m.common) && known < 2) return undefined;
  // A person is a speaker and a surname's bearer: two known people and a person's name shape, or nothing.
  if (kind === 'person' && (known < 2 || members.some((m) => m.open && !m.personShape))) return undefined;
  return kind;
}

import type { EntityKind } from '../corpus/types.ts';

/** Bit flags and index bits of a form table value (24 bits). */
export const VALUE_INDEX = 0x0fffff;
/** The key is a whole form: its index names an entity, or a shared form's candidates with SHARED. */
export const VALUE_FORM = 0x100000;
/** The key followed by a space starts a longer form: reading goes on past the whitespace. */
export const VALUE_GOES_ON = 0x200000;
/** The form is claimed by several entities: the index is into `shared`. */
export const VALUE_SHARED = 0x400000;
/**
 * The form is an ordinary word capitalized ("Long", "Law"): a name only where the text around it says the capital
 * is the writer's (word-names.ts).
 */
export const VALUE_WORD = 0x800000;

/**
 * What a content script gets (in the `activate` answer): a few hundred kB at most for tens of thousands of forms,
 * with nothing in it that grows per page or needs compiling. See matcher.ts for how it is read.
 */
export interface PageMatcherData {
  version: 4;
  /**
   * Base64 of the binary tables, decoded once with atob() into a one-byte string that is read in place: bucket
   * seeds (u16 each), form slots (7 bytes each: lane-A hash u32, value u24), one kind byte per entity, then a
   * 64-kbit filter of the first four code units forms start with, hashed (hash.ts startBit).
   */
  data: string;
  buckets: number;
  slots: number;
  entities: number;
  /** Every UTF-16 code unit a form that opens with no lower-case word can start with: where reading begins. */
  starts: string;
  /**
   * The lower-case words forms open with (name particles: "de", "al", "bin"), each a start only where the page
   * has it as a word of its own.
   */
  lowerStarts: string[];
  /** The longest form, in code units (its spaces count one each). */
  longest: number;
  /**
   * Forms several entities claim: the candidates, most mentioned with that form in the corpus first, and for each
   * the words that pick it when they stand just before the form (first names, titles), lower case, space-separated.
   */
  shared: { entities: number[]; cues: string[] }[];
}

/**
 * The matcher as the build writes it (`matcher.json`): the page part, plus what the background and tools need to
 * name what the page found. Entity numbers are indices into `entities`, which is the pack's entity order.
 */
export interface CompiledMatcher {
  version: 2;
  /** Entities by index: [id, canonical name, kind]. */
  entities: [string, string, EntityKind][];
  /**
   * Every surface form the page can match, written as `formKey` writes matched text (single spaces, straight
   * apostrophes), and the entity it names, or for a shared form -1 - its index in `shared`.
   */
  forms: [string, number][];
  /** Shared forms with their candidates and how often the corpus mentions each with that form. */
  shared: { form: string; candidates: [entity: number, mentions: number][] }[];
  page: PageMatcherData;
}

/**
 * One mention found in a string: UTF-16 offsets [start, end) and the entity's index in `entities`. A shared form
 * gives its most likely entity (context on the page may pick another) and `shared`, its index in `shared`.
 */
export interface MatchSpan {
  start: number;
  end: number;
  entity: number;
  shared?: number;
}

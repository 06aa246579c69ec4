import type { EntityKind } from '../corpus/types.ts';

/**
 * The compact matcher shipped to content scripts: only names, never quotes or the index.
 * Built at build time from the pack (lib/matching/compile.ts), answered by the background on getMatcher,
 * turned into a runnable matcher in the page by lib/matching/matcher.ts.
 */
export interface CompiledMatcher {
  version: 1;
  /** Entities by index: [id, canonical name, kind]. */
  entities: [string, string, EntityKind][];
  /**
   * Every surface form the pattern can match, written as `formKey` writes matched text (single spaces,
   * straight apostrophes), and the index of the entity it names.
   */
  forms: [string, number][];
  /**
   * Source of one regular expression (flags `gu`) matching every form at once, longest first, with the end-of-word
   * rule built in. The start-of-word rule is checked in code (see matcher.ts): it keeps the pattern's hot loop to
   * literal characters.
   */
  pattern: string;
}

/** One mention found in a string: UTF-16 offsets [start, end) and the entity's index in `entities`. */
export interface MatchSpan {
  start: number;
  end: number;
  entity: number;
}

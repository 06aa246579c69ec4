import type { EntityKind } from '../corpus/types.ts';

/**
 * The compact matcher shipped to content scripts: only names, never quotes or the index.
 * Built at build time from the pack (lib/matching/compile.ts), answered by the background on getMatcher.
 */
export interface CompiledMatcher {
  version: 1;
  /** Entities by index: [id, canonical name, kind]. */
  entities: [string, string, EntityKind][];
  /** Aliases and the index of the entity each names, longest first. */
  aliases: [string, number][];
}

import type { Pack } from '../corpus/types.ts';
import type { CompiledMatcher } from './types.ts';

// Placeholder until issue #4 lands.
export function compileMatcher(pack: Pack): CompiledMatcher {
  return { version: 1, entities: pack.entities.map((e) => [e.id, e.name, e.kind]), aliases: [] };
}

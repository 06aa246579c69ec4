// The matcher as the layout ships it (see the paths in types.ts): the page part a content script gets, the entity
// number ↔ id tables in small files (written for every layout), and the shared forms with their candidates' ids and names. The whole compiled
// matcher (form strings included) is never read by the extension; the build writes it beside itself for tools.
import type { SharedForm } from '../briefing/types.ts';
import type { CompiledMatcher } from '../matching/types.ts';
import type { Emit } from '../search/shards-build.ts';
import {
  bucketOf,
  ENTITY_CHUNK,
  entityChunks,
  entityNamesPath,
  entityNumbersPath,
  matcherPagePath,
  sharedFormsPath,
} from './types.ts';

export async function emitMatcher(matcher: CompiledMatcher, out: Emit): Promise<void> {
  await out(matcherPagePath(), JSON.stringify(matcher.page));
  await out(sharedFormsPath(), JSON.stringify(sharedForms(matcher)));
}

/**
 * The number ↔ id tables, from the entities in number order (the pack's order, which the matcher numbers by).
 * Written with or without a matcher: the reader finds a briefing by id through them.
 */
export async function emitEntityTables(entities: readonly { id: string; name: string }[], out: Emit): Promise<void> {
  const chunks = entityChunks(entities.length);
  for (let c = 0; c < chunks; c++) {
    const slice = entities.slice(c * ENTITY_CHUNK, (c + 1) * ENTITY_CHUNK).map(({ id, name }) => [id, name]);
    await out(entityNamesPath(c), JSON.stringify(slice));
  }
  const numbers: Record<string, number>[] = Array.from({ length: chunks }, () => ({}));
  entities.forEach(({ id }, n) => {
    (numbers[bucketOf(id, chunks)] as Record<string, number>)[id] = n;
  });
  for (const [b, table] of numbers.entries()) await out(entityNumbersPath(b), JSON.stringify(table));
}

/** The matcher's shared forms with each candidate's id and name beside its number. */
export function sharedForms(matcher: CompiledMatcher): SharedForm[] {
  return matcher.shared.map(({ form, candidates }) => ({
    form,
    candidates: candidates.flatMap(([n]) => {
      const e = matcher.entities[n];
      return e ? [[n, e[0], e[1]] as SharedForm['candidates'][number]] : [];
    }),
  }));
}

// Build time: the pack's entities and aliases become the compact matcher the content script runs.
import type { Pack } from '../corpus/types.ts';
import { normalizeAlias, refusal, surfaceForms } from './aliases.ts';
import { buildPattern } from './pattern.ts';
import type { CompiledMatcher } from './types.ts';

interface Claim {
  entity: number;
  /** The entity's own canonical name (or its capitals), which beats anyone else's alias. */
  canonical: boolean;
  /** Written as in the texts rather than derived (the capitals form), which beats a derived form. */
  written: boolean;
}

/**
 * Compile the pack into one pattern plus a form → entity table. Aliases that are too short, have no capital,
 * are a bare common word or only a title are left out. A form claimed by two entities goes to the one whose
 * canonical name it is, else to the one that wrote it rather than derived it, else to nobody: a wrong briefing
 * is worse than none.
 */
export function compileMatcher(pack: Pack): CompiledMatcher {
  const claims = new Map<string, Claim[]>();
  pack.entities.forEach((entity, index) => {
    const canonicalName = normalizeAlias(entity.name);
    const aliases = new Set([entity.name, ...entity.aliases].map(normalizeAlias));
    for (const alias of aliases) {
      if (refusal(alias) !== null) continue;
      surfaceForms(alias).forEach((form, i) => {
        const list = claims.get(form) ?? [];
        if (list.some((c) => c.entity === index)) return;
        list.push({ entity: index, canonical: alias === canonicalName, written: i === 0 });
        claims.set(form, list);
      });
    }
  });

  const forms: [string, number][] = [];
  for (const [form, list] of claims) {
    const winner = pickClaim(list);
    if (winner !== undefined) forms.push([form, winner]);
  }
  forms.sort((a, b) => b[0].length - a[0].length || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));

  return {
    version: 1,
    entities: pack.entities.map((e) => [e.id, e.name, e.kind]),
    forms,
    pattern: buildPattern(forms.map(([form]) => form)),
  };
}

function pickClaim(list: Claim[]): number | undefined {
  if (list.length === 1) return list[0]?.entity;
  for (const key of ['canonical', 'written'] as const) {
    const best = list.filter((c) => c[key]);
    if (best.length === 1) return best[0]?.entity;
    if (best.length > 1) return undefined;
  }
  return undefined;
}

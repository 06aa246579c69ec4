// The seed articles against their hand-made labels (tests/gold/seeds.gold.json), with the definitions of
// tests/unit/corpus/seeds-gold.test.ts: a quote is found when its words equal the gold's (edge punctuation
// aside), attributed when the speaker's name is the gold's exactly; a person counts when found as a person
// with the role the text gives.
import type { Pack } from '../../lib/corpus/types.ts';

export interface SeedGold {
  quotes: { file: string; text: string; speaker: string | null }[];
  people: { name: string; role?: string; aliases?: string[] }[];
  entities: { name: string; kind: string; aliases?: string[]; description?: string }[];
  junk: string[];
}

export interface SeedScore {
  quotes: number;
  found: number;
  attributed: number;
  people: number;
  peopleRight: number;
  entities: number;
  entitiesRight: number;
  junk: string[];
  misses: { file: string; text: string; gold: string | null; got: string | null | undefined }[];
  wrongPeople: string[];
}

const trimEdges = (s: string) => s.replace(/^[\s,.;:!?…]+|[\s,.;:!?…]+$/gu, '').replace(/\s+/gu, ' ');

export function scoreSeeds(pack: Pack, gold: SeedGold): SeedScore {
  const fileOf = new Map(pack.articles.map((a) => [a.id, a.file]));
  const byName = new Map(pack.entities.map((e) => [e.name, e]));
  let found = 0;
  let attributed = 0;
  const misses: SeedScore['misses'] = [];
  for (const g of gold.quotes) {
    const q = pack.quotes.find((x) => fileOf.get(x.articleId) === g.file && trimEdges(x.text) === trimEdges(g.text));
    if (q) found++;
    if (q && (q.speaker ?? null) === g.speaker) attributed++;
    else misses.push({ file: g.file, text: g.text.slice(0, 100), gold: g.speaker, got: q ? q.speaker : undefined });
  }
  const wrongPeople: string[] = [];
  let peopleRight = 0;
  for (const p of gold.people) {
    const e = byName.get(p.name);
    const ok =
      e?.kind === 'person' &&
      (!p.role || e.description?.toLowerCase() === p.role.toLowerCase()) &&
      (p.aliases ?? []).every((a) => e.aliases.includes(a));
    if (ok) peopleRight++;
    else wrongPeople.push(`${p.name}: ${e ? `${e.kind}, “${e.description ?? ''}”` : 'missing'}`);
  }
  let entitiesRight = 0;
  for (const g of gold.entities) {
    const e = byName.get(g.name);
    if (e?.kind === g.kind && (g.aliases ?? []).every((a) => e.aliases.includes(a))) entitiesRight++;
    else wrongPeople.push(`${g.name}: ${e ? e.kind : 'missing'} (want ${g.kind})`);
  }
  const aliases = new Set(pack.entities.flatMap((e) => e.aliases));
  return {
    quotes: gold.quotes.length,
    found,
    attributed,
    people: gold.people.length,
    peopleRight,
    entities: gold.entities.length,
    entitiesRight,
    junk: gold.junk.filter((j) => aliases.has(j)),
    misses,
    wrongPeople,
  };
}

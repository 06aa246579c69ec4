// The quality bar on the seed articles, measured against hand-made labels in tests/gold/seeds.gold.json:
// quote recall and attribution, every named person with their role, no junk entities.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Entity, Quote } from '../../../lib/corpus/types.ts';
import { seedPack } from './seed-pack.ts';

interface Gold {
  quotes: { file: string; text: string; speaker: string | null }[];
  people: { name: string; role?: string; aliases?: string[] }[];
  entities: { name: string; kind: string; aliases?: string[]; description?: string }[];
  junk: string[];
  credits: string[];
  notNames: string[];
}
const gold: Gold = JSON.parse(readFileSync(join(import.meta.dirname, '../../gold/seeds.gold.json'), 'utf8'));
const pack = seedPack();
const fileOf = new Map(pack.articles.map((a) => [a.id, a.file]));
// Quote boundaries may differ by a trailing comma or full stop; the words must not.
const norm = (s: string) => s.replace(/^[\s,.;:!?…]+|[\s,.;:!?…]+$/gu, '').replace(/\s+/gu, ' ');

function match(g: Gold['quotes'][number]): Quote | undefined {
  return pack.quotes.find((q) => fileOf.get(q.articleId) === g.file && norm(q.text) === norm(g.text));
}
const byName = (name: string): Entity | undefined => pack.entities.find((e) => e.name === name);

describe('seed quotes against the gold labels', () => {
  const found = gold.quotes.map((g) => ({ g, q: match(g) }));
  const hits = found.filter((f) => f.q);
  const right = hits.filter((f) => (f.q?.speaker ?? null) === f.g.speaker);

  it('finds at least 95% of direct quotes', () => {
    const missed = found.filter((f) => !f.q).map((f) => `${f.g.file}: ${f.g.text}`);
    expect(hits.length / gold.quotes.length, missed.join('\n')).toBeGreaterThanOrEqual(0.95);
  });

  it('attributes at least 95% of found quotes to the right speaker', () => {
    const wrong = hits.filter((f) => !right.includes(f)).map((f) => `${f.g.speaker} ≠ ${f.q?.speaker}: ${f.g.text}`);
    expect(right.length / hits.length, wrong.join('\n')).toBeGreaterThanOrEqual(0.95);
  });

  it('attributes the headline quote and the interview answers', () => {
    const headline = pack.quotes.find((q) => q.inTitle);
    expect(headline?.speaker).toBe('Jens Stoltenberg');
    const answers = pack.quotes.filter((q) => q.answer);
    expect(answers).toHaveLength(3);
    for (const a of answers) expect(a.speaker).toBe('Jens Stoltenberg');
  });
});

describe('seed entities against the gold labels', () => {
  it.each(gold.people)('finds $name with the role the text gives', (person) => {
    const e = byName(person.name);
    expect(e?.kind).toBe('person');
    if (person.role) expect(e?.description?.toLowerCase()).toBe(person.role.toLowerCase());
    for (const alias of person.aliases ?? []) expect(e?.aliases).toContain(alias);
  });

  it.each(gold.entities)('finds $name as $kind', (entity) => {
    const e = byName(entity.name);
    expect(e?.kind).toBe(entity.kind);
    for (const alias of entity.aliases ?? []) expect(e?.aliases).toContain(alias);
    if (entity.description) expect(e?.description).toBe(entity.description);
  });

  it('names no entity by a fragment of a coordination or a second spelling', () => {
    const names = new Set(pack.entities.map((e) => e.name));
    expect(gold.notNames.filter((n) => names.has(n))).toEqual([]);
  });

  it('makes no entity of sentence-initial words, weekdays, roles, demonyms or page furniture', () => {
    const names = new Set(pack.entities.flatMap((e) => e.aliases));
    expect(gold.junk.filter((j) => names.has(j))).toEqual([]);
  });

  it('makes no entity of bylines and contributor credits', () => {
    const names = new Set(pack.entities.flatMap((e) => e.aliases));
    expect(gold.credits.filter((c) => names.has(c))).toEqual([]);
  });

  it('ties "the NATO chief" to the person the texts call NATO Secretary General', () => {
    expect(byName('Jens Stoltenberg')?.aliases).toContain('NATO chief');
  });
});

// The benchmark corpus generator: deterministic, and its quotes are attributed as it intended.
import { describe, expect, it } from 'vitest';
import { buildPack } from '../../../lib/corpus/pack.ts';
import { generateCorpus } from '../../../scripts/generate-corpus.ts';

describe('generateCorpus', () => {
  it('writes the same articles for the same seed, different ones for another', () => {
    const a = generateCorpus(5, 42).files;
    expect(generateCorpus(5, 42).files).toEqual(a);
    expect(generateCorpus(5, 43).files).not.toEqual(a);
  });

  it('yields articles whose quotes ingest finds and attributes as intended', () => {
    const { files, truth } = generateCorpus(40, 7);
    const pack = buildPack([...files].map(([file, text]) => ({ file, text })));
    const fileOf = new Map(pack.articles.map((a) => [a.id, a.file]));
    const norm = (s: string) => s.replace(/[\s,.]+$/u, '');
    let found = 0;
    let right = 0;
    for (const t of truth) {
      const candidates = pack.quotes.filter((q) => fileOf.get(q.articleId) === t.file && norm(q.text) === norm(t.text));
      if (candidates.length === 0) continue;
      found++;
      if (candidates.some((q) => q.speaker === t.speaker)) right++;
    }
    expect(found / truth.length).toBeGreaterThanOrEqual(0.98);
    expect(right / found).toBeGreaterThanOrEqual(0.97);
  });
});

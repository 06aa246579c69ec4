// The background's pack store reads the layout on demand: nothing at creation, then one file per answer, each
// file once while it stays in the cache; a failed read is retried, and a layout of another version is refused.
import { describe, expect, it } from 'vitest';
import { createPackStore } from '../../../lib/background/pack-store.ts';
import { LayoutReader, type LayoutSource, memorySource } from '../../../lib/layout/reader.ts';
import { LAYOUT_VERSION } from '../../../lib/layout/types.ts';
import { makePack } from '../briefing/pack-fixture.ts';
import { layoutFiles } from '../layout-store.ts';

function counting(files: Map<string, string>) {
  const reads: string[] = [];
  const source: LayoutSource = {
    read: async (path) => {
      reads.push(path);
      return memorySource(files).read(path);
    },
  };
  return { source, reads };
}

describe('pack store', () => {
  it('reads nothing until asked, then only the files an answer needs, each once', async () => {
    const pack = makePack();
    const { source, reads } = counting(await layoutFiles(pack));
    const store = createPackStore(source);
    expect(reads).toEqual([]);
    const n = pack.entities.findIndex((e) => e.id === 'person:jens-stoltenberg');
    const [a, b] = await Promise.all([store.briefingAt(n), store.briefingAt(n)]);
    expect(a?.entity.name).toBe('Jens Stoltenberg');
    expect(b).toEqual(a);
    // A hover knows the number only: its briefing is one file after the meta, with no id table in between.
    expect(reads).toEqual(['meta.json', expect.stringMatching(/^b\/\d+\.json$/)]);
    await store.briefingAt(n);
    expect(reads.length).toBe(2);
    expect(await store.briefing('person:jens-stoltenberg')).toEqual(a);
    expect(reads.slice(2)).toEqual(['m/i/0.json']);
    expect(await store.briefingAt(pack.entities.length)).toBeNull();
    expect(await store.briefingAt(-1)).toBeNull();
    expect((await store.article('a-riga'))?.article.title).toBe('NATO chief visits Latvia');
    expect(await store.dossier('nobody')).toBeNull();
    expect(await store.findEntity('Stoltenberg’s')).toBe('person:jens-stoltenberg');
  });

  it('turns the numbers content scripts know entities by into ids and back, one small file each way', async () => {
    const pack = makePack();
    const { source, reads } = counting(await layoutFiles(pack));
    const store = createPackStore(source);
    const n = pack.entities.findIndex((e) => e.id === 'person:jens-stoltenberg');
    expect(await store.entityRef(n)).toEqual(['person:jens-stoltenberg', 'Jens Stoltenberg']);
    expect(await store.entityNumber('person:jens-stoltenberg')).toBe(n);
    expect(await store.entityRef(pack.entities.length)).toBeNull();
    expect(await store.entityNumber('person:nobody')).toBe(-1);
    expect(reads).toEqual(['meta.json', 'm/e/0.json', 'm/i/0.json']);
    expect((await store.matcherPage()).version).toBe(4);
  });

  it('retries after a failed read instead of caching the failure', async () => {
    const files = await layoutFiles(makePack());
    let attempt = 0;
    const store = createPackStore({
      read: async (path) => {
        if (path !== 'meta.json' && attempt++ === 0) throw new Error('disk hiccup');
        return memorySource(files).read(path);
      },
    });
    await expect(store.briefing('person:jens-stoltenberg')).rejects.toThrow('disk hiccup');
    await expect(store.briefing('person:jens-stoltenberg')).resolves.toMatchObject({
      entity: { name: 'Jens Stoltenberg' },
    });
  });

  it('refuses a layout of another version with a message that says which', async () => {
    const files = await layoutFiles(makePack());
    files.set('meta.json', JSON.stringify({ ...JSON.parse(files.get('meta.json') as string), layout: 99 }));
    const store = createPackStore(memorySource(files));
    await expect(store.briefing('person:jens-stoltenberg')).rejects.toThrow(
      `version 99; this build reads version ${LAYOUT_VERSION}`,
    );
  });

  it('keeps its cache within its budget, dropping the least recently used files', async () => {
    const files = await layoutFiles(makePack());
    const { source, reads } = counting(files);
    const biggest = Math.max(...[...files.values()].map((t) => t.length));
    const reader = new LayoutReader(source, { cacheChars: biggest });
    for (const path of files.keys()) await reader.json(path);
    expect(reader.cacheSize().chars).toBeLessThanOrEqual(biggest * 2);
    const before = reads.length;
    await reader.json([...files.keys()].at(-1) as string);
    expect(reads.length).toBe(before);
  });
});

import { describe, expect, it } from 'vitest';
import { createPackStore } from '../../../lib/background/pack-store.ts';
import { PACK_VERSION, type Pack } from '../../../lib/corpus/types.ts';
import type { CompiledMatcher } from '../../../lib/matching/types.ts';

const pack: Pack = {
  version: PACK_VERSION,
  articles: [{ id: 'a1', file: 'a1.txt', title: 'T', titleDerived: false, paragraphs: ['P'] }],
  entities: [],
  quotes: [],
  index: null,
};
const matcher = { version: 1 } as unknown as CompiledMatcher;

describe('pack store', () => {
  it('loads once and serves every later request from memory', async () => {
    let loads = 0;
    const store = createPackStore(async () => {
      loads++;
      return [pack, matcher];
    });
    const [a, b] = await Promise.all([store.get(), store.get()]);
    await store.get();
    expect(loads).toBe(1);
    expect(a).toBe(b);
    expect(a.articles.get('a1')?.title).toBe('T');
  });

  it('retries after a failed load instead of caching the failure', async () => {
    let attempt = 0;
    const store = createPackStore(async () => {
      attempt++;
      if (attempt === 1) throw new Error('disk hiccup');
      return [pack, matcher];
    });
    await expect(store.get()).rejects.toThrow('disk hiccup');
    await expect(store.get()).resolves.toMatchObject({ pack });
  });

  it('refuses a pack of another version with a message that says which', async () => {
    const store = createPackStore(async () => [{ ...pack, version: 99 } as unknown as Pack, matcher]);
    await expect(store.get()).rejects.toThrow(/version 99.*version 1/);
  });
});

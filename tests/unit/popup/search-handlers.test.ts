import { describe, expect, it } from 'vitest';
import { searchHandlers } from '../../../lib/background/search-handlers.ts';
import { PACK_VERSION, type Pack } from '../../../lib/corpus/types.ts';
import { parseToBackground } from '../../../lib/messaging.ts';
import type { Searcher } from '../../../lib/search/searcher.ts';
import { storeFor } from '../layout-store.ts';

const body = 'Jens Stoltenberg said allies would not impose a no-fly zone over Ukraine.';
const pack: Pack = {
  version: PACK_VERSION,
  articles: [{ id: 'a1', file: 'a1.txt', title: 'Allies meet', titleDerived: false, paragraphs: [body] }],
  entities: [
    {
      id: 'person:jens-stoltenberg',
      name: 'Jens Stoltenberg',
      kind: 'person',
      aliases: ['Jens Stoltenberg', 'Stoltenberg'],
      description: 'NATO Secretary General',
      mentions: [{ articleId: 'a1', paragraph: 0, start: 0, end: 16 }],
      related: [],
      quoteIds: [],
      sentences: [],
    },
  ],
  quotes: [],
};

/** Through the same validation the background applies to every message. */
const ask = (handlers: ReturnType<typeof searchHandlers>, raw: unknown) => {
  const msg = parseToBackground(raw);
  if (msg.type !== 'search') throw new Error('not a search');
  return handlers.search(msg, {});
};

describe('search handlers', () => {
  it('retry a failed load on the next request', async () => {
    const store = await storeFor(pack);
    let attempt = 0;
    const handlers = searchHandlers(store, async (): Promise<Searcher> => {
      if (++attempt === 1) throw new Error('index missing');
      return store.searcher();
    });
    await expect(ask(handlers, { type: 'search', query: 'Stoltenberg' })).rejects.toThrow('index missing');
    await expect(ask(handlers, { type: 'search', query: 'Stoltenberg' })).resolves.toMatchObject({
      people: [{ id: 'person:jens-stoltenberg' }],
    });
  });

  it('find a person with a typo and mark the matched word', async () => {
    const handlers = searchHandlers(await storeFor(pack));
    const results = await ask(handlers, { type: 'search', query: 'Stoltenburg', limit: 5 });
    expect(results.people[0]?.name).toBe('Jens Stoltenberg');
    const [start, end] = results.people[0]?.marks[0] ?? [0, 0];
    expect('Jens Stoltenberg'.slice(start, end)).toBe('Stoltenberg');
  });

  it('answer any query without throwing', async () => {
    const handlers = searchHandlers(await storeFor(pack));
    for (const query of [
      '',
      '   ',
      '!!!',
      '(.*[+?\\',
      '北约 Столтенберг Stoltenberg',
      '\u200b\u0301',
      'x'.repeat(10_000),
    ]) {
      const results = await ask(handlers, { type: 'search', query });
      expect(Array.isArray(results.people)).toBe(true);
    }
    expect(() => parseToBackground({ type: 'search', query: 'x'.repeat(10_001) })).toThrow();
  });

  it('start with the most quoted people', async () => {
    const state = await searchHandlers(await storeFor(pack)).startState({ type: 'startState' }, {});
    expect(state.topPeople.map((p) => p.name)).toEqual(['Jens Stoltenberg']);
    expect(state.articleCount).toBe(1);
  });
});

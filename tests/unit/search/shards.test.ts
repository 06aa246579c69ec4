// The split index scores like one MiniSearch index over every document: same documents, same scores, for exact
// words, prefixes, typos, AND and OR; and a query reads only the chunks its words need.
import MiniSearch from 'minisearch';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Pack } from '../../../lib/corpus/types.ts';
import { buildLayout } from '../../../lib/layout/build.ts';
import { LayoutReader, memorySource } from '../../../lib/layout/reader.ts';
import { recordQuote } from '../../../lib/layout/types.ts';
import { buildIndex } from '../../../lib/search/build.ts';
import { processTerm, SEARCH_OPTIONS, tokenize } from '../../../lib/search/options.ts';
import type { Hit, Pass, Searcher, ShardSource } from '../../../lib/search/sharded.ts';
import { HEAD, tierCount, tierRange } from '../../../lib/search/shards.ts';
import { seedPack } from '../corpus/seed-pack.ts';

let pack: Pack;
let reference: MiniSearch;
let files: Map<string, string>;
let searcher: Searcher;
let source: ShardSource;

beforeAll(async () => {
  pack = seedPack();
  reference = MiniSearch.loadJS(buildIndex(pack) as never, SEARCH_OPTIONS);
  files = new Map();
  await buildLayout(pack, (path, text) => {
    files.set(path, text);
  });
  const reader = new LayoutReader(memorySource(files));
  searcher = await reader.searcher();
  source = reader.shardSource(await reader.meta());
});

const words = (q: string) => [
  ...new Set(
    tokenize(q)
      .map(processTerm)
      .filter((t): t is string => !!t),
  ),
];

async function idsOf(kind: 'e' | 'q' | 'a', hits: Hit[]): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  const slots = source.meta.slots.quote;
  for (const h of hits) {
    let id: string | undefined;
    if (kind === 'e') id = (await source.entity(h.key))?.id;
    else if (kind === 'a') id = (await source.article(h.key))?.article.id;
    else {
      const record = await source.article(Math.floor(h.key / slots));
      id = record ? recordQuote(record, h.key % slots)?.id : undefined;
    }
    if (id) out.set(`${kind}:${id}`, h.score);
  }
  return out;
}

describe('split index against one MiniSearch index', () => {
  it.each([
    ['an exact word', 'Stoltenberg', { fuzzy: false, combine: 'AND' }],
    ['a prefix', 'Ukr', { fuzzy: false, combine: 'AND' }],
    ['two words, all required', 'refugee crisis', { fuzzy: false, combine: 'AND' }],
    ['a typo', 'Stoltenburg', { fuzzy: true, combine: 'AND' }],
    ['any of two words', 'Kyiv summit', { fuzzy: true, combine: 'OR' }],
  ] as [string, string, Pass][])('scores %s the same', async (_, query, pass) => {
    const ours = await searcher.rank(words(query), pass, Number.POSITIVE_INFINITY);
    const theirs = reference.search(words(query).join(' '), {
      combineWith: pass.combine,
      ...(pass.fuzzy ? {} : { fuzzy: false }),
    });
    expect(theirs.length).toBeGreaterThan(0);
    const mine = new Map([...(await idsOf('e', ours.e)), ...(await idsOf('q', ours.q)), ...(await idsOf('a', ours.a))]);
    expect([...mine.keys()].sort()).toEqual(theirs.map((r) => String(r.id)).sort());
    for (const r of theirs) expect(mine.get(String(r.id))).toBeCloseTo(r.score, 2);
  });
});

describe('tiers', () => {
  it('cover a long list exactly once, the head first', () => {
    const total = HEAD * 30 + 7;
    const tiers = tierCount(total);
    let covered = 0;
    for (let t = 0; t <= tiers; t++) {
      const [start, end] = tierRange(t);
      expect(start).toBe(covered);
      covered = Math.min(end, total);
    }
    expect(covered).toBe(total);
    expect(tierRange(tiers - 1)[1]).toBeLessThan(total);
  });
});

describe('a head of two postings', () => {
  it('finds the same results, reading tiers only for what the heads do not give', async () => {
    const small = new Map<string, string>();
    await buildLayout(
      pack,
      (path, text) => {
        small.set(path, text);
      },
      { head: 2 },
    );
    expect([...small.keys()].some((p) => /^s\/\d+\/\d+\.[eqa]\.\d+\.json$/.test(p))).toBe(true);
    const reader = new LayoutReader(memorySource(small));
    const tiny = await reader.searcher();
    for (const query of ['Stoltenberg', 'Ukraine Russia', 'refugee crisis', 'NATO summit', 'Stoltenburg']) {
      const a = await tiny.search(query, 5);
      const b = await searcher.search(query, 5);
      // Single-word queries and filled groups may rank the tail differently; the first results agree.
      expect(a.people[0]?.id).toBe(b.people[0]?.id);
      expect(a.quotes.length).toBe(b.quotes.length);
      expect(a.articles.length).toBe(b.articles.length);
    }
    // All of them when asked for every match: the tiers complete each list exactly.
    const all = await tiny.rank(words('Ukraine Russia'), { fuzzy: false, combine: 'AND' }, Number.POSITIVE_INFINITY);
    const full = await searcher.rank(
      words('Ukraine Russia'),
      { fuzzy: false, combine: 'AND' },
      Number.POSITIVE_INFINITY,
    );
    expect(all.q.length).toBe(full.q.length);
    expect(all.a.length).toBe(full.a.length);
  });
});

// The on-demand layout holds, for every id, exactly what the request assembled from the whole pack before.
import { beforeAll, describe, expect, it } from 'vitest';
import { buildArticleView } from '../../../lib/briefing/article-view.ts';
import { buildBriefing } from '../../../lib/briefing/briefing.ts';
import { buildDossier, DOSSIER_MENTION_ARTICLES, DOSSIER_QUOTES } from '../../../lib/briefing/dossier.ts';
import { findEntity } from '../../../lib/briefing/find-entity.ts';
import { indexByIds } from '../../../lib/briefing/pack-index.ts';
import type { Pack } from '../../../lib/corpus/types.ts';
import { LayoutReader, memorySource } from '../../../lib/layout/reader.ts';
import { bucketOf } from '../../../lib/layout/types.ts';
import { seedPack } from '../corpus/seed-pack.ts';
import { layoutFiles } from '../layout-store.ts';

let pack: Pack;
let reader: LayoutReader;
beforeAll(async () => {
  pack = seedPack();
  reader = new LayoutReader(memorySource(await layoutFiles(pack)));
});

describe('layout', () => {
  it('answers every briefing, dossier and article as assembling them from the pack does', async () => {
    const index = indexByIds(pack);
    for (const [n, e] of pack.entities.entries()) {
      expect(await reader.briefingAt(n)).toEqual(buildBriefing(index, e.id));
      expect(await reader.briefing(e.id)).toEqual(buildBriefing(index, e.id));
      expect(await reader.dossier(e.id)).toEqual(buildDossier(index, e.id));
    }
    for (const a of pack.articles) {
      const view = buildArticleView(index, a.id);
      if (!view) throw new Error(`no view of ${a.id}`);
      const { sentences: _, ...article } = view.article;
      expect(await reader.article(a.id)).toEqual({ ...view, article });
    }
    expect(await reader.briefing('person:nobody')).toBeNull();
    expect(await reader.article('a-nothing')).toBeNull();
  });

  it('finds the entity a selection names as findEntity does', async () => {
    for (const text of ['Stoltenberg', 'NATO’s', 'UN Special Envoy said', 'nobody at all', 'Kiev']) {
      expect(await reader.findEntity(text)).toBe(findEntity(pack, text)?.id ?? null);
    }
  });

  it('buckets ids the same way everywhere, within range', () => {
    for (const count of [1, 7, 64]) {
      for (const e of pack.entities) {
        const b = bucketOf(e.id, count);
        expect(b).toBeGreaterThanOrEqual(0);
        expect(b).toBeLessThan(count);
      }
    }
  });
});

describe('dossier of a name in thousands of articles', () => {
  it('stays one page: the most relevant quotes and articles, the rest counted', () => {
    const base = seedPack();
    const e = base.entities[0];
    const source = base.articles[0];
    if (!e || !source) throw new Error('seed pack');
    const articles = Array.from({ length: DOSSIER_MENTION_ARTICLES + 30 }, (_, i) => ({
      ...source,
      id: `a-copy-${i}`,
    }));
    const mentions = articles.map((a) => ({ articleId: a.id, paragraph: 0, start: 0, end: 1 }));
    const quotes = Array.from({ length: DOSSIER_QUOTES + 5 }, (_, i) => ({
      id: `q-${i}`,
      articleId: source.id,
      paragraph: 0,
      start: 0,
      end: 5,
      text: `words number ${i}`,
      speaker: e.name,
      speakerId: e.id,
    }));
    const big: Pack = {
      ...base,
      articles: [...base.articles, ...articles],
      quotes: [...base.quotes, ...quotes],
      entities: [{ ...e, mentions, quoteIds: quotes.map((q) => q.id) }],
    };
    const d = buildDossier(indexByIds(big), e.id);
    expect(d?.articles.reduce((n, a) => n + a.quotes.length, 0)).toBe(DOSSIER_QUOTES);
    expect(d?.more).toEqual({ quotes: 5, articles: 30 });
  });
});

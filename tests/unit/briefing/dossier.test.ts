import { describe, expect, it } from 'vitest';
import { buildArticleView, withoutOverlaps } from '../../../lib/briefing/article-view.ts';
import { buildDossier } from '../../../lib/briefing/dossier.ts';
import { indexByIds } from '../../../lib/briefing/pack-index.ts';
import { makePack } from './pack-fixture.ts';

const index = indexByIds(makePack());

describe('buildDossier', () => {
  it('groups every quote by and about the entity by article, each with its paragraph', () => {
    const d = buildDossier(index, 'person:jens-stoltenberg');
    expect(d?.entity.aliases).toEqual(['Jens Stoltenberg', 'Stoltenberg']);
    const riga = d?.articles.find((a) => a.article.id === 'a-riga');
    expect(riga?.quotes.map((q) => [q.relation, q.text])).toEqual([
      ['by', 'We are here to protect and defend all allies,'],
      ['about', 'Stoltenberg is right,'],
    ]);
    expect(riga?.quotes[0]?.context).toBe('“We are here to protect and defend all allies,” Stoltenberg said.');
    expect(riga?.mentionCount).toBe(3);
    expect(riga?.firstParagraph).toBe(0);
    expect(riga?.sentences.map((s) => s.text)).toEqual([
      'NATO Secretary General Jens Stoltenberg spoke in Riga on Tuesday.',
    ]);
  });

  it('lists articles that only name the entity, after those that quote it', () => {
    const d = buildDossier(index, 'place:riga');
    expect(d?.articles.map((a) => [a.article.title, a.quotes.length, a.mentionCount, a.firstParagraph])).toEqual([
      ['NATO chief visits Latvia', 0, 1, 0],
      ['Summit in Brussels', 0, 1, 1],
    ]);
  });

  it('gives a headline quote the headline as its context', () => {
    const pack = makePack();
    const title = pack.articles[1]?.title ?? '';
    const headline = {
      id: 'qh',
      articleId: 'a-summit',
      paragraph: -1,
      start: 0,
      end: 6,
      inTitle: true as const,
      text: title.slice(0, 6),
      speaker: 'Jens Stoltenberg',
      speakerId: 'person:jens-stoltenberg',
    };
    const entities = pack.entities.map((e) =>
      e.id === 'person:jens-stoltenberg' ? { ...e, quoteIds: ['qh', ...e.quoteIds] } : e,
    );
    const d = buildDossier(
      indexByIds({ ...pack, quotes: [...pack.quotes, headline], entities }),
      'person:jens-stoltenberg',
    );
    const summit = d?.articles.find((a) => a.article.id === 'a-summit');
    expect(summit?.quotes[0]).toMatchObject({ id: 'qh', context: title });
    expect(summit?.firstParagraph).toBe(0);
  });

  it('answers null for an unknown entity', () => {
    expect(buildDossier(index, 'nobody')).toBeNull();
  });
});

describe('buildArticleView', () => {
  it('gives the article with its mentions and quotes in reading order', () => {
    const view = buildArticleView(index, 'a-riga');
    expect(view?.article.title).toBe('NATO chief visits Latvia');
    const text = (m: { paragraph: number; start: number; end: number }) =>
      view?.article.paragraphs[m.paragraph]?.slice(m.start, m.end);
    expect(view?.mentions.map(text)).toEqual([
      'NATO',
      'Jens Stoltenberg',
      'Riga',
      'Stoltenberg',
      'Stoltenberg',
      'Boris Johnson',
    ]);
    expect(view?.quotes.map((q) => q.id)).toEqual(['q1', 'q2', 'q3']);
  });

  it('never nests highlights: of overlapping mentions the earlier, then longer, wins', () => {
    const base = { articleId: 'a', paragraph: 0, kind: 'person' as const, name: 'x' };
    const kept = withoutOverlaps([
      { ...base, entityId: 'short', start: 5, end: 9 },
      { ...base, entityId: 'long', start: 0, end: 9 },
      { ...base, entityId: 'later', start: 8, end: 12 },
      { ...base, entityId: 'next-paragraph', paragraph: 1, start: 0, end: 3 },
    ]);
    expect(kept.map((m) => m.entityId)).toEqual(['long', 'next-paragraph']);
  });

  it('answers null for an unknown article', () => {
    expect(buildArticleView(index, 'nope')).toBeNull();
  });
});

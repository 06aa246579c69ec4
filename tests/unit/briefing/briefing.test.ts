import { describe, expect, it } from 'vitest';
import { buildBriefing } from '../../../lib/briefing/briefing.ts';
import { indexByIds } from '../../../lib/briefing/pack-index.ts';
import { makePack } from './pack-fixture.ts';

const index = indexByIds(makePack());

describe('buildBriefing', () => {
  it('gives who it is: name, kind and description', () => {
    const b = buildBriefing(index, 'person:jens-stoltenberg');
    expect(b?.entity).toEqual({
      id: 'person:jens-stoltenberg',
      name: 'Jens Stoltenberg',
      kind: 'person',
      description: 'NATO Secretary General',
    });
  });

  it('puts what the entity said before what others said about it', () => {
    const b = buildBriefing(index, 'person:jens-stoltenberg');
    expect(b?.quotes.map((q) => [q.relation, q.speaker, q.text])).toEqual([
      ['by', 'Jens Stoltenberg', 'We are here to protect and defend all allies,'],
      ['about', 'Boris Johnson', 'Stoltenberg is right,'],
    ]);
  });

  it('shows words reported by two articles once, citing the first', () => {
    const b = buildBriefing(index, 'person:jens-stoltenberg');
    expect(b?.totalQuotes).toBe(2);
    expect(b?.quotes[0]?.articleTitle).toBe('NATO chief visits Latvia');
  });

  it('cites each quote with its article title, and the date and source where the article has them', () => {
    const [own, about] = buildBriefing(index, 'person:jens-stoltenberg')?.quotes ?? [];
    expect(own).toMatchObject({ articleId: 'a-riga', paragraph: 1, date: '2022-03-08', source: 'The Hill' });
    const summitOnly = buildBriefing(
      indexByIds(makePack({ quotes: makePack().quotes.filter((q) => q.id !== 'q1') })),
      'person:jens-stoltenberg',
    );
    const fromSummit = summitOnly?.quotes.find((q) => q.articleId === 'a-summit');
    expect(fromSummit?.articleTitle).toBe('Summit in Brussels');
    expect(fromSummit).not.toHaveProperty('date');
    expect(fromSummit).not.toHaveProperty('source');
    expect(about?.speaker).toBe('Boris Johnson');
  });

  it('limits the quotes but still counts them all', () => {
    const b = buildBriefing(index, 'person:jens-stoltenberg', { quotes: 1 });
    expect(b?.quotes).toHaveLength(1);
    expect(b?.quotes[0]?.relation).toBe('by');
    expect(b?.totalQuotes).toBe(2);
  });

  it('limits related entities and skips ids the pack does not know', () => {
    expect(buildBriefing(index, 'person:jens-stoltenberg')?.related.map((r) => r.name)).toEqual([
      'NATO',
      'Boris Johnson',
    ]);
    expect(buildBriefing(index, 'person:jens-stoltenberg', { related: 1 })?.related.map((r) => r.name)).toEqual([
      'NATO',
    ]);
  });

  it('briefs an entity with no quotes: who it is, nothing invented', () => {
    const b = buildBriefing(index, 'org:nato');
    expect(b?.entity.name).toBe('NATO');
    expect(b?.entity).not.toHaveProperty('description');
    expect(b?.quotes).toEqual([]);
    expect(b?.totalQuotes).toBe(0);
  });

  it('answers null for an id the pack does not know', () => {
    expect(buildBriefing(index, 'person:nobody')).toBeNull();
  });

  it('skips quote ids that point nowhere instead of failing', () => {
    const pack = makePack();
    const broken = pack.entities.map((e) => (e.id === 'org:nato' ? { ...e, quoteIds: ['q-gone', 'q2'] } : e));
    const b = buildBriefing(indexByIds({ ...pack, entities: broken }), 'org:nato');
    expect(b?.quotes.map((q) => q.id)).toEqual(['q2']);
  });
});

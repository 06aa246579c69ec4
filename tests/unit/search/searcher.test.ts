// Search over the split index, read the way the background reads it (the build's layout, file by file).
import { beforeAll, describe, expect, it } from 'vitest';
import type { Pack } from '../../../lib/corpus/types.ts';
import { createSearcher, MAX_QUERY_CHARS, type Searcher, snippet } from '../../../lib/search/searcher.ts';
import type { MatchRange, SearchResults } from '../../../lib/search/types.ts';
import { seedPack } from '../corpus/seed-pack.ts';

let pack: Pack;
let searcher: Searcher;
beforeAll(async () => {
  pack = JSON.parse(JSON.stringify(seedPack()));
  searcher = await createSearcher(pack);
});

const marked = (text: string, marks: MatchRange[]) => marks.map(([s, e]) => text.slice(s, e));
const empty = (r: SearchResults) => r.people.length + r.entities.length + r.quotes.length + r.articles.length === 0;

describe('search', () => {
  it('finds a person from a misspelt name and marks the matched word', async () => {
    const r = await searcher.search('Stoltenburg');
    expect(r.people[0]?.name).toBe('Jens Stoltenberg');
    expect(marked(r.people[0]?.name ?? '', r.people[0]?.marks ?? [])).toEqual(['Stoltenberg']);
    expect(r.quotes.every((q) => q.speaker === 'Jens Stoltenberg')).toBe(true);
  });

  it('finds a misspelt word next to a correct one, every word still required', async () => {
    const r = await searcher.search('Jens Stoltenburg');
    expect(r.people[0]?.name).toBe('Jens Stoltenberg');
    expect(marked(r.people[0]?.name ?? '', r.people[0]?.marks ?? [])).toEqual(['Jens', 'Stoltenberg']);
  });

  it('finds the no-fly zone from "no-fly", with the words marked in the snippet', async () => {
    const r = await searcher.search('no-fly');
    const hit = r.articles[0];
    expect(hit?.snippet).toContain('no-fly zone');
    expect(marked(hit?.snippet ?? '', hit?.marks ?? [])).toEqual(expect.arrayContaining(['no', 'fly']));
    expect(pack.articles.find((a) => a.id === hit?.id)?.paragraphs[hit?.paragraph ?? -1]).toContain('no-fly zone');
  });

  it('completes a prefix as the user types', async () => {
    expect((await searcher.search('Gotkow')).people[0]?.name).toBe('Justyna Gotkowska');
  });

  it('finds a place by its other spelling', async () => {
    const r = await searcher.search('Kiev');
    expect(r.entities[0]?.name).toBe('Kyiv');
    expect(r.articles.length).toBeGreaterThan(1);
  });

  it('keeps people apart from other entities, with descriptions', async () => {
    const r = await searcher.search('NATO');
    expect(r.entities[0]).toMatchObject({ name: 'NATO', kind: 'organization' });
    expect(r.people.every((p) => pack.entities.find((e) => e.id === p.id)?.kind === 'person')).toBe(true);
  });

  it('gives quotes with their speaker and article title', async () => {
    const q = (await searcher.search('refugee crisis')).quotes[0];
    expect(q?.speaker).toBe('Jens Stoltenberg');
    expect(q?.articleTitle).toBe(pack.articles.find((a) => a.id === q?.articleId)?.title);
    expect(marked(q?.text ?? '', q?.marks ?? []).map((m) => m.toLowerCase())).toEqual(['refugee', 'crisis']);
  });

  it('respects the limit per group', async () => {
    const r = await searcher.search('Ukraine', 2);
    for (const group of [r.people, r.entities, r.quotes, r.articles]) expect(group.length).toBeLessThanOrEqual(2);
  });

  it.each([
    ['empty', ''],
    ['spaces', '   '],
    ['punctuation only', '?!…—“”()'],
    ['regex characters', '.*+?^$ {}()|[]\\'],
    ['stop words only', 'the of and'],
  ])('returns nothing, without throwing, for %s', async (_, query) => {
    expect(empty(await searcher.search(query))).toBe(true);
  });

  it('caps a 10,000-character query and answers fast', async () => {
    const query = 'Stoltenberg '.repeat(900);
    const started = performance.now();
    const r = await searcher.search(query);
    expect(performance.now() - started).toBeLessThan(500);
    expect(r.query.length).toBeLessThanOrEqual(MAX_QUERY_CHARS);
    expect(r.people[0]?.name).toBe('Jens Stoltenberg');
  });

  it('handles mixed scripts and accents', async () => {
    await expect(searcher.search('Київ Kyïv 北约 Stoltenbérg')).resolves.toBeDefined();
    expect((await searcher.search('Stoltenbérg')).people[0]?.name).toBe('Jens Stoltenberg');
  });

  it('keeps every mark inside the text it marks', async () => {
    for (const query of ['Stoltenberg', 'Ukraine Russia', 'U.N.', 'secretary general', 'Article 5']) {
      const r = await searcher.search(query);
      const shown: [string, MatchRange[]][] = [
        ...r.people.map((h): [string, MatchRange[]] => [h.name, h.marks]),
        ...r.quotes.map((h): [string, MatchRange[]] => [h.text, h.marks]),
        ...r.articles.map((h): [string, MatchRange[]] => [h.snippet, h.marks]),
      ];
      for (const [text, marks] of shown) {
        for (const [s, e] of marks) {
          expect(s).toBeGreaterThanOrEqual(0);
          expect(e).toBeLessThanOrEqual(text.length);
          expect(s).toBeLessThan(e);
        }
      }
    }
  });
});

describe('start state', () => {
  it('lists the most quoted people first, with their quote counts', async () => {
    const start = await searcher.startState(3);
    expect(start.articleCount).toBe(pack.articles.length);
    expect(start.topPeople.map((p) => p.name)).toEqual(['Jens Stoltenberg', 'Boris Johnson', 'John Kirby']);
    expect(start.topPeople[0]?.quoteCount).toBe(pack.quotes.filter((q) => q.speaker === 'Jens Stoltenberg').length);
  });
});

describe('snippet', () => {
  it('cuts long text around the first match at word boundaries and shifts the marks', async () => {
    const text = `${'word '.repeat(100)}target ${'more '.repeat(100)}`;
    const s = snippet(text, ['target'], 80);
    expect(s.text.startsWith('…') && s.text.endsWith('…')).toBe(true);
    expect(marked(s.text, s.marks)).toEqual(['target']);
  });
});

// The GUM reader and labeller behind the name-kind trainer (scripts/train), on an invented document in GUM's
// CoNLL-U format: mentions land on the right characters, and a pipeline span takes the class of the mention
// it matches, forgiving the title before a name and the clause after it.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { alignParagraphs, readGumDocument } from '../../../scripts/train/gum-data.ts';
import { folds, spanClass } from '../../../scripts/train/name-data.ts';

const doc = readGumDocument(join(import.meta.dirname, '../../fixtures/gum'), 'GUM_news_harbour');

describe('GUM reader', () => {
  it('rebuilds paragraphs and places every mention on its characters', () => {
    expect(doc.genre).toBe('news');
    expect(doc.paragraphs.map((p) => p.text)).toEqual([
      'Harbour Report',
      'Professor Marta Olsberg (who runs the port) met the mayor of Varbo.',
      'Olsberg praised the Lotten Bridge.',
    ]);
    const p = doc.paragraphs[1];
    const spans = p?.mentions.map((m) => `${m.type}:${p.text.slice(m.start, m.end)}`);
    expect(spans).toEqual(
      expect.arrayContaining([
        'person:Professor Marta Olsberg (who runs the port)',
        'person:who',
        'place:the port',
        'place:Varbo',
        'person:the mayor of Varbo',
      ]),
    );
  });

  it('aligns the pipeline’s paragraphs with GUM’s', () => {
    expect(alignParagraphs(doc, ['Olsberg praised the Lotten Bridge.', 'unknown'])).toEqual([2, -1]);
  });

  it('labels a span by the mention it matches', () => {
    const [, second, third] = doc.paragraphs;
    if (!second || !third) throw new Error('fixture');
    const at = (p: typeof second, s: string) => [p.text.indexOf(s), p.text.indexOf(s) + s.length] as const;
    // The pipeline leaves the title out and stops before the clause: still the person.
    expect(spanClass(second, ...at(second, 'Marta Olsberg'))).toBe('person');
    expect(spanClass(second, ...at(second, 'Varbo'))).toBe('place');
    expect(spanClass(third, ...at(third, 'Olsberg'))).toBe('person');
    // A named object is a thing; a capitalized span with no mention is no name.
    expect(spanClass(third, ...at(third, 'Lotten Bridge'))).toBe('thing');
    expect(spanClass(second, ...at(second, 'Professor'))).toBe('none');
  });

  it('deals documents into folds that each hold every genre', () => {
    const names = ['GUM_bio_a', 'GUM_bio_b', 'GUM_news_a', 'GUM_news_b', 'GUM_voyage_a', 'GUM_voyage_b'];
    const f = folds(names, 2);
    expect(f.flat().sort()).toEqual([...names].sort());
    for (const fold of f) expect(new Set(fold.map((n) => n.split('_')[1])).size).toBe(3);
  });
});

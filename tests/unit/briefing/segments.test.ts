import { describe, expect, it } from 'vitest';
import { segmentParagraph } from '../../../lib/briefing/segments.ts';

describe('segmentParagraph', () => {
  const text = '“Stoltenberg is right,” Boris Johnson said.';
  it('covers the paragraph exactly, marking names and the quote', () => {
    const segs = segmentParagraph(
      text,
      [
        { start: 1, end: 12, entityId: 'jens' },
        { start: 24, end: 37, entityId: 'boris' },
      ],
      [{ start: 1, end: 22, id: 'q2' }],
    );
    expect(segs.map((s) => s.text).join('')).toBe(text);
    expect(segs.map((s) => [s.text, s.entityId ?? null, s.quoteId ?? null, s.quoteStart ?? false])).toEqual([
      ['“', null, null, false],
      ['Stoltenberg', 'jens', 'q2', true],
      [' is right,', null, 'q2', false],
      ['” ', null, null, false],
      ['Boris Johnson', 'boris', null, false],
      [' said.', null, null, false],
    ]);
  });

  it('keeps a paragraph without names as one run, and survives offsets past its end', () => {
    expect(segmentParagraph('Riga was quiet.', [], [])).toEqual([{ text: 'Riga was quiet.', start: 0 }]);
    const segs = segmentParagraph('Short.', [{ start: 3, end: 99, entityId: 'x' }], []);
    expect(segs.map((s) => s.text)).toEqual(['Sho', 'rt.']);
  });
});

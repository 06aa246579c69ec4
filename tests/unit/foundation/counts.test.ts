// Counts in the English messages the reader sees ("Imported 1,200 articles", "expected at most 20,000 articles").
import { describe, expect, it } from 'vitest';
import { countOf, groupDigits } from '../../../lib/counts.ts';

describe('counts in messages', () => {
  it('groups digits by thousands as English writes them', () => {
    for (const n of [0, 7, 999, 1000, 20000, 1048576, 123456789, -4200, 1234.5]) {
      expect(groupDigits(n)).toBe(n.toLocaleString('en', { maximumFractionDigits: 20 }));
    }
  });

  it('says one or many, with the irregular plural when given', () => {
    expect(countOf(1, 'article')).toBe('1 article');
    expect(countOf(1200, 'article')).toBe('1,200 articles');
    expect(countOf(0, 'person', 'people')).toBe('0 people');
  });
});

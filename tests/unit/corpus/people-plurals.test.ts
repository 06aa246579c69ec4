// A people's plural names people, even after a locative: never a place.
import { describe, expect, it } from 'vitest';
import { buildPack } from '../../../lib/corpus/pack.ts';

describe('peoples in the plural', () => {
  it('types a compound ending in a nationality, and an ethnicity word, as people', () => {
    const pack = buildPack([
      {
        file: 'a.txt',
        text: 'Vote count\n\nIn Tarnby, Vandorian-Americans voted early on Sunday, and turnout among Vandorian-Americans rose.',
      },
      {
        file: 'b.txt',
        text: 'Harbor vote\n\nThe harbor plan won support from Hispanics in Lotten, officials said on Monday.',
      },
    ]);
    const kind = (name: string) => pack.entities.find((e) => e.name === name)?.kind;
    expect(kind('Vandorian-Americans')).toBe('person');
    expect(kind('Hispanics')).toBe('person');
  });
});

// A state written the newsroom's short way ("Calif.") is the state the corpus names in full.
import { describe, expect, it } from 'vitest';
import { buildPack } from '../../../lib/corpus/pack.ts';

describe('place abbreviations', () => {
  it('joins a dateline state abbreviation to the full name', () => {
    const pack = buildPack([
      { file: 'a.txt', text: 'Harbor plan\n\nThe harbor board of Tarnby, Calif., met on Monday to vote on the plan.' },
      {
        file: 'b.txt',
        text: 'Harbor vote\n\nVoters in California backed the harbor plan on Tuesday. California will pay for it.',
      },
      {
        file: 'c.txt',
        text: 'Dock strike\n\nWorkers in Lotten, Calif., walked out, and the strike spread across California.',
      },
    ]);
    const state = pack.entities.filter((e) => e.aliases.includes('Calif') || e.name === 'Calif');
    expect(state.map((e) => e.name)).toEqual(['California']);
  });
});

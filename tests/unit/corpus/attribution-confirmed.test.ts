// A speaker the ranker is unsure of but the clause before the quote names (issue #11): invented sentences.
import { describe, expect, it } from 'vitest';
import { buildPack } from '../../../lib/corpus/pack.ts';

const speakerOf = (text: string, quote: string) =>
  buildPack([{ file: 'story.txt', text }]).quotes.find((q) => q.text.includes(quote))?.speaker ?? null;

describe('the ranker and the rules agree', () => {
  it('a speaker with a long appositive who said the board must “…”', () => {
    const text =
      'Budget\n\nMarguerite Okonjo-Vale, a senior adviser to the council on transport, said the board must “run very careful passenger counts on every crossing before it commits.”';
    expect(speakerOf(text, 'passenger counts')).toBe('Marguerite Okonjo-Vale');
  });

  it('keeps a speaker the ranker is sure of', () => {
    const text =
      'Ferries\n\nTobias Lindqvist, the harbour master who has run the port for a decade, said the crossings would “pay for themselves within three years.”';
    expect(speakerOf(text, 'pay for themselves')).toBe('Tobias Lindqvist');
  });
});

describe('unnamed speakers', () => {
  it('“…,” two company spokesmen said: a -men plural is a speaking noun as its singular is', () => {
    const text =
      'Ferries\n\nThe company would not comment on the vote. “The night crossings will not pay for themselves,” two company spokesmen said on Wednesday.';
    const quote = buildPack([{ file: 'story.txt', text }]).quotes.find((q) => q.text.includes('night crossings'));
    expect(quote?.speaker).toMatch(/spokesmen/);
  });
});

describe('between the speaker and the verb', () => {
  it('an emphatic reflexive: “Lindqvist himself said …”', () => {
    const text =
      'Vote\n\nTobias Lindqvist himself said the bill was “a gift to the ferry lobby and nothing more than that.”';
    expect(speakerOf(text, 'ferry lobby')).toBe('Tobias Lindqvist');
  });
});

describe('a name before a role noun modifies it', () => {
  it('“…,” said Okonjo-Vale ally Tobias Lindqvist: the ally speaks', () => {
    const text =
      'Vote\n\nMarguerite Okonjo-Vale chairs the board.\n\n“The board has listened to every side of this, and it chose well,” said Okonjo-Vale ally Tobias Lindqvist.';
    expect(speakerOf(text, 'every side')).toBe('Tobias Lindqvist');
  });
});

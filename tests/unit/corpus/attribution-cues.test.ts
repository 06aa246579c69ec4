// Cue constructions from issue #11, on invented sentences: a verb of judging after a comma is no inversion, and
// "X continued:" ending a paragraph introduces the quote that opens the next one.
import { describe, expect, it } from 'vitest';
import { buildPack } from '../../../lib/corpus/pack.ts';
import { speechVerbAt } from '../../../lib/corpus/speech.ts';
import { tokenize } from '../../../lib/corpus/tokens.ts';
import { cues } from './first-sentence-cues.ts';

const speakerOf = (text: string, quote: string) =>
  buildPack([{ file: 'story.txt', text }]).quotes.find((q) => q.text.includes(quote))?.speaker;

describe('a verb of judging after a comma', () => {
  it('“X, hoping to…, called Y a “…”” credits X, not Y', () => {
    const text =
      'Budget fight\n\nGovernor Ruth Adler, hoping to win over the suburbs, called Mayor Tom Becker a “reckless spender” on Monday.';
    expect(speakerOf(text, 'reckless spender')).toBe('Ruth Adler');
  });

  it('“X, a trade group, called the plan “…”” credits X', () => {
    const text =
      'Harbour plan\n\nAnd Coastal Freight Alliance, a shipping lobby, called the harbour plan “a gift to the landlords” in a letter.';
    expect(speakerOf(text, 'gift to the landlords')).toBe('Coastal Freight Alliance');
  });
});

describe('“tell” and an age after a comma', () => {
  it('“…,” X, 58, told the paper: the paper is the listener', () => {
    const text =
      'Tunnel\n\n“We never planned for a flood of this size in the tunnel,” Jorge Almeida, 58, told the Daily Courier on Monday.';
    expect(speakerOf(text, 'never planned')).toBe('Jorge Almeida');
    expect(cues(text.split('\n\n')[1] as string)).toContainEqual(['told', false, 'Almeida']);
  });

  it('“X, 61, said …”: the verb after an age is not inverted', () => {
    expect(cues('Maria Duarte, 61, said the harbour would “never close again” after the storm.')).toContainEqual([
      'said',
      false,
      'Duarte',
    ]);
  });
});

describe('“X continued:” closing a paragraph', () => {
  it('reads “continued” before a colon as a verb of speech', () => {
    const text = 'Helena Marsh continued: the rest';
    const tokens = tokenize(text, [[0, text.length]], []);
    const at = tokens.findIndex((t) => t.lower === 'continued');
    expect(speechVerbAt(tokens, at, 'before-colon')).toBe('continue');
    expect(speechVerbAt(tokens, at, 'before-quote')).toBeUndefined();
  });

  it('credits the quote opening the next paragraph', () => {
    const text = [
      'Bridge tolls',
      'Transport secretary Helena Marsh spoke to the council on Tuesday about the new bridge.',
      'The council members asked about the cost. Marsh continued:',
      '“The bridge will open in May, the tolls will stay as they are, and nobody in this town will pay more for crossing the river than they pay today.”',
    ].join('\n\n');
    expect(speakerOf(text, 'The bridge will open in May')).toBe('Helena Marsh');
  });
});

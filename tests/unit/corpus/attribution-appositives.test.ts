// Named sources set off by appositives, inverted verbs before a described name, and sentences that go on past
// the quote (issue #11), on invented sentences.
import { describe, expect, it } from 'vitest';
import { buildPack } from '../../../lib/corpus/pack.ts';

const BOARD =
  'Harbour vote\n\nTomas Brandt runs the ferry board. Tomas Brandt and Ann Lee met the Ellis Courier on Monday. Brandt praised Lee.\n\n';

const speakerOf = (paragraph: string, quote: string) =>
  buildPack([{ file: 'story.txt', text: `${BOARD}${paragraph}` }]).quotes.find((q) => q.text.includes(quote))?.speaker;

describe('the subject before an appositive', () => {
  it('past a place and its state: “X, a welder from Y, Z, says …”', () => {
    const text =
      'Dana Whitcombe, a 48-year-old welder from Ellisford, New Amsterdam, says the ferry will “run at a loss all winter.”';
    expect(speakerOf(text, 'run at a loss')).toBe('Dana Whitcombe');
  });

  it('not a name behind a preposition inside the appositive: “X, who worked for Sen. Y (R-Ohio), one of …, called …”', () => {
    const text =
      'Dana Whitcombe, a law professor at Riverton who once worked for Sen. Ann Lee (R-Ohio), one of the bill’s authors, called it “a remarkable turn.”';
    expect(speakerOf(text, 'remarkable turn')).toBe('Dana Whitcombe');
  });

  it('an appositive of an appositive: “X, director of the Y Fund, a charity, said she …”', () => {
    const text =
      'Dana Whitcombe, director of the Harbour Fund, a local charity, said she thinks the board is going to be sunk by the vote and "the anger of every ferry rider."';
    expect(speakerOf(text, 'the anger of every')).toBe('Dana Whitcombe');
  });

  it('a pronoun with its own verb after the comma is what was said: “X, chairman of …, said it would …”', () => {
    const text =
      'Mark Dorsey, chairman of the board of Harbour Partners, the fund’s main arm, said it would back the ferry only if "a buyer were able to keep the crossings open all winter and every spring."';
    expect(speakerOf(text, 'a buyer were able')).toBe('Mark Dorsey');
  });

  it('the phrase after the verb begins what was said: “X, 31, a photographer, said the vote was the “…””', () => {
    const text = 'Ramon Ortiz, 31, a Riverton photographer, said the vote was the "perfect moment" to speak up.';
    expect(speakerOf(text, 'perfect moment')).toBe('Ramon Ortiz');
  });

  it('a time after the verb is no inverted subject: “…,” X, a professor at Y, wrote last week', () => {
    const text =
      'Brandt and Lee will meet the board in March. The "question of how one writes a plan (urgent or otherwise) to win over five members of an evenly divided board remains a great one to consider," Dana Whitcombe, a law professor at the University of Riverton at Ellisford, wrote last week.';
    expect(speakerOf(text, 'question of how')).toBe('Dana Whitcombe');
  });

  it('“As X, the No. 2 on the board, put it: “…””', () => {
    const text =
      'As Dana Whitcombe, the No. 2 on the board, put it: "This plan will not pass. There is no reason to pretend otherwise, because it will not happen."';
    expect(speakerOf(text, 'This plan will not pass')).toBe('Dana Whitcombe');
  });

  it('a titled word that is a given name: “Dean X, a salesman …” is not another X', () => {
    const text =
      'Gary Whitcombe, the mayor, spoke first.\n\nDean Whitcombe, a 55-year-old salesman from Ellisford, says the ferry will “leave here with momentum.”';
    expect(speakerOf(text, 'leave here')).not.toBe('Gary Whitcombe');
  });
});

describe('a sentence that goes on past its quote', () => {
  it('“…” that …, X wrote in a court filing', () => {
    const text =
      '"If the board finds more harbour records, it intends to search them for records" that answer the request from the Courier, harbour counsel Dana Whitcombe wrote in a court filing.';
    expect(speakerOf(text, 'If the board finds')).toBe('Dana Whitcombe');
  });

  it('…, said X, a historian at Y, ending the sentence', () => {
    const text =
      'The promise to “keep the ferries running” and “bring the port back” appeals to older voters who wish for a return to an era when a ferry ticket was cheap and the port was busy and crowded, said Dana Whitcombe, a historian at Riverton College.';
    expect(speakerOf(text, 'keep the ferries')).toBe('Dana Whitcombe');
  });

  it('not a notion the closing source rejects: “The idea that the board “…” is false, maintains X”', () => {
    const text =
      'The idea that the board "woke up" in March with the surprise of the storm is flatly false, maintains its chairman, Tomas Brandt.';
    expect(speakerOf(text, 'woke up')).not.toBe('Tomas Brandt');
  });

  it('…, X, historian at Y, is that …: a parenthetical cue cites its source', () => {
    const text =
      'The paradox of Ann Lee, says Dana Whitcombe, historian at the Harbour Museum, is that she was "one of the most powerful mayors in the post-war era," not for her policy influence (think Tomas Brandt and Hillary Lind) but for her "personal influence closely guarding the door."';
    expect(speakerOf(text, 'most powerful mayors')).toBe('Dana Whitcombe');
    expect(speakerOf(text, 'personal influence')).toBe('Dana Whitcombe');
  });

  it('…, the Courier reported in 1991', () => {
    const text =
      'During the inquiry, Brandt acknowledged that the work he did for the fees could be termed "harbour graft," the Ellis Courier reported in 1991.';
    expect(speakerOf(text, 'harbour graft')).toBe('Ellis Courier');
  });
});

describe('inverted verbs and long openers', () => {
  it('“…?” said Riverton-based strategist Al X', () => {
    const text =
      '"When you have less than a fifth of the riders on your side, how much worse could it get?" said Riverton-based harbour strategist Al Cardenas, referring to Brandt.';
    expect(speakerOf(text, 'how much worse')).toBe('Al Cardenas');
  });

  it('a long opening clause before the subject: “When told …, X thought … and said that …, “…””', () => {
    const text =
      'When told the ferry was in the running for an even bigger prize at a regional contest in a potential new season next year, Brandt thought for a moment and said that in the current climate, "I think it is a good thing not to be famous. Just being a plain ferry would have appeal."';
    expect(speakerOf(text, 'a good thing not to be famous')).toBe('Tomas Brandt');
  });
});

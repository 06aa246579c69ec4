// Short phrases quoted inside a sentence whose own clause names the speaker (issue #11): invented sentences.
// The ranker weighs each of these below its threshold; the clause governing the phrase confirms it.
import { describe, expect, it } from 'vitest';
import { buildPack } from '../../../lib/corpus/pack.ts';

const speakerOf = (text: string, quote: string) =>
  buildPack([{ file: 'story.txt', text }]).quotes.find((q) => q.text.includes(quote))?.speaker ?? null;

const RALLY =
  'Ferries\n\nTobias Lindqvist and Dana Whitcombe spoke first at the rally, and Marguerite Okonjo-Vale then';

describe('the subject of the verb that governs the phrase speaks', () => {
  it('“…, and Okonjo-Vale then branded the deal “…”', () => {
    expect(speakerOf(`${RALLY} branded the ferry deal “a swindle.”`, 'swindle')).toBe('Marguerite Okonjo-Vale');
  });

  it('“Whitcombe accused the council of “…”', () => {
    const text =
      'Ferries\n\nDana Whitcombe runs the Ellis Courier. Tobias Lindqvist praised the harbour board for keeping the crossings open, and Whitcombe accused the council of “sleeping at the wheel.”';
    expect(speakerOf(text, 'sleeping at')).toBe('Dana Whitcombe');
  });

  it('a free relative inside another’s clause: “Whitcombe said … – what Lindqvist on Thursday referred to as a “…”', () => {
    const text =
      'Ferries\n\nTobias Lindqvist runs the ferry board. Tobias Lindqvist and Marguerite Okonjo-Vale met the Ellis Courier on Monday. Lindqvist praised Okonjo-Vale.\n\nDana Whitcombe said the board would close the pier only if the storm hit the island directly – what Lindqvist on Thursday referred to as a “washout” of the season for the ferries.';
    expect(speakerOf(text, 'washout')).toBe('Tobias Lindqvist');
  });

  it('past an appositive that holds a quote of its own: “Whitcombe, a deckhand on “The Gull,” …, said her boss was “…”', () => {
    const text =
      'Ferries\n\nTobias Lindqvist runs the ferry board. Tobias Lindqvist and Marguerite Okonjo-Vale met the Ellis Courier on Monday. Lindqvist praised Okonjo-Vale.\n\nDana Whitcombe, a deckhand on Lindqvist\'s old ferry, "The Gull," who went on to pilot it for Lindqvist, said her boss was "always fair and patient and kind."';
    expect(speakerOf(text, 'always fair')).toBe('Dana Whitcombe');
  });

  it('after another speaker’s phrase: “Lindqvist accused Okonjo-Vale of “…” and Whitcombe called it “…”', () => {
    const text =
      'Ferries\n\nWhitcombe later wrote that Lindqvist had been right all along. Tobias Lindqvist accused Marguerite Okonjo-Vale of “sinking the ferries” and Dana Whitcombe called the quarrel “a farce.”';
    expect(speakerOf(text, 'a farce')).toBe('Dana Whitcombe');
  });
});

describe('the outer speaker of a reported clause', () => {
  const BOARD =
    'Ferries\n\nTobias Lindqvist runs the ferry board. Tobias Lindqvist and Marguerite Okonjo-Vale met the Ellis Courier on Monday. Lindqvist praised Okonjo-Vale.\n\n';

  it('“Whitcombe said Okonjo-Vale had told the board that the ferries “…”', () => {
    const text = `${BOARD}At a hearing in March, Dana Whitcombe said Okonjo-Vale had told Lindqvist and the board that the winter ferries “would run on time.”`;
    expect(speakerOf(text, 'run on time')).toBe('Dana Whitcombe');
  });

  it('not when the sentence ends crediting a paper: “…,” the Courier reported', () => {
    const text =
      'Ferries\n\nTobias Lindqvist spoke first at the rally. Dana Whitcombe said the board had assured her that the ferries “would run all winter,” the Ellis Courier reported.';
    expect(speakerOf(text, 'run all winter')).not.toBe('Dana Whitcombe');
  });
});

describe('a verb of faulting someone governs the phrase too', () => {
  it('“Whitcombe attacked Lindqvist for being a “…”', () => {
    const text =
      'Ferries\n\nTobias Lindqvist runs the ferry board. Tobias Lindqvist and Marguerite Okonjo-Vale met the Ellis Courier on Monday. Lindqvist praised Okonjo-Vale.\n\nFirst, Dana Whitcombe attacked former harbour chief Tobias Lindqvist for being a “failed captain.” Then she turned to Okonjo-Vale.';
    expect(speakerOf(text, 'failed captain')).toBe('Dana Whitcombe');
  });
});

describe('a verb that casts someone as something', () => {
  it('“Whitcombe defended her deputy as a “…”, hours after the deputy was charged …”', () => {
    const text =
      'Ferries\n\nTobias Lindqvist runs the ferry board. Tobias Lindqvist and Marguerite Okonjo-Vale met the Ellis Courier on Monday. Lindqvist praised Okonjo-Vale.\n\nHarbour chief Dana Whitcombe defended her deputy as a “very decent sailor” on Tuesday, hours after the deputy was charged with reckless steering near Lindqvist’s pier.';
    expect(speakerOf(text, 'decent sailor')).toBe('Dana Whitcombe');
  });
});

describe('an idiom of attribution', () => {
  it('“Whitcombe also made the point that … would make the harbour “…”', () => {
    const text =
      'Ferries\n\nTobias Lindqvist runs the ferry board. Tobias Lindqvist and Marguerite Okonjo-Vale met the Ellis Courier on Monday. Lindqvist praised Okonjo-Vale.\n\nDana Whitcombe also made the point that Lindqvist’s plan, pushed even further by the board’s vote in the spring, would make the harbour “a toll booth for tourists” all summer.';
    expect(speakerOf(text, 'toll booth')).toBe('Dana Whitcombe');
  });

  it('“As the Courier’s Whitcombe puts it, “…”', () => {
    const text =
      'Ferries\n\nTobias Lindqvist runs the ferry board. Tobias Lindqvist and Marguerite Okonjo-Vale met the Ellis Courier on Monday. Lindqvist praised Okonjo-Vale.\n\nAs the Courier’s Dana Whitcombe puts it, “The board is unmoved, and the islanders are unhappy.”';
    expect(speakerOf(text, 'board is unmoved')).toBe('Dana Whitcombe');
  });
});

describe('the source the sentence cites', () => {
  const BOARD =
    'Ferries\n\nTobias Lindqvist runs the ferry board. Tobias Lindqvist and Marguerite Okonjo-Vale met the Ellis Courier on Monday. Lindqvist praised Okonjo-Vale.\n\n';

  it('“According to the Herald, the protesters wore shirts that read “…”', () => {
    const text = `${BOARD}According to the Riverton Herald, the protesters outside the harbour office were wearing shirts that read “Sink the Ferries.”`;
    expect(speakerOf(text, 'Sink the Ferries')).toBe('Riverton Herald');
  });

  it('“The “…” movement plans to protest, the Herald reports.”', () => {
    const text = `${BOARD}The island “Save the Crossing” movement plans to protest the vote in support of Okonjo-Vale, the Riverton Herald reports.`;
    expect(speakerOf(text, 'Save the Crossing')).toBe('Riverton Herald');
  });
});

describe('a closing clause credits the whole sentence', () => {
  it('“The “…” movement is about …, Whitcombe said.”', () => {
    const text =
      'Ferries\n\nTobias Lindqvist runs the ferry board. Tobias Lindqvist and Marguerite Okonjo-Vale met the Ellis Courier on Monday. Lindqvist praised Okonjo-Vale.\n\nThe “slow boat” movement is about Lindqvist and Okonjo-Vale telling the board what islanders want, Dana Whitcombe said.';
    expect(speakerOf(text, 'slow boat')).toBe('Dana Whitcombe');
  });
});

describe('a possessive names the phrase’s author', () => {
  it('“Okonjo-Vale’s campaign slogan is “…”', () => {
    const text =
      'Ferries\n\nTobias Lindqvist and Dana Whitcombe spoke first at the rally. Marguerite Okonjo-Vale’s campaign slogan is “Ferries for all.” But now she wants voters to know more.';
    expect(speakerOf(text, 'Ferries for all')).toBe('Marguerite Okonjo-Vale');
  });

  it('“Lindqvist’s favourite line in that race was that Whitcombe and the council “…”', () => {
    const text =
      'Ferries\n\nThe vote split the island. Dana Whitcombe ran against Tobias Lindqvist for years. Lindqvist’s favourite line in that race was that Whitcombe and the council “would sell the harbour for a vote.”';
    expect(speakerOf(text, 'sell the harbour')).toBe('Tobias Lindqvist');
  });
});

describe('the phrase stays someone else’s', () => {
  it('a possessive before the phrase: “… then mocked Lindqvist’s “…”', () => {
    expect(speakerOf(`${RALLY} mocked Tobias Lindqvist’s “harbour of dreams.”`, 'harbour of dreams')).not.toBe(
      'Marguerite Okonjo-Vale',
    );
  });

  it('a source set off inside the clause: “The Herald, Lindqvist said, called the deal “…”', () => {
    const text =
      'Ferries\n\nThe dispute over the island ferries came up at a council debate in March with Dana Whitcombe and Tobias Lindqvist of the Ellis Courier.\n\nThe Riverton Herald, Tobias Lindqvist said, called the ferry deal “highly unusual.”';
    expect(speakerOf(text, 'highly unusual')).not.toBe('Riverton Herald');
  });

  it('an outer source reports the clause: “The Courier notes that Okonjo-Vale then called the deal “…”', () => {
    const text =
      'Ferries\n\nTobias Lindqvist and Dana Whitcombe spoke first at the rally. The Ellis Courier notes that Marguerite Okonjo-Vale then called the ferry deal “a swindle.”';
    expect(speakerOf(text, 'swindle')).not.toBe('Marguerite Okonjo-Vale');
  });
});

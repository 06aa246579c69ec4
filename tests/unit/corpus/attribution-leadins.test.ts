// Lead-ins that name the speaker of what follows them (issue #11), on invented sentences: "As X put it, “…”" and
// "the No. 2" inside one sentence.
import { describe, expect, it } from 'vitest';
import { articleView } from '../../../lib/corpus/attribution.ts';
import { leadInSpeaker } from '../../../lib/corpus/attribution-leadin.ts';
import { buildPack, buildPackReport } from '../../../lib/corpus/pack.ts';
import { sentenceRanges } from '../../../lib/corpus/sentences.ts';
import { cues } from './first-sentence-cues.ts';

const speakerOf = (text: string, quote: string) =>
  buildPack([{ file: 'story.txt', text }]).quotes.find((q) => q.text.includes(quote))?.speaker;

describe('“As X put it”', () => {
  it('is a cue whose subject is X, past an appositive, not an inverted “it”', () => {
    expect(
      cues('As Mara Quill, the second-ranking member of the board, put it: “Nobody here will vote for the toll.”'),
    ).toContainEqual(['put', false, 'Quill']);
  });

  it('governs a quote later in the clause after its comma', () => {
    const text = [
      'Harbour tolls',
      'The harbour board met on Tuesday to weigh the new toll for the second time this year.',
      'As the Courier’s Dana Whitlow puts it, the board wants to offer drivers “a toll they cannot afford to refuse.”',
    ].join('\n\n');
    expect(speakerOf(text, 'a toll they cannot afford')).toBe('Dana Whitlow');
  });

  it('is no cue in “put it on the table”', () => {
    expect(cues('Pablo Reyes put it on the table, then left the room without a word.')).toEqual([]);
  });
});

describe('“No.” before a number', () => {
  it('ends no sentence', () => {
    const text = 'As the No. 2 in the party leadership, Lee spoke last.';
    expect(sentenceRanges(text, [])).toEqual([[0, text.length]]);
  });
});

describe('a paragraph closing on “X <verb of speech>:”', () => {
  it('credits each paragraph of a quotation running on after it, past a phrase quoted inside', () => {
    const text = [
      'Bridge tolls',
      'Former transport secretary Dr. Helena Marsh called for the toll to be scrapped before the bridge opens.',
      'Dr. Marsh stated:',
      '"The toll board is not about “fair roads for everyone” any more. It is about a balance sheet that nobody in this valley asked for.',
      '"The latest example is the board charging the river towns for a “maintenance fund,” which pays for nothing on this side of the water.',
      '"I will keep saying it until the board listens: the river towns deserve a bridge they can cross."',
    ].join('\n\n');
    expect(speakerOf(text, 'The latest example is the board')).toBe('Helena Marsh');
    expect(speakerOf(text, 'I will keep saying it')).toBe('Helena Marsh');
  });

  it('credits a phrase quoted inside an item of the list it introduces', () => {
    const text = [
      'Bridge tolls',
      'Several speakers backed the toll at the hearing. "It is the only way to pay for the bridge," said Victor Orland, who chairs the board.',
      'Orland argued that:',
      'l Rather than the ten dollars the towns feared, the toll for most drivers will be two dollars a crossing.',
      'l The situation here is "entirely different" from the tunnel, which cost twice as much and carries half the traffic.',
    ].join('\n\n');
    expect(speakerOf(text, 'entirely different')).toBe('Victor Orland');
  });

  it('reads a reporting verb far from its colon: “As X reported after …:”', () => {
    const text = [
      'Bridge tolls',
      'The board has said little about the money since the vote in March.',
      'As the Courier’s Dana Whitlow reported after the board met behind closed doors on Monday:',
      '"For example, the board has done almost nothing with the money it collected from the first year of tolls, and it has not said why.',
      'The board did not answer questions about the report.',
    ].join('\n\n');
    expect(speakerOf(text, 'For example, the board has done')).toBe('Dana Whitlow');
  });
});

/** The lead-in's speaker for the first quote of the article's last paragraph, by name, or undefined. */
function leadIn(paragraphs: string[]): string | undefined {
  let out: string | undefined;
  buildPackReport([{ file: 'story.txt', text: paragraphs.join('\n\n') }], [], {
    onArticle: ({ paras, drafts }) => {
      const view = articleView(paras, drafts);
      const e = leadInSpeaker(view, paras.length - 1, 0);
      out = e >= 0 ? drafts[e]?.key : undefined;
    },
  });
  return out;
}

describe('what is no lead-in', () => {
  const quote = '"Celebrating the new bridge as a triumph for the whole valley and everyone in it."';
  it('a name inside a noun phrase before a noun that is also a verb', () => {
    expect(leadIn(['Bridge', 'Here is our pick of the most notable Marsh emails in the latest set:', quote])).toBe(
      undefined,
    );
  });

  it('a colon with no verb of speech', () => {
    expect(leadIn(['Bridge', 'Helena Marsh at the opening of the bridge on Tuesday:', quote])).toBe(undefined);
  });

  it('…but a verb of speech before the colon is one', () => {
    expect(leadIn(['Bridge', 'At the opening of the bridge on Tuesday, Helena Marsh wrote:', quote])).toBe(
      'helena marsh',
    );
  });
});

describe('“From X’s Facebook post:”', () => {
  it('reads “post” after a possessive and a name as a noun, not a verb whose subject is the name', () => {
    const text = 'From Lena Ortiz’s Facebook post: “We will rebuild the harbour wall this year.”';
    expect(cues(text).some(([verb]) => verb === 'post')).toBe(true);
    expect(cues(text)).not.toContainEqual(['post', false, 'Facebook']);
  });

  it('credits the owner of the statement the colon introduces', () => {
    const text = [
      'Harbour wall',
      'Mayor Lena Ortiz has said little about the storm since Monday.',
      'From Ortiz’s Facebook post: “We will rebuild the harbour wall this year, and nobody will pay for it but the state.”',
    ].join('\n\n');
    expect(speakerOf(text, 'We will rebuild the harbour wall')).toBe('Lena Ortiz');
  });

  it('credits the owner of “X’s response was:”', () => {
    expect(cues('Lena Ortiz’s response was: “Is the harbour wall still standing?”')).toContainEqual([
      'was',
      false,
      'Ortiz',
    ]);
  });
});

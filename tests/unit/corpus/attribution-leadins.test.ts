// Lead-ins that name the speaker of what follows them (issue #11), on invented sentences: "As X put it, “…”" and
// "the No. 2" inside one sentence.
import { describe, expect, it } from 'vitest';
import { articleView } from '../../../lib/corpus/attribution.ts';
import type { Cue } from '../../../lib/corpus/clauses.ts';
import { buildPack, buildPackReport } from '../../../lib/corpus/pack.ts';
import { sentenceRanges } from '../../../lib/corpus/sentences.ts';

const speakerOf = (text: string, quote: string) =>
  buildPack([{ file: 'story.txt', text }]).quotes.find((q) => q.text.includes(quote))?.speaker;

/** The cues of a one-paragraph article's first sentence, as [verb, inverted, subject head word]. */
function cues(paragraph: string): [string, boolean, string | undefined][] {
  const out: [string, boolean, string | undefined][] = [];
  buildPackReport([{ file: 'story.txt', text: `Headline\n\n${paragraph}` }], [], {
    onArticle: ({ paras, drafts }) => {
      const p = paras.findIndex((x) => x.text === paragraph);
      const para = paras[p];
      if (!para) return;
      const view = articleView(paras, drafts);
      const word = (i: number | undefined) => (i === undefined ? undefined : para.tokens[i]?.text);
      for (const c of view.clauses(p).sentence(0).cues as Cue[])
        out.push([para.tokens[c.at]?.text ?? '', c.inverted, word(c.subject?.token)]);
    },
  });
  return out;
}

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

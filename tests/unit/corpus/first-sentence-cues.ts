// A test helper: how the clause reader reads the first sentence of a one-paragraph article.
import { articleView } from '../../../lib/corpus/attribution.ts';
import type { Cue } from '../../../lib/corpus/clauses.ts';
import { buildPackReport } from '../../../lib/corpus/pack.ts';

/** The cues of a one-paragraph article's first sentence, as [verb, inverted, subject head word]. */
export function cues(paragraph: string): [string, boolean, string | undefined][] {
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

// npm run explain:quote -- <article.txt> <words of the quote>
// Shows how attribution reads one quote: the clauses of its sentence (cues and the heads they credit) and the
// ranker's candidates with their probabilities and features. For studying errors on any article.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { articleView, attributeArticle } from '../../lib/corpus/attribution.ts';
import { buildPackReport } from '../../lib/corpus/pack.ts';
import { candidateProbabilities, SPEAKER_MODEL } from '../../lib/corpus/speaker-model.ts';
import type { Token } from '../../lib/corpus/tokens.ts';

const [file, ...words] = process.argv.slice(2);
if (!file || words.length === 0) {
  console.error('usage: npm run explain:quote -- <article.txt> <words of the quote>');
  process.exit(2);
}
const probe = words.join(' ');
buildPackReport([{ file: basename(file), text: readFileSync(file, 'utf8') }], [], {
  onArticle: ({ paras, drafts }) => {
    const view = articleView(paras, drafts);
    attributeArticle(paras, drafts, {
      observe: (p, qi, cands) => {
        const para = paras[p];
        const q = para?.quotes[qi];
        if (!para || !q || !para.text.slice(q.start, q.end).includes(probe)) return;
        const s = para.tokens.find((t) => t.start > q.open)?.sentence ?? 0;
        const sc = view.clauses(p).sentence(s);
        const span = (a: number, b: number) =>
          para.tokens
            .slice(a, b + 1)
            .map((t: Token) => t.text)
            .join(' ');
        console.log(`¶${p} sentence ${s}: ${span(sc.first, sc.last)}`);
        if (sc.subject)
          console.log(
            `  subject: ${span(sc.subject.first, sc.subject.last)} → head ${para.tokens[sc.subject.token]?.text}`,
          );
        for (const c of sc.cues) {
          const subj = c.subject
            ? `${span(c.subject.first, c.subject.last)} → head ${para.tokens[c.subject.token]?.text}${c.subject.ref ? ` (${c.subject.ref.type})` : ''}`
            : '—';
          console.log(
            `  cue ${c.kind}/${c.group} “${para.tokens[c.at]?.text}”${c.inverted ? ' inverted' : ''}: ${subj}`,
          );
        }
        const probs = candidateProbabilities(SPEAKER_MODEL, cands);
        cands
          .map((c, i) => ({ c, p: probs[i] as number }))
          .sort((a, b) => b.p - a.p)
          .slice(0, 6)
          .forEach(({ c, p: pr }) => {
            const who = c.kind === 'none' ? 'NOBODY' : c.entity >= 0 ? drafts[c.entity]?.key : '(unresolved)';
            const text = c.start >= 0 ? paras[c.para]?.text.slice(c.start, c.end) : '';
            console.log(`  ${pr.toFixed(2)} ${who} “${text}” ${c.features.join(' ')}`);
          });
      },
    });
  },
});

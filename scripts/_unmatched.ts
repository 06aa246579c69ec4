import { readFileSync } from 'node:fs';
import { ingestFolders } from '../lib/corpus/folder.ts';
import { norm } from './eval/score.ts';

const gold = JSON.parse(readFileSync('../shared/eval/polnear/quotes.json', 'utf8'));
const { pack } = await ingestFolders(['../shared/eval/polnear/articles']);
const byFile = new Map(gold.documents.map((d: any) => [d.file, d]));
let n = 0,
  multi = 0,
  attributed = 0;
const ex: string[] = [];
for (const q of pack.quotes) {
  const a = pack.articles.find((x) => x.id === q.articleId)!;
  const d: any = byFile.get(a.file);
  if (d.split !== 'train') continue;
  const pn = norm(q.text);
  const hit = d.quotes.some((g: any) => {
    const gn = norm(g.text);
    return pn.includes(gn) || gn.includes(pn);
  });
  if (hit) continue;
  n++;
  if (pn.split(' ').length >= 2) {
    multi++;
    if (q.speaker) attributed++;
    if (ex.length < 40 && Math.random() < 0.1) ex.push(`${q.speaker ?? '-'} | ${q.text.slice(0, 80)}`);
  }
}
console.log({ n, multi, attributed });
console.log(ex.join('\n'));

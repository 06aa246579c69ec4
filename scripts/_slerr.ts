import { resolve } from 'node:path';
import { SPEAKER_MODEL, candidateProbabilities } from '../lib/corpus/speaker-model.ts';
import { decideExample } from './train/ranker-fit.ts';
import { collect, readPolnear } from './train/speaker-data.ts';
const { gold, sources } = readPolnear(resolve('../shared/eval/polnear'));
const ex = collect(sources, gold, SPEAKER_MODEL).filter((e) => e.split === 'train' && e.gold.sourceKind === 'named');
let i = 0;
const want = process.argv[2] ?? 'SL';
for (const e of ex) {
  const d = decideExample(SPEAKER_MODEL, e);
  if (d.right) continue;
  const right = e.candidates.filter((c) => c.right);
  if (!right.some((c) => c.features.includes(`loc:${want}`) && !c.features.some((f) => f.startsWith('cue:')))) continue;
  if (i++ % 2) continue;
  const probs = candidateProbabilities(SPEAKER_MODEL, e.candidates);
  const r = right[0]!;
  const pr = probs[e.candidates.indexOf(r)]!.toFixed(2);
  const top = e.candidates.map((c, k) => ({ c, p: probs[k]! })).sort((a, b) => b.p - a.p)[0]!;
  console.log(`${d.speaker === -1 ? 'U' : 'W'} gold ${e.gold.speaker} p=${pr} top=${top.c.kind}${top.c.entity}:${top.p.toFixed(2)} | ${e.context?.replace(/\s+/g, ' ').slice(-300)}`);
  console.log(`    ${r.features.filter((f) => !f.startsWith('loc:SL:') ).join(' ')}`);
}

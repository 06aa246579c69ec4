import { resolve } from 'node:path';
import { SPEAKER_MODEL } from '../lib/corpus/speaker-model.ts';
import { collect, readPolnear } from './train/speaker-data.ts';
const { gold, sources } = readPolnear(resolve('../shared/eval/polnear'));
const ex = collect(sources, gold, SPEAKER_MODEL).filter((e) => e.split === 'train' && e.gold.sourceKind === 'named' && !e.candidates.some((c) => c.right));
let i = 0;
for (const e of ex) { if (i++ % 4 !== 0) continue; console.log(`${e.file.slice(0, 40)} | gold ${e.gold.speaker} (“${e.gold.source}”) | ${e.context?.replace(/\s+/g, ' ').slice(-330)}`); }
console.log(ex.length);

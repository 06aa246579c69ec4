// npm run train:speakers [-- --rounds 3 --wrong-cost 3 --dry-run]
// Trains the speaker ranker (lib/corpus/speaker-model.ts) on PolNeAR's train split and writes its weights to
// lib/corpus/speaker-weights.json. Each round reads the corpus with the previous round's model deciding, so
// the "previous speaker" features see the model's own earlier answers, as they will in use. The threshold is
// the one that maximizes correct − wrong-cost × wrong on the train split; the dev split is only reported.
// scripts/train/speaker-ranker-eval.ts evaluates the shipped weights.
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { SPEAKER_MODEL, type SpeakerModel } from '../../lib/corpus/speaker-model.ts';
import {
  DEFAULT_FIT,
  decideExample,
  type Figures,
  type FitOptions,
  figures,
  fitWeights,
  line,
  pct,
} from './ranker-fit.ts';
import { collect, type Example, readPolnear } from './speaker-data.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const OUT = join(ROOT, 'lib/corpus/speaker-weights.json');

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

/** The threshold maximizing correct − cost × wrong on these examples. */
function chooseThreshold(examples: readonly Example[], weights: Record<string, number>, cost: number): number {
  let best = 0.5;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (let t = 0.2; t <= 0.951; t += 0.025) {
    const f = figures(examples, { threshold: t, weights }, decideExample);
    const score = f.correct - cost * f.wrong;
    if (score > bestScore) {
      bestScore = score;
      best = Math.round(t * 1000) / 1000;
    }
  }
  return best;
}

/** Figures of k-fold cross-validation over train articles: a fair comparison of settings without the dev split. */
function crossValidate(train: readonly Example[], fit: FitOptions, cost: number, k = 4): Figures {
  const fold = (file: string) => {
    let h = 0;
    for (let i = 0; i < file.length; i++) h = (h * 31 + file.charCodeAt(i)) >>> 0;
    return h % k;
  };
  const total: Figures = { named: 0, correct: 0, wrong: 0, unattributed: 0, other: 0, otherAttributed: 0 };
  for (let i = 0; i < k; i++) {
    const inFold = train.filter((e) => fold(e.file) !== i);
    const held = train.filter((e) => fold(e.file) === i);
    const weights = fitWeights(inFold, fit);
    const model = { threshold: chooseThreshold(inFold, weights, cost), weights };
    const f = figures(held, model, decideExample);
    for (const key of Object.keys(total) as (keyof Figures)[]) total[key] += f[key];
  }
  return total;
}

async function main() {
  const rounds = arg('--rounds', 3);
  const cost = arg('--wrong-cost', 3);
  const dir = resolve(ROOT, process.env.BG_EVAL ?? '../shared/eval', 'polnear');
  const { gold, sources } = readPolnear(dir);
  let model: SpeakerModel = SPEAKER_MODEL;
  const l2s = process.argv.includes('--cv') ? [0.0005, 0.002, 0.005, 0.02] : [];
  if (l2s.length > 0) {
    const train = collect(sources, gold, model).filter((e) => e.split === 'train');
    for (const l2 of l2s) {
      for (const iterations of [400, 800]) {
        const f = crossValidate(train, { ...DEFAULT_FIT, l2, iterations }, cost);
        console.log(`cv l2 ${l2} iterations ${iterations}: ${line('train', f)}`);
      }
    }
    return;
  }
  for (let round = 1; round <= rounds; round++) {
    const t = performance.now();
    const examples = collect(sources, gold, model);
    const train = examples.filter((e) => e.split === 'train');
    const dev = examples.filter((e) => e.split === 'dev');
    console.log(
      `round ${round}: ${train.length} train and ${dev.length} dev quotes read in ${((performance.now() - t) / 1000).toFixed(1)} s`,
    );
    console.log(`  before: ${line('train', figures(train, model, decideExample))}`);
    const weights = fitWeights(train, DEFAULT_FIT);
    const threshold = chooseThreshold(train, weights, cost);
    model = { threshold, weights };
    console.log(
      `  after:  ${line('train', figures(train, model, decideExample))}  (threshold ${threshold}, ${Object.keys(weights).length} weights)`,
    );
    console.log(`          ${line('dev', figures(dev, model, decideExample))}`);
  }
  const examples = collect(sources, gold, model);
  const train = examples.filter((e) => e.split === 'train');
  const dev = examples.filter((e) => e.split === 'dev');
  console.log('final, read with the final model:');
  console.log(`  ${line('train', figures(train, model, decideExample))}`);
  console.log(`  ${line('dev', figures(dev, model, decideExample))}`);
  for (const t of [0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9]) {
    const f = figures(train, { ...model, threshold: t }, decideExample);
    console.log(`  threshold ${t}: train correct ${pct(f.correct, f.named)}, wrong ${pct(f.wrong, f.named)}`);
  }
  if (process.argv.includes('--dry-run')) return;
  const sorted = Object.fromEntries(Object.entries(model.weights).sort(([a], [b]) => (a < b ? -1 : 1)));
  writeFileSync(OUT, `${JSON.stringify({ threshold: model.threshold, weights: sorted })}\n`);
  console.log(`wrote ${OUT} (${Object.keys(sorted).length} weights)`);
}

await main();

// npm run train:speakers [-- --rounds 3 --wrong-cost 4 --l2 0.0003 --dry-run --trust --keep-unlabelled --cv --mlp]
// Trains the speaker ranker (lib/corpus/speaker-model.ts) on PolNeAR's train split and writes its weights to
// lib/corpus/speaker-weights.json. Each round reads the corpus with the previous round's model deciding, so
// the "previous speaker" features see the model's own earlier answers, as they will in use. The threshold is
// chosen on held-out train predictions (4 folds): the most correct answers with at most 2% wrong. The dev split
// is only reported.
// scripts/train/speaker-ranker-eval.ts evaluates the shipped weights.
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { candidateProbabilities, SPEAKER_MODEL, type SpeakerModel } from '../../lib/corpus/speaker-model.ts';
import {
  DEFAULT_FIT,
  DEFAULT_MLP,
  decideExample,
  type Figures,
  type FitOptions,
  figures,
  fitLogistic,
  fitMlp,
  fitWeights,
  line,
  logisticScore,
  pct,
  type TrustExample,
  trustExample,
} from './ranker-fit.ts';
import { collect, type Example, readPolnear } from './speaker-data.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const OUT = join(ROOT, 'lib/corpus/speaker-weights.json');

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

const useMlp = () => process.argv.includes('--mlp');

/**
 * Pronoun and description quotes whose annotated source is no candidate are left out of fitting (unless
 * --keep-unlabelled): their "nobody" label says only that the candidates missed the source, not that nobody
 * said them, and it taught the ranker to doubt every quote of their shapes.
 */
function learnable(examples: readonly Example[]): readonly Example[] {
  if (process.argv.includes('--keep-unlabelled')) return examples;
  return examples.filter(
    (e) =>
      e.gold.sourceKind === 'named' ||
      e.gold.sourceKind === 'none' ||
      e.candidates.some((c) => c.positive && c.kind !== 'none'),
  );
}

/** A model fitted on these examples: linear, or with a hidden layer when --mlp is given. */
function fitModel(all: readonly Example[], fit: FitOptions, cost: number): SpeakerModel {
  const examples = learnable(all);
  if (useMlp()) {
    const hiddenUnits = arg('--hidden', DEFAULT_MLP.hidden);
    const mlp = fitMlp(examples, { ...DEFAULT_MLP, l2: fit.l2, hidden: hiddenUnits });
    const base = {
      threshold: 0.5,
      weights: mlp.linear,
      hidden: { inputs: mlp.inputs, bias: mlp.bias, output: mlp.output },
    };
    return { ...base, threshold: chooseThreshold(examples, base, cost) };
  }
  const weights = fitWeights(examples, fit);
  return { threshold: chooseThreshold(examples, { threshold: 0.5, weights }, cost), weights };
}

/** The threshold maximizing correct − cost × wrong on these examples. */
function chooseThreshold(examples: readonly Example[], model: SpeakerModel, cost: number): number {
  let best = 0.5;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (let t = 0.2; t <= 0.951; t += 0.025) {
    const f = figures(examples, { ...model, threshold: t }, decideExample);
    const score = f.correct - cost * f.wrong;
    if (score > bestScore) {
      bestScore = score;
      best = Math.round(t * 1000) / 1000;
    }
  }
  return best;
}

const foldOf = (file: string, k: number) => {
  let h = 0;
  for (let i = 0; i < file.length; i++) h = (h * 31 + file.charCodeAt(i)) >>> 0;
  return h % k;
};

interface Fold {
  model: SpeakerModel;
  held: Example[];
}

/** k models, each fitted without one fold of the train articles, and that fold. */
function foldModels(train: readonly Example[], fit: FitOptions, cost: number, k = 4): Fold[] {
  return Array.from({ length: k }, (_, i) => ({
    model: fitModel(
      train.filter((e) => foldOf(e.file, k) !== i),
      fit,
      cost,
    ),
    held: train.filter((e) => foldOf(e.file, k) === i),
  }));
}

/**
 * The threshold chosen on held-out predictions: each train article is decided by a model fitted without it
 * (k folds), so the threshold meets the model's real confidence on unseen text rather than its confidence on
 * the text it learned from, which is higher.
 */
function heldOutThreshold(folds: readonly Fold[], cost: number): number {
  // The most correct answers whose wrong rate stays within the bar (2% of named sources); failing that, the
  // best trade of correct against cost × wrong.
  let best = 0.5;
  let bestScore = Number.NEGATIVE_INFINITY;
  let within = -1;
  let withinCorrect = -1;
  for (let t = 0.2; t <= 0.951; t += 0.01) {
    let score = 0;
    const sum = { named: 0, correct: 0, wrong: 0 };
    for (const { model, held } of folds) {
      const f = figures(held, { ...model, threshold: t }, decideExample);
      score += f.correct - cost * f.wrong;
      sum.named += f.named;
      sum.correct += f.correct;
      sum.wrong += f.wrong;
    }
    const rounded = Math.round(t * 1000) / 1000;
    if (score > bestScore) {
      bestScore = score;
      best = rounded;
    }
    if (sum.wrong <= MAX_WRONG * sum.named && sum.correct > withinCorrect) {
      withinCorrect = sum.correct;
      within = rounded;
    }
    if (Math.round(t * 100) % 5 === 0) {
      console.log(
        `    held-out at ${rounded.toFixed(2)}: ${pct(sum.correct, sum.named)} correct, ${pct(sum.wrong, sum.named)} wrong`,
      );
    }
  }
  return within >= 0 ? within : best;
}

/**
 * The trust stage (speaker-model.ts "confidence"), fitted on held-out decisions: every train quote decided by
 * the fold model that did not learn from its article, so it learns how far the ranker is to be trusted on text
 * it has not seen. Its threshold is chosen the same way, on trust predicted by a trust model fitted without
 * the quote's fold: the most correct answers with at most 2% wrong.
 */
function fitTrust(folds: readonly Fold[], k = 4): { threshold: number; weights: Record<string, number> } {
  const data: TrustExample[] = [];
  let named = 0;
  for (const { model, held } of folds) {
    for (const e of held) {
      if (e.gold.sourceKind === 'named') named++;
      const t = trustExample(e, candidateProbabilities(model, e.candidates));
      if (t) data.push(t);
    }
  }
  const fold = (file: string) => foldOf(`${file}#trust`, k);
  const scored: { p: number; t: TrustExample }[] = [];
  for (let i = 0; i < k; i++) {
    const w = fitLogistic(data.filter((d) => fold(d.file) !== i));
    for (const t of data.filter((d) => fold(d.file) === i)) scored.push({ p: logisticScore(w, t.features), t });
  }
  let threshold = 0.5;
  let bestCorrect = -1;
  for (let th = 0.3; th <= 0.981; th += 0.01) {
    let correct = 0;
    let wrong = 0;
    let other = 0;
    for (const { p, t } of scored) {
      if (p < th) continue;
      if (!t.named) other++;
      else if (t.right) correct++;
      else wrong++;
    }
    if (wrong <= MAX_WRONG * named && correct > bestCorrect) {
      bestCorrect = correct;
      threshold = Math.round(th * 1000) / 1000;
    }
    if (Math.round(th * 100) % 5 === 0) {
      console.log(
        `    trust held-out at ${th.toFixed(2)}: ${pct(correct, named)} correct, ${pct(wrong, named)} wrong, ${other} pronoun/nominal answered`,
      );
    }
  }
  console.log(`  trust threshold ${threshold}: ${pct(bestCorrect, named)} correct on held-out train`);
  return { threshold, weights: fitLogistic(data) };
}

const MAX_WRONG = 0.02;

/** Figures of k-fold cross-validation over train articles: a fair comparison of settings without the dev split. */
function crossValidate(train: readonly Example[], fit: FitOptions, cost: number, k = 4): Figures {
  const fold = (file: string) => foldOf(file, k);
  const total: Figures = { named: 0, correct: 0, wrong: 0, unattributed: 0, other: 0, otherAttributed: 0 };
  for (let i = 0; i < k; i++) {
    const inFold = train.filter((e) => fold(e.file) !== i);
    const held = train.filter((e) => fold(e.file) === i);
    const model = fitModel(inFold, fit, cost);
    const f = figures(held, model, decideExample);
    for (const key of Object.keys(total) as (keyof Figures)[]) total[key] += f[key];
  }
  return total;
}

async function main() {
  const rounds = arg('--rounds', 3);
  const cost = arg('--wrong-cost', 4);
  const fit: FitOptions = { ...DEFAULT_FIT, l2: arg('--l2', DEFAULT_FIT.l2) };
  const dir = resolve(ROOT, process.env.BG_EVAL ?? '../shared/eval', 'polnear');
  const { gold, sources } = readPolnear(dir);
  let model: SpeakerModel = SPEAKER_MODEL;
  if (process.argv.includes('--cv')) {
    // Compares settings by 4-fold cross-validation on train: --cv [--mlp --hidden N] [--l2 x].
    const train = collect(sources, gold, model).filter((e) => e.split === 'train');
    const f = crossValidate(train, fit, cost);
    console.log(
      `cv ${useMlp() ? `mlp ${arg('--hidden', DEFAULT_MLP.hidden)}` : 'linear'} l2 ${fit.l2}: ${line('train', f)}; score ${((100 * (f.correct - cost * f.wrong)) / f.named).toFixed(1)}`,
    );
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
    model = fitModel(train, fit, cost);
    console.log(
      `  after:  ${line('train', figures(train, model, decideExample))}  (threshold ${model.threshold}, ${Object.keys(model.weights).length} weights)`,
    );
    console.log(`          ${line('dev', figures(dev, model, decideExample))}`);
  }
  const examples = collect(sources, gold, model);
  const train = examples.filter((e) => e.split === 'train');
  const dev = examples.filter((e) => e.split === 'dev');
  const folds = foldModels(train, fit, cost);
  const threshold = heldOutThreshold(folds, cost);
  console.log(`threshold from held-out train predictions: ${threshold} (in-sample choice ${model.threshold})`);
  model = { ...model, threshold };
  if (process.argv.includes('--trust')) model = { ...model, confidence: fitTrust(folds) };
  console.log('final, read with the final model:');
  console.log(`  ${line('train', figures(train, model, decideExample))}`);
  console.log(`  ${line('dev', figures(dev, model, decideExample))}`);
  for (const t of [0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9]) {
    const f = figures(train, { ...model, threshold: t }, decideExample);
    console.log(`  threshold ${t}: train correct ${pct(f.correct, f.named)}, wrong ${pct(f.wrong, f.named)}`);
  }
  if (process.argv.includes('--dry-run')) return;
  const sorted = Object.fromEntries(Object.entries(model.weights).sort(([a], [b]) => (a < b ? -1 : 1)));
  writeFileSync(
    OUT,
    `${JSON.stringify({
      threshold: model.threshold,
      weights: sorted,
      ...(model.hidden ? { hidden: model.hidden } : {}),
      ...(model.confidence ? { confidence: model.confidence } : {}),
    })}\n`,
  );
  console.log(`wrote ${OUT} (${Object.keys(sorted).length} weights)`);
}

await main();

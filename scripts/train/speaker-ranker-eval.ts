// npm run eval:speakers [-- --errors 20 --split train --ablate rule,prev]
// Evaluates the shipped speaker-ranker weights on PolNeAR (train and dev reported apart): how often the right
// speaker is among the candidates at all (the ceiling), what the ranker decides, the threshold's trade-off,
// and, with --errors, wrong and unattributed quotes with their best candidates and features (train split only
// unless --split says otherwise). --ablate retrains without the named feature families to measure them.
import { resolve } from 'node:path';
import { candidateProbabilities, SPEAKER_MODEL, type SpeakerModel } from '../../lib/corpus/speaker-model.ts';
import { DEFAULT_FIT, decideExample, figures, fitWeights, line, pct } from './ranker-fit.ts';
import { collect, type Example, readPolnear } from './speaker-data.ts';

const ROOT = resolve(import.meta.dirname, '../..');

function opt(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function ceiling(examples: readonly Example[]): string {
  const named = examples.filter((e) => e.gold.sourceKind === 'named');
  const reachable = named.filter((e) => e.candidates.some((c) => c.right)).length;
  return `right speaker among the candidates for ${pct(reachable, named.length)} of ${named.length} named quotes`;
}

/** Errors grouped by where the right candidate stands and whether a cue credits it: what to fix next. */
function breakdown(examples: readonly Example[], model: SpeakerModel) {
  const groups = new Map<string, number>();
  let total = 0;
  for (const e of examples) {
    if (e.gold.sourceKind !== 'named') continue;
    const d = decideExample(model, e);
    if (d.right) continue;
    total++;
    const right = e.candidates.filter((c) => c.right);
    const where = (c: (typeof e.candidates)[number]) => {
      const loc = c.features.find((f) => f.startsWith('loc:'))?.split(':')[1] ?? c.kind;
      const cue = c.features.some((f) => f.startsWith('cue:'))
        ? '+cue'
        : c.features.some((f) => f.startsWith('cue-other'))
          ? '+cue-elsewhere'
          : '';
      return `${loc.replace(/^para(\d)q?(:last)?$/u, 'para$1')}${cue}`;
    };
    const label =
      right.length === 0
        ? 'right speaker not among candidates'
        : `${d.speaker === -1 ? 'unattributed' : 'wrong'}: right one at ${[...new Set(right.map(where))].join('/')}`;
    groups.set(label, (groups.get(label) ?? 0) + 1);
  }
  console.log(`  errors on named quotes (${total}), by where the right candidate stands:`);
  for (const [label, n] of [...groups.entries()].sort((a, b) => b[1] - a[1]).slice(0, 25)) {
    console.log(`    ${String(n).padStart(4)}  ${label}`);
  }
}

function showErrors(examples: readonly Example[], model: SpeakerModel, n: number, names: (e: number) => string) {
  const bad = examples.filter((e) => {
    if (e.gold.sourceKind !== 'named') return false;
    const d = decideExample(model, e);
    return !d.right;
  });
  // A fixed stride through the errors, so repeated runs show the same ones.
  const stride = Math.max(1, Math.floor(bad.length / n));
  for (let i = 0; i < bad.length && i / stride < n; i += stride) {
    const e = bad[i] as Example;
    const probs = candidateProbabilities(model, e.candidates);
    const d = decideExample(model, e);
    console.log(
      `\n${d.speaker === -1 ? 'UNATTRIBUTED' : 'WRONG'} ${e.file}  gold ${e.gold.speaker} (source “${e.gold.source}”)`,
    );
    console.log(`  “${e.gold.text.slice(0, 140)}”`);
    if (e.context) console.log(`  ${e.context}`);
    const order = e.candidates.map((c, k) => ({ c, p: probs[k] as number })).sort((a, b) => b.p - a.p);
    for (const { c, p } of order.slice(0, 4)) {
      const who = c.kind === 'none' ? 'NOBODY' : c.entity >= 0 ? names(c.entity) : '(unresolved)';
      const mark = c.right ? '✓' : c.positive ? '+' : ' ';
      console.log(`   ${mark} ${p.toFixed(2)} ${who} [${c.kind} p${c.para}] ${c.features.join(' ')}`);
    }
    const right = e.candidates.find((c) => c.right);
    if (right && !order.slice(0, 4).some((o) => o.c === right)) {
      console.log(
        `   ✓ ${(probs[e.candidates.indexOf(right)] as number).toFixed(2)} ${names(right.entity)} ${right.features.join(' ')}`,
      );
    }
  }
}

async function main() {
  const dir = resolve(ROOT, process.env.BG_EVAL ?? '../shared/eval', 'polnear');
  const { gold, sources } = readPolnear(dir);
  const names = new Map<number, string>();
  const examples = collect(sources, gold, SPEAKER_MODEL, (drafts) => {
    drafts.forEach((d, i) => {
      names.set(i, d.key);
    });
  });
  const train = examples.filter((e) => e.split === 'train');
  const dev = examples.filter((e) => e.split === 'dev');
  console.log(
    `shipped model (threshold ${SPEAKER_MODEL.threshold}, ${Object.keys(SPEAKER_MODEL.weights).length} weights)`,
  );
  console.log(`  ${line('train', figures(train, SPEAKER_MODEL, decideExample))}`);
  console.log(`  ${line('dev', figures(dev, SPEAKER_MODEL, decideExample))}`);
  console.log(`  train: ${ceiling(train)}; dev: ${ceiling(dev)}`);
  for (const t of [0.3, 0.4, 0.5, 0.6, 0.7, 0.8]) {
    const a = figures(train, { ...SPEAKER_MODEL, threshold: t }, decideExample);
    const b = figures(dev, { ...SPEAKER_MODEL, threshold: t }, decideExample);
    console.log(
      `  threshold ${t}: train correct ${pct(a.correct, a.named)} wrong ${pct(a.wrong, a.named)}; dev correct ${pct(b.correct, b.named)} wrong ${pct(b.wrong, b.named)}`,
    );
  }
  breakdown(train, SPEAKER_MODEL);
  const ablate = opt('--ablate');
  if (ablate) {
    for (const family of ablate.split(',')) {
      const strip = (e: Example): Example => ({
        ...e,
        candidates: e.candidates.map((c) => ({ ...c, features: c.features.filter((f) => !f.startsWith(family)) })),
      });
      const weights = fitWeights(train.map(strip), DEFAULT_FIT);
      const m = { threshold: SPEAKER_MODEL.threshold, weights };
      console.log(`  without ${family}*: ${line('train', figures(train, m, decideExample))}`);
      console.log(`  without ${family}*: ${line('dev', figures(dev, m, decideExample))}`);
    }
  }
  const n = Number(opt('--errors') ?? 0);
  if (n > 0) {
    const split = opt('--split') ?? 'train';
    showErrors(split === 'dev' ? dev : train, SPEAKER_MODEL, n, (e) => names.get(e) ?? `#${e}`);
  }
}

await main();

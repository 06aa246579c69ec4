// Fitting the name-kind model: multinomial logistic regression over binary features, L2-regularized, by
// full-batch gradient descent with Adam. Features too rare to generalize (seen in fewer than `minDocs`
// documents) are left out, which also keeps the weights file small and free of any one text's words.
import { NAME_CLASSES, type NameClass, type NameKindModel } from '../../lib/corpus/name-kind.ts';
import type { NameExample } from './name-data.ts';

export interface NameFitOptions {
  l2: number;
  epochs: number;
  rate: number;
  minDocs: number;
  threshold: number;
  dropThreshold: number;
  strong: number;
  /** Weight of each class in the loss (a missed person costs what a junk entity does, unless told otherwise). */
  classWeight?: Partial<Record<NameClass, number>>;
}

export const DEFAULT_NAME_FIT: NameFitOptions = {
  l2: 10,
  epochs: 300,
  rate: 0.05,
  minDocs: 3,
  threshold: 0.4,
  dropThreshold: 0.7,
  strong: 0,
};

/** Features seen in at least `minDocs` documents. */
export function keptFeatures(examples: readonly NameExample[], minDocs: number): Set<string> {
  const docs = new Map<string, Set<string>>();
  for (const e of examples) {
    for (const f of e.features) {
      let set = docs.get(f);
      if (!set) {
        set = new Set();
        docs.set(f, set);
      }
      for (const d of e.docs) set.add(d);
    }
  }
  const out = new Set<string>();
  for (const [f, set] of docs) if (set.size >= minDocs || f === 'bias') out.add(f);
  return out;
}

export function fitNameModel(examples: readonly NameExample[], opts: NameFitOptions = DEFAULT_NAME_FIT): NameKindModel {
  const kept = keptFeatures(examples, opts.minDocs);
  const names = [...kept].sort();
  const index = new Map(names.map((f, i) => [f, i]));
  const K = NAME_CLASSES.length;
  const rows = examples.map((e) => [...new Set(e.features.map((f) => index.get(f)).filter((i) => i !== undefined))]);
  const labels = examples.map((e) => NAME_CLASSES.indexOf(e.label));
  const cw = examples.map((e) => opts.classWeight?.[e.label] ?? 1);
  const totalWeight = cw.reduce((a, b) => a + b, 0);
  const W = new Float64Array(names.length * K);
  const m = new Float64Array(W.length);
  const v = new Float64Array(W.length);
  const grad = new Float64Array(W.length);
  const p = new Float64Array(K);
  const b1 = 0.9;
  const b2 = 0.999;
  for (let epoch = 1; epoch <= opts.epochs; epoch++) {
    grad.fill(0);
    rows.forEach((row, n) => {
      let max = Number.NEGATIVE_INFINITY;
      for (let c = 0; c < K; c++) {
        let s = 0;
        for (const f of row) s += W[f * K + c] as number;
        p[c] = s;
        if (s > max) max = s;
      }
      let sum = 0;
      for (let c = 0; c < K; c++) {
        p[c] = Math.exp((p[c] as number) - max);
        sum += p[c] as number;
      }
      const y = labels[n] as number;
      const w = (cw[n] as number) / totalWeight;
      for (let c = 0; c < K; c++) {
        const g = w * ((p[c] as number) / sum - (c === y ? 1 : 0));
        for (const f of row) grad[f * K + c] = (grad[f * K + c] as number) + g;
      }
    });
    for (let i = 0; i < W.length; i++) {
      const isBias = Math.floor(i / K) === index.get('bias');
      const g = (grad[i] as number) + (isBias ? 0 : (opts.l2 * (W[i] as number)) / examples.length);
      m[i] = b1 * (m[i] as number) + (1 - b1) * g;
      v[i] = b2 * (v[i] as number) + (1 - b2) * g * g;
      const mh = (m[i] as number) / (1 - b1 ** epoch);
      const vh = (v[i] as number) / (1 - b2 ** epoch);
      W[i] = (W[i] as number) - (opts.rate * mh) / (Math.sqrt(vh) + 1e-8);
    }
  }
  const weights: Record<string, number[]> = {};
  names.forEach((f, i) => {
    const row = Array.from(W.subarray(i * K, (i + 1) * K), (x) => Math.round(x * 100) / 100);
    if (row.some((x) => x !== 0)) weights[f] = row;
  });
  return {
    classes: NAME_CLASSES,
    weights,
    threshold: opts.threshold,
    dropThreshold: opts.dropThreshold,
    strong: opts.strong,
  };
}

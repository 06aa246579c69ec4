// Fitting the speaker ranker: a softmax over each quote's candidates whose loss is the probability mass on the
// right ones (any mention of the right entity counts), with L2 regularization, minimized by full-batch Adam.
// Small enough to need no library: a few thousand features and examples, seconds on one core.
import { bestAnswer, decideSpeaker, decisionFeatures, type SpeakerModel } from '../../lib/corpus/speaker-model.ts';
import type { Example } from './speaker-data.ts';

export interface FitOptions {
  l2: number;
  iterations: number;
  learningRate: number;
  /** Features seen fewer times than this in training are dropped. */
  minCount: number;
}

export const DEFAULT_FIT: FitOptions = { l2: 0.0003, iterations: 600, learningRate: 0.05, minCount: 3 };

interface Encoded {
  cands: Int32Array[];
  positive: boolean[];
}

export function fitWeights(examples: readonly Example[], options: FitOptions = DEFAULT_FIT): Record<string, number> {
  const counts = new Map<string, number>();
  for (const ex of examples)
    for (const c of ex.candidates) for (const f of c.features) counts.set(f, (counts.get(f) ?? 0) + 1);
  const vocab = new Map<string, number>();
  for (const [f, n] of [...counts.entries()].sort()) if (n >= options.minCount) vocab.set(f, vocab.size);
  const data: Encoded[] = examples.map((ex) => ({
    cands: ex.candidates.map((c) => Int32Array.from(c.features.map((f) => vocab.get(f) ?? -1).filter((i) => i >= 0))),
    positive: ex.candidates.map((c) => c.positive),
  }));
  const V = vocab.size;
  const w = new Float64Array(V);
  const m = new Float64Array(V);
  const v = new Float64Array(V);
  const grad = new Float64Array(V);
  const b1 = 0.9;
  const b2 = 0.999;
  const n = Math.max(1, data.length);
  for (let it = 1; it <= options.iterations; it++) {
    grad.fill(0);
    let loss = 0;
    for (const ex of data) {
      const scores = ex.cands.map((idx) => {
        let s = 0;
        for (const i of idx) s += w[i] as number;
        return s;
      });
      const max = Math.max(...scores);
      const exp = scores.map((s) => Math.exp(s - max));
      const z = exp.reduce((a, b) => a + b, 0);
      const p = exp.map((e) => e / z);
      let pos = 0;
      p.forEach((pi, k) => {
        if (ex.positive[k]) pos += pi;
      });
      loss -= Math.log(Math.max(pos, 1e-12));
      ex.cands.forEach((idx, k) => {
        const pk = p[k] as number;
        const g = (pk - (ex.positive[k] ? pk / Math.max(pos, 1e-12) : 0)) / n;
        if (g === 0) return;
        for (const i of idx) grad[i] = (grad[i] as number) + g;
      });
    }
    for (let i = 0; i < V; i++) {
      const wi = w[i] as number;
      const g = (grad[i] as number) + options.l2 * wi;
      loss += (options.l2 / 2) * wi * wi * n;
      const mi = b1 * (m[i] as number) + (1 - b1) * g;
      const vi = b2 * (v[i] as number) + (1 - b2) * g * g;
      m[i] = mi;
      v[i] = vi;
      const mh = mi / (1 - b1 ** it);
      const vh = vi / (1 - b2 ** it);
      w[i] = wi - (options.learningRate * mh) / (Math.sqrt(vh) + 1e-8);
    }
    if (it === 1 || it % 100 === 0) process.stderr.write(`    iteration ${it}: loss ${(loss / n).toFixed(4)}\n`);
  }
  const out: Record<string, number> = {};
  for (const [f, i] of vocab) {
    const x = Math.round((w[i] as number) * 1000) / 1000;
    if (Math.abs(x) >= 0.005) out[f] = x;
  }
  return out;
}

export interface Figures {
  named: number;
  correct: number;
  wrong: number;
  unattributed: number;
  other: number;
  otherAttributed: number;
}

/** Named quotes right, wrong and unattributed, and pronoun/nominal quotes attributed, as the ranker decides. */
export function figures(
  examples: readonly Example[],
  model: SpeakerModel,
  decide: (m: SpeakerModel, ex: Example) => { speaker: number; right: boolean },
): Figures {
  const f: Figures = { named: 0, correct: 0, wrong: 0, unattributed: 0, other: 0, otherAttributed: 0 };
  for (const ex of examples) {
    const d = decide(model, ex);
    if (ex.gold.sourceKind === 'named') {
      f.named++;
      if (d.speaker === -1) f.unattributed++;
      else if (d.right) f.correct++;
      else f.wrong++;
    } else {
      f.other++;
      if (d.speaker !== -1) f.otherAttributed++;
    }
  }
  return f;
}

export const pct = (a: number, b: number) => `${((100 * a) / Math.max(b, 1)).toFixed(1)}%`;

export function line(label: string, f: Figures): string {
  return (
    `${label.padEnd(6)} named ${f.named}: correct ${pct(f.correct, f.named)}, wrong ${pct(f.wrong, f.named)}, ` +
    `unattributed ${pct(f.unattributed, f.named)}; pronoun/nominal ${f.other}: attributed ${pct(f.otherAttributed, f.other)}`
  );
}

/** The ranker's decision on an example, and whether it is right (the entity has the gold name). */
export function decideExample(model: SpeakerModel, ex: Example): { speaker: number; right: boolean } {
  const d = decideSpeaker(model, ex.candidates);
  const right = d.speaker >= 0 && ex.candidates.some((c) => c.entity === d.speaker && c.right === true);
  // A described speaker ("a campaign official") is an answer, though no entity: -2.
  return { speaker: d.description ? -2 : d.speaker, right };
}

export interface MlpOptions extends FitOptions {
  hidden: number;
  seed: number;
}

export const DEFAULT_MLP: MlpOptions = { ...DEFAULT_FIT, hidden: 8, seed: 1, iterations: 300, learningRate: 0.03 };

/** A candidate's score: a linear part plus a small hidden layer over the same binary features. */
export interface Mlp {
  linear: Record<string, number>;
  /** Hidden units: input weights by feature, and bias; output weights. */
  inputs: Record<string, number[]>;
  bias: number[];
  output: number[];
}

/** Fits the linear-plus-hidden-layer scorer with the same softmax loss as fitWeights. */
export function fitMlp(examples: readonly Example[], options: MlpOptions = DEFAULT_MLP): Mlp {
  const counts = new Map<string, number>();
  for (const ex of examples)
    for (const c of ex.candidates) for (const f of c.features) counts.set(f, (counts.get(f) ?? 0) + 1);
  const vocab = new Map<string, number>();
  for (const [f, n] of [...counts.entries()].sort()) if (n >= options.minCount) vocab.set(f, vocab.size);
  const data = examples.map((ex) => ({
    cands: ex.candidates.map((c) => Int32Array.from(c.features.map((f) => vocab.get(f) ?? -1).filter((i) => i >= 0))),
    positive: ex.candidates.map((c) => c.positive),
  }));
  const V = vocab.size;
  const H = options.hidden;
  // Parameters in one array for Adam: linear (V), W1 (V*H), b1 (H), w2 (H).
  const P = V + V * H + H + H;
  const theta = new Float64Array(P);
  let s = options.seed;
  const rand = () => {
    s = (s * 1103515245 + 12345) >>> 0;
    return s / 2 ** 32 - 0.5;
  };
  for (let i = V; i < V + V * H; i++) theta[i] = rand() * 0.2;
  for (let i = V + V * H + H; i < P; i++) theta[i] = rand() * 0.2;
  const W1 = V;
  const B1 = V + V * H;
  const W2 = B1 + H;
  const m = new Float64Array(P);
  const v = new Float64Array(P);
  const grad = new Float64Array(P);
  const n = Math.max(1, data.length);
  const hid = new Float64Array(H);
  for (let it = 1; it <= options.iterations; it++) {
    grad.fill(0);
    let loss = 0;
    for (const ex of data) {
      const acts: Float64Array[] = [];
      const scores = ex.cands.map((idx) => {
        const a = new Float64Array(H);
        for (let h = 0; h < H; h++) a[h] = theta[B1 + h] as number;
        let lin = 0;
        for (const i of idx) {
          lin += theta[i] as number;
          const row = W1 + i * H;
          for (let h = 0; h < H; h++) a[h] = (a[h] as number) + (theta[row + h] as number);
        }
        let out = lin;
        for (let h = 0; h < H; h++) {
          const r = Math.max(0, a[h] as number);
          a[h] = r;
          out += r * (theta[W2 + h] as number);
        }
        acts.push(a);
        return out;
      });
      const max = Math.max(...scores);
      const exp = scores.map((x) => Math.exp(x - max));
      const z = exp.reduce((a, b) => a + b, 0);
      const p = exp.map((e) => e / z);
      let pos = 0;
      p.forEach((pi, k) => {
        if (ex.positive[k]) pos += pi;
      });
      loss -= Math.log(Math.max(pos, 1e-12));
      ex.cands.forEach((idx, k) => {
        const pk = p[k] as number;
        const g = (pk - (ex.positive[k] ? pk / Math.max(pos, 1e-12) : 0)) / n;
        if (g === 0) return;
        const a = acts[k] as Float64Array;
        for (let h = 0; h < H; h++) {
          hid[h] = 0;
          if ((a[h] as number) > 0) {
            grad[W2 + h] = (grad[W2 + h] as number) + g * (a[h] as number);
            hid[h] = g * (theta[W2 + h] as number);
            grad[B1 + h] = (grad[B1 + h] as number) + (hid[h] as number);
          }
        }
        for (const i of idx) {
          grad[i] = (grad[i] as number) + g;
          const row = W1 + i * H;
          for (let h = 0; h < H; h++) if (hid[h] !== 0) grad[row + h] = (grad[row + h] as number) + (hid[h] as number);
        }
      });
    }
    const lr = options.learningRate;
    for (let i = 0; i < P; i++) {
      const wi = theta[i] as number;
      const g = (grad[i] as number) + options.l2 * wi;
      const mi = 0.9 * (m[i] as number) + 0.1 * g;
      const vi = 0.999 * (v[i] as number) + 0.001 * g * g;
      m[i] = mi;
      v[i] = vi;
      theta[i] = wi - (lr * (mi / (1 - 0.9 ** it))) / (Math.sqrt(vi / (1 - 0.999 ** it)) + 1e-8);
    }
    if (it === 1 || it % 100 === 0) process.stderr.write(`    mlp iteration ${it}: loss ${(loss / n).toFixed(4)}\n`);
  }
  const round = (x: number) => Math.round(x * 1000) / 1000;
  const linear: Record<string, number> = {};
  const inputs: Record<string, number[]> = {};
  for (const [f, i] of vocab) {
    const x = round(theta[i] as number);
    if (Math.abs(x) >= 0.005) linear[f] = x;
    const row = Array.from({ length: H }, (_, h) => round(theta[W1 + i * H + h] as number));
    if (row.some((x2) => Math.abs(x2) >= 0.005)) inputs[f] = row;
  }
  return {
    linear,
    inputs,
    bias: Array.from({ length: H }, (_, h) => round(theta[B1 + h] as number)),
    output: Array.from({ length: H }, (_, h) => round(theta[W2 + h] as number)),
  };
}

/** One decision for the trust stage: what it sees, and whether the answer was right. */
export interface TrustExample {
  file: string;
  named: boolean;
  features: string[];
  right: boolean;
}

/** The trust stage's view of an example decided with these candidate probabilities (none when nobody is the answer). */
export function trustExample(ex: Example, probs: readonly number[]): TrustExample | undefined {
  const a = bestAnswer(ex.candidates, probs);
  if (a.speaker < 0 && !a.description) return undefined;
  const mine = ex.candidates.filter((c) =>
    a.description ? c.entity < 0 && c.description === a.description : c.entity === a.speaker,
  );
  const named = ex.gold.sourceKind === 'named';
  const right = named ? !a.description && mine.some((c) => c.right === true) : mine.some((c) => c.positive);
  return { file: ex.file, named, features: decisionFeatures(ex.candidates, probs, a), right };
}

/** Logistic regression over binary features with L2, full-batch Adam; "bias" is the intercept. */
export function fitLogistic(
  data: readonly { features: readonly string[]; right: boolean }[],
  l2 = 0.01,
  iterations = 400,
): Record<string, number> {
  const vocab = new Map<string, number>([['bias', 0]]);
  const counts = new Map<string, number>();
  for (const d of data) for (const f of d.features) counts.set(f, (counts.get(f) ?? 0) + 1);
  for (const [f, n] of [...counts.entries()].sort()) if (n >= 5) vocab.set(f, vocab.size);
  const rows = data.map((d) => Int32Array.from([0, ...d.features.map((f) => vocab.get(f) ?? -1).filter((i) => i > 0)]));
  const V = vocab.size;
  const w = new Float64Array(V);
  const m = new Float64Array(V);
  const v = new Float64Array(V);
  const grad = new Float64Array(V);
  const n = Math.max(1, data.length);
  for (let it = 1; it <= iterations; it++) {
    grad.fill(0);
    rows.forEach((row, k) => {
      let s = 0;
      for (const i of row) s += w[i] as number;
      const g = (1 / (1 + Math.exp(-s)) - ((data[k] as { right: boolean }).right ? 1 : 0)) / n;
      for (const i of row) grad[i] = (grad[i] as number) + g;
    });
    for (let i = 0; i < V; i++) {
      const wi = w[i] as number;
      const g = (grad[i] as number) + (i === 0 ? 0 : l2 * wi);
      m[i] = 0.9 * (m[i] as number) + 0.1 * g;
      v[i] = 0.999 * (v[i] as number) + 0.001 * g * g;
      w[i] =
        wi - (0.05 * ((m[i] as number) / (1 - 0.9 ** it))) / (Math.sqrt((v[i] as number) / (1 - 0.999 ** it)) + 1e-8);
    }
  }
  const out: Record<string, number> = {};
  for (const [f, i] of vocab) {
    const x = Math.round((w[i] as number) * 1000) / 1000;
    if (Math.abs(x) >= 0.005) out[f] = x;
  }
  return out;
}

export function logisticScore(weights: Record<string, number>, features: readonly string[]): number {
  let s = weights.bias ?? 0;
  for (const f of features) s += weights[f] ?? 0;
  return 1 / (1 + Math.exp(-s));
}

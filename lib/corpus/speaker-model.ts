// The speaker ranker: a log-linear model over the candidates of speaker-features.ts. Each candidate scores the
// sum of its features' weights; a softmax turns scores into probabilities, which add up per entity (a name and
// a "he" for the same person are one answer). The most probable entity speaks when its probability reaches the
// model's threshold; below it the quote stays unattributed, since a wrong speaker is worse than none.
// Weights come from scripts/train/speaker-ranker.ts (trained on PolNeAR's train split) and ship as JSON.

import type { SpeakerCandidate } from './speaker-features.ts';
import weights from './speaker-weights.json' with { type: 'json' };

export interface SpeakerModel {
  /** Minimum probability for an answer. */
  threshold: number;
  weights: Record<string, number>;
  /** An optional hidden layer (ReLU units) over the same features, for their interactions. */
  hidden?: { inputs: Record<string, number[]>; bias: number[]; output: number[] };
  /**
   * A second stage that says whether to trust the best answer: a logistic model over how the ranker's
   * probability is spread (the best answer's, the runner-up's, nobody's) and what kind of answer it is. It
   * replaces the bare threshold, since the same probability means more for "“…,” Lee said" than for a short
   * phrase quoted inside a sentence. Answers whose trust reaches its threshold are given.
   */
  confidence?: { threshold: number; weights: Record<string, number> };
}

export const SPEAKER_MODEL: SpeakerModel = weights as SpeakerModel;

/** Each candidate's probability. */
export function candidateProbabilities(model: SpeakerModel, cands: readonly SpeakerCandidate[]): number[] {
  const w = model.weights;
  const hidden = model.hidden;
  const units = hidden ? new Float64Array(hidden.bias.length) : undefined;
  const scores = cands.map((c) => {
    let s = 0;
    for (const f of c.features) s += w[f] ?? 0;
    if (hidden && units) {
      units.set(hidden.bias);
      for (const f of c.features) {
        const row = hidden.inputs[f];
        if (row) for (let h = 0; h < row.length; h++) units[h] = (units[h] as number) + (row[h] as number);
      }
      for (let h = 0; h < units.length; h++) s += Math.max(0, units[h] as number) * (hidden.output[h] as number);
    }
    return s;
  });
  const max = Math.max(...scores);
  const exp = scores.map((s) => Math.exp(s - max));
  const sum = exp.reduce((a, b) => a + b, 0);
  return exp.map((e) => e / sum);
}

export interface Decision {
  speaker: number;
  /** Probability of the chosen entity (or of the best one, when it fell short). */
  confidence: number;
  /** A nameless speaker's description from the text, when that is the answer ("a campaign official"). */
  description?: string;
}

export function decideSpeaker(model: SpeakerModel, cands: readonly SpeakerCandidate[]): Decision {
  return decideFromProbabilities(model, cands, candidateProbabilities(model, cands));
}

export interface Answer {
  /** Probability mass per entity, and per description of a nameless speaker. */
  mass: Map<number, number>;
  described: Map<string, number>;
  speaker: number;
  description?: string;
  best: number;
}

/** The most probable answer, before any threshold: an entity, or a nameless speaker's description. */
export function bestAnswer(cands: readonly SpeakerCandidate[], probs: readonly number[]): Answer {
  const mass = new Map<number, number>();
  const described = new Map<string, number>();
  cands.forEach((c, i) => {
    if (c.entity >= 0) mass.set(c.entity, (mass.get(c.entity) ?? 0) + (probs[i] as number));
    else if (c.description) described.set(c.description, (described.get(c.description) ?? 0) + (probs[i] as number));
  });
  let speaker = -1;
  let best = 0;
  for (const [entity, p] of mass) {
    if (p > best) {
      best = p;
      speaker = entity;
    }
  }
  let description: string | undefined;
  for (const [text, p] of described) {
    if (p > best) {
      best = p;
      speaker = -1;
      description = text;
    }
  }
  return { mass, described, speaker, best, ...(description ? { description } : {}) };
}

/** How far to trust an answer: the trust stage's probability, or the ranker's own without one. */
export function trustOf(model: SpeakerModel, cands: readonly SpeakerCandidate[], probs: readonly number[], a: Answer) {
  if (!model.confidence) return { trust: a.best, threshold: model.threshold };
  const trust = sigmoid(score(model.confidence.weights, decisionFeatures(cands, probs, a)));
  return { trust, threshold: model.confidence.threshold };
}

/** The decision, given each candidate's probability (the trainer passes held-out ones). */
export function decideFromProbabilities(
  model: SpeakerModel,
  cands: readonly SpeakerCandidate[],
  probs: readonly number[],
): Decision {
  const a = bestAnswer(cands, probs);
  const { trust, threshold } = trustOf(model, cands, probs, a);
  if (trust < threshold || (a.speaker < 0 && !a.description)) return { speaker: -1, confidence: trust };
  return a.description
    ? { speaker: -1, confidence: trust, description: a.description }
    : { speaker: a.speaker, confidence: trust };
}

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

function score(weights: Record<string, number>, features: readonly string[]): number {
  let s = weights.bias ?? 0;
  for (const f of features) s += weights[f] ?? 0;
  return s;
}

const STEPS = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95];

/**
 * What the trust stage sees of one decision: the best answer's probability, its lead over the runner-up and
 * nobody's share, as steps ("p>=0.6"), the quote's shape (from nobody's features), and the best answer's
 * strongest mention: its type, where it stands, whether a cue credits it and whether the rules agree.
 */
export function decisionFeatures(
  cands: readonly SpeakerCandidate[],
  probs: readonly number[],
  { mass, described, speaker, description }: Answer,
): string[] {
  const answers = [...mass.values(), ...described.values()].sort((a, b) => b - a);
  const best = answers[0] ?? 0;
  const second = answers[1] ?? 0;
  let none = 0;
  let shape = '';
  let top: SpeakerCandidate | undefined;
  let topP = -1;
  cands.forEach((c, i) => {
    const p = probs[i] as number;
    if (c.kind === 'none') {
      none = p;
      shape = c.features.find((f) => /^none:[a-z-]+:(?:no)?cue$/u.test(f))?.slice(5) ?? '';
      return;
    }
    const mine = description ? c.description === description && c.entity < 0 : c.entity === speaker;
    if (mine && p > topP) {
      topP = p;
      top = c;
    }
  });
  const f: string[] = [];
  for (const t of STEPS) {
    if (best >= t) f.push(`p>=${t}`, `p>=${t}:${shape}`);
    if (best - second >= t) f.push(`lead>=${t}`);
    if (none >= t) f.push(`none>=${t}`);
  }
  f.push(`shape:${shape}`);
  if (!top) return f;
  f.push(`kind:${top.kind}`);
  for (const x of top.features) {
    if (x.startsWith('type:')) f.push(`top-${x}`, `top-${x}:${shape}`);
    else if (/^loc:[^:]+$/u.test(x)) f.push(`top-${x}`, `top-${x}:${shape}`);
    else if (/^cue:[a-z-]+:(?:nearest|intervening)$/u.test(x)) f.push(`top-${x}`);
    else if (x.startsWith('rule:') && x.split(':').length === 2) f.push('top-rule');
    else if (x.startsWith('virtual:') && x.split(':').length === 2) f.push(`top-${x}`);
    else if (x === 'described' || x === 'unresolved' || x === 'possessive' || x.startsWith('pp:')) f.push(`top-${x}`);
  }
  return f;
}

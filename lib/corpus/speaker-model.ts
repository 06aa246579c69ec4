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
  const probs = candidateProbabilities(model, cands);
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
  if (best < model.threshold) return { speaker: -1, confidence: best };
  return description ? { speaker: -1, confidence: best, description } : { speaker, confidence: best };
}

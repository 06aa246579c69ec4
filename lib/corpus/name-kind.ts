// The name-kind model: a multinomial log-linear model over the features of name-features.ts that says what a
// capitalized name is: a person, an organization, a place, another named thing (a work, an event, a product:
// a 'term'), or no name at all (a capitalized word, a wrong boundary). It reads the rules' own verdict among its
// features, so it learns where they are right and where a name seen once with no clue still has a likely kind.
// Weights come from scripts/train/name-kind.ts (trained on GUM's train documents, evaluated there by leaving
// documents out) and ship as JSON.
import weights from './name-kind-weights.json' with { type: 'json' };

export const NAME_CLASSES = ['person', 'organization', 'place', 'thing', 'none'] as const;
export type NameClass = (typeof NAME_CLASSES)[number];

export interface NameKindModel {
  classes: readonly NameClass[];
  /** Per feature, one weight per class. */
  weights: Record<string, number[]>;
  /** Minimum probability of a person, organization or place for the model to make one of a name. */
  threshold: number;
  /** Minimum probability of a named thing or of no name for the model to make a term of a name or drop it. */
  dropThreshold: number;
  /** The rules' score from which their kind stands whatever the model says (lexicon, head word). */
  strong: number;
}

export const NAME_KIND_MODEL: NameKindModel = weights as NameKindModel;

/** Class probabilities for one name's features. */
export function nameClassProbabilities(model: NameKindModel, features: readonly string[]): number[] {
  const k = model.classes.length;
  const scores = new Array<number>(k).fill(0);
  for (const f of features) {
    const w = model.weights[f];
    if (!w) continue;
    for (let c = 0; c < k; c++) scores[c] = (scores[c] as number) + (w[c] as number);
  }
  let max = Number.NEGATIVE_INFINITY;
  for (const s of scores) if (s > max) max = s;
  let sum = 0;
  for (let c = 0; c < k; c++) {
    const e = Math.exp((scores[c] as number) - max);
    scores[c] = e;
    sum += e;
  }
  return scores.map((e) => e / sum);
}

/** The most probable class, with its probability. */
export function decideNameClass(model: NameKindModel, features: readonly string[]): { cls: NameClass; p: number } {
  const probs = nameClassProbabilities(model, features);
  let best = 0;
  for (let c = 1; c < probs.length; c++) if ((probs[c] as number) > (probs[best] as number)) best = c;
  return { cls: model.classes[best] as NameClass, p: probs[best] as number };
}

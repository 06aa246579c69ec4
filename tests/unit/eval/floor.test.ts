// Regression floor: the pipeline on a fixed sample of the public gold in ../shared/eval (every 15th PolNeAR
// article, every 5th GUM document; see scripts/eval/sample.ts), scored with the reference definitions. A change
// that breaks attribution or entities fails here. Floors sit a little under what the code measures; `npm run
// eval` gives the full figures and the error analysis. Not timed: the sample takes about a second.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evalDir, gumSample, missingEval, polnearSample } from '../../../scripts/eval/sample.ts';
import { scoreEntities, scoreQuotes } from '../../../scripts/eval/score.ts';

const dir = evalDir(join(import.meta.dirname, '../../..'));

// Without the gold every test fails with the reason: a floor that silently skips guards nothing.
function once<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => {
    const missing = missingEval(dir);
    if (missing) throw new Error(missing);
    value ??= make();
    return value;
  };
}
const quotes = once(() => {
  const { pack, gold } = polnearSample(dir);
  return scoreQuotes(pack, gold);
});
const entities = once(() => {
  const { pack, gold } = gumSample(dir);
  return scoreEntities(pack, gold);
});

/** Floors: measured on the sample, minus a margin for harmless drift. */
const FLOOR = {
  quotesFound: 0.99,
  // Measured on the sample (2026-12-04): 96.3% correct (290 of 301), 1.0% wrong (3), 89.8% of pronoun/nominal
  // sources attributed. The margins allow about ten quotes of drift, not a lost construction.
  namedCorrect: 0.93,
  namedWrongAtMost: 0.02,
  otherAttributed: 0.86,
  // Measured: 75.9% with the right kind (267 of 352), 11 of 13 pairs merged.
  entitiesWithKind: 0.72,
  merged: 0.75,
};

// Building the sample's packs takes a second or two, longer on a loaded machine: a generous timeout, no timing.
describe('regression floor on the public gold', { timeout: 120_000 }, () => {
  describe('PolNeAR sample: who said each quote', () => {
    const wrong = () =>
      quotes()
        .records.filter((r) => r.verdict === 'wrong')
        .map((r) => `${r.file}: “${r.gold.text.slice(0, 60)}” gold ${r.gold.speaker}, got ${r.got}`)
        .join('\n');

    // The first test of each sample ingests it (a few seconds on a busy 2-core machine): not a timed test.
    it('finds the quotes and makes none up', () => {
      const s = quotes();
      expect(s.recall).toBeGreaterThanOrEqual(FLOOR.quotesFound);
      expect(s.fabricated).toEqual([]);
    }, 60_000);

    it('names the right speaker of quotes with a named source', () => {
      expect(quotes().attribution).toBeGreaterThanOrEqual(FLOOR.namedCorrect);
    });

    it('rarely names a wrong speaker', () => {
      expect(quotes().wrong_rate, wrong()).toBeLessThanOrEqual(FLOOR.namedWrongAtMost);
    });

    it('attributes quotes whose source is a pronoun or a description', () => {
      expect(quotes().other_attributed).toBeGreaterThanOrEqual(FLOOR.otherAttributed);
    });
  });

  describe('GUM sample: which names are entities', () => {
    it('finds named people, organizations and places with their kind', () => {
      expect(entities().kind_recall).toBeGreaterThanOrEqual(FLOOR.entitiesWithKind);
    }, 60_000);

    it('merges full names with their bare surname', () => {
      expect(entities().merge).toBeGreaterThanOrEqual(FLOOR.merged);
    });
  });
});

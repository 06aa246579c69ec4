// The user matcher beside the bundled one, as the content script runs them: the longer name wins where both find
// one (the bundled one on a tie), the user matcher's numbers become the merged corpus's, and matching a long run a
// window at a time finds exactly what matching it whole finds.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../../lib/matching/compile.ts';
import { createMatcher } from '../../../lib/matching/matcher.ts';
import { RunMatch } from '../../../lib/page/run-match.ts';
import { combineMatchers } from '../../../lib/page/user-overlay.ts';
import { NEWS, packOf } from '../matching/packs.ts';

const bundled = createMatcher(compileMatcher(NEWS).page);
const USER = packOf(
  ['user-person:ines-varga', 'person', 'Ines Varga', 'Varga'],
  ['user-organization:stoltenberg-trust', 'organization', 'Stoltenberg Trust'],
  ['person:jens-stoltenberg', 'person', 'Jens Stoltenberg Jr'],
  ['user-person:ada-varga', 'person', 'Ada Varga', 'Varga'],
);
const userPage = compileMatcher(USER).page;
// The merged corpus's numbers: new entities after the bundled ones, a bundled entity keeps its own.
const numbers = [NEWS.entities.length, NEWS.entities.length + 1, 0, NEWS.entities.length + 2];
const sharedBase = bundled.shared(0) === undefined ? 0 : countShared();
const both = combineMatchers(bundled, { stamp: 's', page: userPage, numbers, sharedBase });

function countShared(): number {
  let n = 0;
  while (bundled.shared(n)) n++;
  return n;
}

const named = (text: string) => both.find(text).map((s) => [text.slice(s.start, s.end), s.entity]);

describe('the combined matcher', () => {
  it('finds bundled and added names in one pass, each with its merged number', () => {
    expect(named('Ines Varga met Jens Stoltenberg in Ukraine.')).toEqual([
      ['Ines Varga', NEWS.entities.length],
      ['Jens Stoltenberg', 0],
      ['Ukraine', 2],
    ]);
    expect(both.kindOf(NEWS.entities.length + 1)).toBe('organization');
  });

  it('lets the longer name win, whichever matcher has it', () => {
    expect(named('The Stoltenberg Trust paid. Jens Stoltenberg Jr spoke.')).toEqual([
      ['Stoltenberg Trust', NEWS.entities.length + 1],
      ['Jens Stoltenberg Jr', 0],
    ]);
  });

  it('numbers an added shared form after the bundled ones, its candidates the merged entities', () => {
    const [span] = both.find('Varga said.');
    expect(span?.shared).toBeGreaterThanOrEqual(sharedBase);
    const list = both.shared(span?.shared ?? -1);
    expect([...(list?.entities ?? [])].sort()).toEqual([NEWS.entities.length, NEWS.entities.length + 2]);
  });

  it('finds what matching the whole run finds, for any windows', () => {
    const pieces = ['Ines Varga', 'Varga', 'Jens Stoltenberg', 'Jens Stoltenberg Jr', 'Stoltenberg Trust', 'NATO'];
    const filler = [' ', '  ', ', ', '.', 'x', 'the', '\n'];
    const whole = (text: string) => both.find(text).flatMap((s) => [s.start, s.end, s.shared ?? s.entity]);
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...pieces, ...filler), { maxLength: 40 }).map((p) => p.join('')),
        fc.integer({ min: 1, max: 48 }),
        fc.integer({ min: 1, max: 64 }),
        (text, window, reach) => {
          const run = new RunMatch(both, window, reach);
          const out: number[] = [];
          run.reset([text], text.length);
          for (let guard = 0; !run.done; guard++) {
            if (guard > 100_000) throw new Error('no progress');
            run.next(out);
          }
          const expected = whole(text);
          const got: number[] = [];
          for (let i = 0; i < out.length; i += 3) {
            const code = out[i + 2] as number;
            got.push(out[i] as number, out[i + 1] as number, code < 0 ? -1 - code : code);
          }
          expect(got).toEqual(expected);
        },
      ),
      { numRuns: 500 },
    );
  });
});

// Matching a long run a window at a time finds exactly what matching it whole finds: names across a window's
// edge, across node boundaries, with long whitespace inside, possessives and word boundaries at the edge.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../../lib/matching/compile.ts';
import { isDictionaryWord } from '../../../lib/matching/dictionary.ts';
import { createMatcher } from '../../../lib/matching/matcher.ts';
import { RunMatch } from '../../../lib/page/run-match.ts';
import { entity, NEWS } from '../matching/packs.ts';

// With a surname that is an ordinary word ("Long"), whose matching reads the words before and after it.
const compiled = compileMatcher(
  {
    ...NEWS,
    entities: [
      ...NEWS.entities,
      entity(['person:ada-long', 'person', 'Ada Long', 'Long']),
      // Found from the capital after the particles, and read from where they stand: across a window's edge too.
      entity(['person:ana-de-la-brena', 'person', 'Ana de la Brena', 'de la Brena']),
    ],
  },
  { isWord: isDictionaryWord },
);
const matcher = createMatcher(compiled.page);

/** Every window of a run, as the scan goes through them: start, end, entity triples. */
function windowed(nodes: string[], window: number, reach?: number): number[] {
  const run = new RunMatch(matcher, window, reach);
  const out: number[] = [];
  run.reset(nodes, nodes.join('').length);
  let windows = 0;
  while (!run.done) {
    run.next(out);
    windows++;
    if (windows > 100_000) throw new Error('no progress');
  }
  return out;
}

function whole(text: string): number[] {
  return matcher.find(text).flatMap((s) => [s.start, s.end, s.entity]);
}

/** Cuts `text` into nodes at the given offsets. */
function nodesOf(text: string, cuts: number[]): string[] {
  const at = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
  const out: string[] = [];
  let last = 0;
  for (const c of at) {
    out.push(text.slice(last, c));
    last = c;
  }
  out.push(text.slice(last));
  return out;
}

const PIECES = [
  'Jens Stoltenberg',
  'Jens\n        Stoltenberg',
  'Stoltenberg',
  'NATO',
  "NATO's",
  'NATO’S',
  'NATOs',
  'New York Times',
  'The New York Times',
  'New York',
  'Timesquare',
  'U.S.',
  'US',
  'Côte d’Ivoire',
  "Côte d'Ivoire",
  'Center for Eastern Studies',
  'G7',
  'Ukraine',
  'UKRAINE',
  'de la Brena',
  'de',
  'de la',
  ' la ',
  'xde',
  ' ',
  ' ',
  '  ',
  '.',
  ', ',
  "'",
  '’s',
  's',
  'x',
  'é',
  '𝐀',
  'the',
  'met',
  'Long',
  ' said Long',
  'Senator Long',
  'Sen. ',
  '. Long',
  ' '.repeat(40),
];

describe('RunMatch', () => {
  it('matches a short run in one window, as a whole', () => {
    const nodes = ['NATO chief Jens ', 'Stoltenberg', ' visited Ukraine.'];
    expect(windowed(nodes, 1024)).toEqual(whole(nodes.join('')));
  });

  it('finds a name that starts in one window and ends in the next', () => {
    const text = `${'x '.repeat(10)}Jens Stoltenberg and NATO`;
    for (let window = 1; window < text.length; window++) {
      expect(windowed([text], window)).toEqual(whole(text));
    }
  });

  it('sees a name whole even when its whitespace is longer than the text past the window', () => {
    const text = `Ukraine, Jens${' '.repeat(500)}Stoltenberg and Jens Stoltenberg`;
    expect(windowed([text], 12, 20)).toEqual(whole(text));
    expect(whole(text)).toHaveLength(9);
  });

  it('gets through long stretches of whitespace, including one inside a name', () => {
    const text = `NATO${' '.repeat(100_000)}Jens${'\n'.repeat(40_000)}Stoltenberg, Ukraine${' '.repeat(50_000)}`;
    expect(windowed([text.slice(0, 70_000), text.slice(70_000)], 16 * 1024)).toEqual(whole(text));
    expect(whole(text)).toHaveLength(9);
  });

  it('finds what matching the whole run finds, for any windows and nodes', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((p) => p.join('')),
        fc.array(fc.nat(), { maxLength: 8 }),
        fc.integer({ min: 1, max: 64 }),
        fc.integer({ min: 1, max: 80 }),
        (text, cuts, window, reach) => {
          expect(windowed(nodesOf(text, cuts), window, reach)).toEqual(whole(text));
        },
      ),
      { numRuns: 800 },
    );
  });
});

describe('RunMatch, a short run of several nodes', () => {
  const short = (nodes: string[]) => windowed(nodes, 1 << 20);

  it('finds names split by markup and names at a boundary, node by node', () => {
    const nodes = ['Visiting ', 'Jens', ' ', 'Stoltenberg', '’s office, NATO', ' said ', 'Ukraine', 's x', 'NATO'];
    expect(short(nodes)).toEqual(whole(nodes.join('')));
    expect(short(nodes).length).toBeGreaterThan(0);
  });

  it('does not start a name inside a word split across nodes', () => {
    const nodes = ['xx', 'NATO is', ' here', 'x', 'Ukraine'];
    expect(short(nodes)).toEqual(whole(nodes.join('')));
  });

  it('finds what matching the whole run finds, for any nodes', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((p) => p.join('')),
        fc.array(fc.nat(), { maxLength: 24 }),
        fc.integer({ min: 1, max: 80 }),
        (text, cuts, reach) => {
          expect(windowed(nodesOf(text, cuts), 1 << 20, reach)).toEqual(whole(text));
        },
      ),
      { numRuns: 1500 },
    );
  });
});

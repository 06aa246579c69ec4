// @vitest-environment jsdom
// The screen against the walk on random markup: whenever the walk would highlight something, the screen hands
// the page to the walk. Runs end at blocks, line breaks, skipped and hidden elements, and go on across inline
// ones; textContent runs them all together, which is where a name can appear or vanish ("NATO" + "Officials").
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../../lib/matching/compile.ts';
import { isDictionaryWord } from '../../../lib/matching/dictionary.ts';
import { createMatcher } from '../../../lib/matching/matcher.ts';
import { SharedNames } from '../../../lib/matching/resolve.ts';
import { ScreenedScan } from '../../../lib/page/page-screen.ts';
import { type ScanSink, TextScan } from '../../../lib/page/text-scan.ts';
import { entity, NEWS, PROSE, withText } from '../matching/packs.ts';

const pack = withText(
  {
    ...NEWS,
    entities: [
      ...NEWS.entities,
      entity(['person:ada-long', 'person', 'Ada Long', 'Long']),
      // A short form that starts many a capitalized word, as a large archive's first names do.
      entity(['person:ann-weber', 'person', 'Ann Weber', 'Ann']),
    ],
  },
  PROSE,
);
const matcher = createMatcher(compileMatcher(pack, { isWord: isDictionaryWord }).page);

const WORDS = [
  'NATO',
  'Officials',
  'US',
  'Banks',
  'Ukraine',
  'Long',
  'Ada',
  'said',
  'Mr.',
  'Jens',
  'Stoltenberg',
  'Announced',
  'Ann',
  'the',
  'x',
  'é',
  'York',
  'New',
];
const SEPARATORS = ['', '', ' ', ', ', '. ', '\n'];
const text = fc
  .array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...SEPARATORS)), { minLength: 1, maxLength: 5 })
  .map((parts) => parts.map(([w, s]) => w + s).join(''));

const TAGS = ['p', 'div', 'li', 'span', 'b', 'a', 'em', 'script', 'span hidden', 'td'];
const VOID = ['br', 'img', 'wbr'];
const { tree } = fc.letrec((tie) => ({
  tree: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    text,
    fc.constantFrom(...VOID).map((t) => `<${t}>`),
    fc
      .tuple(fc.constantFrom(...TAGS), fc.array(tie('tree'), { maxLength: 4 }))
      .map(([tag, kids]) => `<${tag}>${(kids as string[]).join('')}</${tag.split(' ')[0]}>`),
  ),
}));

/** Did the walk find any name in the body? */
function walkFinds(): boolean {
  let found = 0;
  const sink: ScanSink = { revisit() {}, matched: () => void found++, shadowRoot() {} };
  const scan = new TextScan(document.body, matcher, new SharedNames(matcher), sink, emptyStats(), true);
  while (!scan.run(Number.POSITIVE_INFINITY)) {}
  return found > 0;
}

/** Did the screen hand the body to the walk? `sliced`: every step finds its deadline passed, as on a busy page. */
function screenWalks(sliced = false): boolean {
  let walked = false;
  const stats = emptyStats();
  const screen = new ScreenedScan(
    document.body,
    matcher,
    stats,
    () => {
      walked = true;
      return { run: () => true };
    },
    () => {},
  );
  let steps = 0;
  while (!screen.run(sliced ? 0 : Number.POSITIVE_INFINITY)) if (++steps > 1_000_000) throw new Error('no progress');
  expect(walked || stats.screenedOut === 1).toBe(true);
  return walked;
}

const emptyStats = () => ({ textNodes: 0, chars: 0, screenedOut: 0 });

describe('page screen property', () => {
  it('hands every page the walk would highlight something on to the walk', () => {
    let screenedOut = 0;
    fc.assert(
      fc.property(fc.array(tree, { minLength: 1, maxLength: 5 }), (parts) => {
        document.body.innerHTML = parts.join('');
        const walks = screenWalks();
        // Stopped at every look at the clock and resumed, it decides the same.
        expect(screenWalks(true)).toBe(walks);
        if (walkFinds()) expect(walks).toBe(true);
        else if (!walks) screenedOut++;
      }),
      { numRuns: 3000 },
    );
    // And it does screen pages out: most random pages with no name read as such.
    expect(screenedOut).toBeGreaterThan(200);
  });

  it('screens out a name that only text run together would make, and walks one a line break makes', () => {
    document.body.innerHTML = '<p>Support came from the Announced <b>plan</b></p><p>said NATOOfficials</p>';
    expect(walkFinds()).toBe(false);
    expect(screenWalks()).toBe(false);
    // "Ann" ends a line only where markup ends one inside the word.
    document.body.innerHTML = '<ul><li>Ann</li><li>ounced</li></ul><p>Announced today</p>';
    expect(walkFinds()).toBe(true);
    expect(screenWalks()).toBe(true);
    document.body.innerHTML = '<ul><li>Ann<b>ounced</b></li></ul><p>Announced today</p>';
    expect(walkFinds()).toBe(false);
    expect(screenWalks()).toBe(false);
    document.body.innerHTML = '<p>Support came from NATO</p><p>Officials said more.</p>';
    expect(walkFinds()).toBe(true);
    expect(screenWalks()).toBe(true);
    // Across inline markup the run goes on: "NATO" + "Officials" is one word there, as in textContent.
    document.body.innerHTML = '<p>Support came from <b>NATO</b><i>Officials</i> said more.</p>';
    expect(walkFinds()).toBe(false);
    expect(screenWalks()).toBe(false);
    document.body.innerHTML = '<p>Support came from NATO<br>Officials said more.</p>';
    expect(walkFinds()).toBe(true);
    expect(screenWalks()).toBe(true);
  });
});

// The compiled one-pass matcher against a naive reference that tries every form at every position.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Pack } from '../../../lib/corpus/types.ts';
import { compileMatcher } from '../../../lib/matching/compile.ts';
import { isDictionaryWord } from '../../../lib/matching/dictionary.ts';
import { createMatcher, SCREEN_BEHIND } from '../../../lib/matching/matcher.ts';
import type { MatchSpan } from '../../../lib/matching/types.ts';
import { PERSON_TITLES, WORD_NAME_LOOKAHEAD, WORD_NAME_LOOKBEHIND } from '../../../lib/matching/word-names.ts';
import { packOf as bare, type EntitySpec, PROSE, withText } from './packs.ts';

/** The pool's packs come with prose that writes "long" in lower case: a corpus where "Long" is a word too. */
const packOf = (...specs: EntitySpec[]) => withText(bare(...specs), PROSE);

const POOL: EntitySpec[] = [
  ['person:jens-stoltenberg', 'person', 'Jens Stoltenberg', 'Stoltenberg'],
  ['organization:nato', 'organization', 'NATO'],
  ['place:ukraine', 'place', 'Ukraine'],
  ['place:new-york', 'place', 'New York'],
  ['organization:nyt', 'organization', 'New York Times'],
  ['place:york', 'place', 'York'],
  ['place:us', 'place', 'US', 'U.S.'],
  ['place:ivory-coast', 'place', "Côte d'Ivoire"],
  ['person:tip-oneill', 'person', "Tip O'Neill", "O'Neill"],
  ['organization:eu', 'organization', 'EU', 'European Union'],
  ['person:sergei-lavrov', 'person', 'Sergei Lavrov', 'Lavrov'],
  ['term:article-5', 'term', 'Article 5'],
  // Shares "O'Neill" with Tip O'Neill: the page gets the first of them unless context says otherwise.
  ['person:ed-oneill', 'person', "Ed O'Neill", "O'Neill"],
  // An acronym house styles write as a word ("Unesco"), and one whose word form is an ordinary word ("Aids").
  ['organization:unesco', 'organization', 'UNESCO'],
  ['term:aids', 'term', 'AIDS'],
  // A form that starts with a lower-case particle: reading may begin at a lower-case letter too.
  ['person:charles-de-gaulle', 'person', 'Charles de Gaulle', 'de Gaulle'],
  // Particles in a chain, and one joined to its name by a hyphen or an apostrophe: found from the capital after them.
  ['person:ana-de-la-brena', 'person', 'Ana de la Brena', 'de la Brena'],
  ['person:omar-al-rashid', 'person', 'Omar al-Rashid', 'al-Rashid'],
  ['person:val-d-estaing', 'person', "Val d'Estaing", "d'Estaing"],
  // A one-letter first word: the third code unit after it may be the second space of a run.
  ['person:j-k-rowling', 'person', 'J K Rowling'],
  // A surname that is an ordinary word: a name only where its capital is not the sentence's or a headline's.
  ['person:ada-long', 'person', 'Ada Long', 'Long'],
];

/** An acronym as a word, where the matcher takes it so: letters only, four or more, not a dictionary word. */
function wordForm(alias: string): string | null {
  if (!/^\p{Lu}{4,}$/u.test(alias) || isDictionaryWord(alias.toLowerCase())) return null;
  return alias.charAt(0) + alias.slice(1).toLowerCase();
}

/**
 * A one-word alias that is a dictionary word the corpus writes in lower case more often than it mentions the names
 * ("Long" here): never matched in capitals, and only in context.
 */
function isWordName(alias: string, pack: Pack): boolean {
  const lower = alias.toLowerCase();
  if (alias.includes(' ') || !/\p{Ll}/u.test(alias) || !isDictionaryWord(lower)) return false;
  const words = pack.articles.flatMap((a) => a.paragraphs.flatMap((p) => p.split(/[^\p{L}\p{N}]+/u)));
  const uses = words.filter((w) => w === lower).length;
  const mentions = pack.entities
    .filter((e) => e.aliases.includes(alias) || e.name === alias)
    .reduce((n, e) => n + e.mentions.length, 0);
  return uses >= 2 && uses >= mentions;
}

// Whitespace as the matcher reads it between words: what \\s matches.
const GAP = '\\s';
const SPACE_THEN_CAPITAL = new RegExp(`^${GAP}{1,${WORD_NAME_LOOKAHEAD - 1}}\\p{Lu}`, 'u');
const TRAILING_GAP = new RegExp(`${GAP}*$`, 'u');

/** The context rule for such a name, written with regular expressions over the text around it. */
function wordNameHere(text: string, start: number, end: number): boolean {
  if (SPACE_THEN_CAPITAL.test(text.slice(end, end + WORD_NAME_LOOKAHEAD + 1))) return false;
  const limit = start - WORD_NAME_LOOKBEHIND;
  const before = text.slice(Math.max(0, limit), start).replace(TRAILING_GAP, '');
  if (before === '') return false;
  if (/[,;]$/.test(before)) return true;
  const dot = before.endsWith('.');
  const rest = dot ? before.slice(0, -1) : before;
  const word = /[\p{Ll}\p{Lu}'’]*$/u.exec(rest)?.[0] ?? '';
  if (word.length === rest.length && limit >= 0) return false;
  if (word === '') return !dot && /[0-9]$/.test(rest);
  if (/^\p{Ll}/u.test(word)) return !dot;
  return /^\p{Lu}/u.test(word) && PERSON_TITLES.has(word.toLowerCase());
}

const WORD = /^[\p{L}\p{N}\p{M}]$/u;
const APOSTROPHE = /^['\u2019\u2018\u02BC]$/u;
const SPACE = /^\s$/u;

/**
 * Reference semantics, written for clarity: code point by code point, every form tried at every start. A form
 * several entities claim names the first of them (none of these entities has mentions to count).
 */
function naiveFind(text: string, pack: Pack): MatchSpan[] {
  const forms: [string, number, boolean][] = [];
  pack.entities.forEach((e, entity) => {
    for (const alias of e.aliases) {
      const wordName = isWordName(alias, pack);
      forms.push([alias, entity, wordName]);
      if (/\p{Ll}/u.test(alias) && !wordName) forms.push([alias.toUpperCase(), entity, false]);
      const word = wordForm(alias);
      if (word) forms.push([word, entity, false]);
    }
  });
  const cps = [...text];
  const offsets: number[] = [];
  let o = 0;
  for (const cp of cps) {
    offsets.push(o);
    o += cp.length;
  }
  offsets.push(o);
  const at = (k: number) => cps[k] ?? '';
  const isWord = (k: number) => k >= 0 && k < cps.length && WORD.test(at(k));
  const isApostrophe = (k: number) => k >= 0 && k < cps.length && APOSTROPHE.test(at(k));
  const startOk = (k: number) => k === 0 || (isApostrophe(k - 1) ? !isWord(k - 2) : !isWord(k - 1));
  const endOk = (k: number) => {
    if (k >= cps.length) return true;
    if (isApostrophe(k)) return !isWord(k + 1) || (/^[sS]$/.test(at(k + 1)) && !isWord(k + 2));
    return !isWord(k);
  };
  const matchAt = (k: number, form: string): number => {
    for (const ch of form) {
      if (ch === ' ') {
        if (!SPACE.test(at(k))) return -1;
        while (k < cps.length && SPACE.test(at(k))) k++;
      } else if (ch === "'") {
        if (!isApostrophe(k)) return -1;
        k++;
      } else {
        if (at(k) !== ch) return -1;
        k++;
      }
    }
    return k;
  };
  const out: MatchSpan[] = [];
  let k = 0;
  while (k < cps.length) {
    let best: { end: number; entity: number; wordName: boolean } | null = null;
    if (startOk(k)) {
      for (const [form, entity, wordName] of forms) {
        const end = matchAt(k, form);
        if (end > k && endOk(end) && (!best || end > best.end)) best = { end, entity, wordName };
      }
    }
    if (best?.wordName && !wordNameHere(text, offsets[k] ?? 0, offsets[best.end] ?? 0)) best = null;
    if (best) {
      out.push({ start: offsets[k] ?? 0, end: offsets[best.end] ?? 0, entity: best.entity });
      k = best.end;
    } else {
      k++;
    }
  }
  return out;
}

const NOISE = [' ', '  ', '\n\t ', '\u00a0', '.', ',', '-', "'", "'s", '’s', '’', '‘', 'ʼ', 's', 'S', 'x', 'é'];
const MORE_NOISE = [
  'the',
  'alliance',
  'Prime Minister',
  '7',
  '𝐀',
  '\u0301',
  'York',
  'New',
  'O',
  '(',
  '"',
  'd',
  'de',
  'la',
  'al',
  'xde',
  'd’',
  'Ж',
  'said',
  'Senator',
  'Mr.',
  'U.S.',
  'Told',
  '2016',
  ';',
];

const piece = (aliases: string[]) =>
  fc.oneof(
    fc.constantFrom(...NOISE, ...MORE_NOISE),
    fc
      .tuple(fc.constantFrom(...aliases), fc.constantFrom('as-is', 'upper', 'lower', 'word', 'spaces', 'curly', 'nbsp'))
      .map(([alias, how]) => {
        switch (how) {
          case 'upper':
            return alias.toUpperCase();
          case 'lower':
            return alias.toLowerCase();
          case 'spaces':
            return alias.replaceAll(' ', '\n    ');
          case 'word':
            return alias.charAt(0) + alias.slice(1).toLowerCase();
          case 'nbsp':
            return alias.replaceAll(' ', '\u00a0');
          case 'curly':
            return alias.replaceAll("'", '’');
          default:
            return alias;
        }
      }),
  );

describe('matcher property', () => {
  it('finds exactly what the naive reference finds, on text built from names and noise', () => {
    fc.assert(
      fc.property(
        fc.subarray(POOL, { minLength: 1 }).chain((specs) => {
          const aliases = specs.flatMap(([, , name, ...rest]) => [name, ...rest]);
          return fc.tuple(
            fc.constant(specs),
            fc.array(piece(aliases), { maxLength: 40 }).map((p) => p.join('')),
          );
        }),
        ([specs, text]) => {
          const pack = packOf(...specs);
          const found = createMatcher(compileMatcher(pack, { isWord: isDictionaryWord }).page).find(text);
          expect(found.map(({ start, end, entity }) => ({ start, end, entity }))).toEqual(naiveFind(text, pack));
        },
      ),
      { numRuns: 600 },
    );
  });
});

describe('matcher property, names that are ordinary words', () => {
  const CONTEXT_WORDS = [
    'Long',
    'Ada Long',
    'LONG',
    'Long’s',
    'said',
    'Senator',
    'Mr.',
    'Sir',
    'U.S.',
    'Told',
    'Lines',
  ];
  const MORE_WORDS = ['2016', 'ended.', 'the', '“', '(', 'x', 'élève', 'ÉLAN', '𝐀', '𝐚da', 'Jens Stoltenberg'];
  // A word longer than the rule reads back: it cannot tell what stands before it.
  const LONG_WORD = 'wordsrunningtogetherwithoutanyspaces';
  const SEPARATORS = [' ', ' ', ' ', '', ', ', '; ', '. ', '\n', '  \u00a0 ', ' '.repeat(40)];
  it('finds what the naive reference finds where such a name stands after titles, words and sentence ends', () => {
    const specs = POOL.filter(([id]) => id === 'person:ada-long' || id === 'person:jens-stoltenberg');
    const pack = packOf(...specs);
    const matcher = createMatcher(compileMatcher(pack, { isWord: isDictionaryWord }).page);
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(fc.constantFrom(...CONTEXT_WORDS, ...MORE_WORDS, LONG_WORD), fc.constantFrom(...SEPARATORS)),
          {
            maxLength: 16,
          },
        ),
        (parts) => {
          const text = parts.map(([w, sep]) => w + sep).join('');
          const found = matcher.find(text).map(({ start, end, entity }) => ({ start, end, entity }));
          expect(found).toEqual(naiveFind(text, pack));
        },
      ),
      { numRuns: 1500 },
    );
  });
});

describe('matcher screen property', () => {
  /** What scan() finds starting at `at` of `text`, in `text`'s offsets shifted by `shift`. */
  const scanAt = (matcher: ReturnType<typeof createMatcher>, text: string, at: number, shift: number) => {
    const out: number[] = [];
    matcher.scan(text, at, at + 1, false, out);
    return out.map((v, i) => (i % 3 === 2 ? v : v + shift));
  };
  it('lists every name a run holds, and a name read in its range alone reads as in its run', () => {
    fc.assert(
      fc.property(
        fc.subarray(POOL, { minLength: 1 }).chain((specs) => {
          const aliases = specs.flatMap(([, , name, ...rest]) => [name, ...rest]);
          const run = fc.array(piece(aliases), { maxLength: 12 }).map((p) => p.join(''));
          // What stands between two runs in an element's text: nothing, a letter, or text the walk never reads.
          const glue = fc.constantFrom('', '', 'x', 'S', 'é', ' ', '\n', 'var New = 1;', 'O', 'said ', 'Mr. ');
          return fc.tuple(fc.constant(specs), fc.array(fc.tuple(glue, run), { minLength: 1, maxLength: 6 }));
        }),
        ([specs, parts]) => {
          const matcher = createMatcher(compileMatcher(packOf(...specs), { isWord: isDictionaryWord }).page);
          let text = '';
          const runs: [number, number][] = [];
          // Where text nodes meet: every run's ends, and a few places inside runs (markup that joins them).
          const bounds = new Set<number>();
          for (const [glue, run] of parts) {
            text += glue;
            runs.push([text.length, text.length + run.length]);
            bounds.add(text.length);
            for (let k = 3; k < run.length; k += 7) bounds.add(text.length + k);
            text += run;
            bounds.add(text.length);
          }
          const listed = new Map<number, number>();
          const pairs: number[] = [];
          matcher.screen(
            text,
            0,
            text.length,
            [...bounds].filter((b) => b > 0 && b < text.length).sort((x, y) => x - y),
            pairs,
          );
          for (let i = 0; i < pairs.length; i += 2) listed.set(pairs[i] as number, pairs[i + 1] as number);
          // The loosest reading, where a run may end anywhere: every name is among its would-be names too.
          const loose: number[] = [];
          matcher.screen(text, 0, text.length, null, loose);
          const anywhere = new Set(loose.filter((_, i) => i % 2 === 0));
          for (const [a, b] of runs) {
            const run = text.slice(a, b);
            for (const span of matcher.find(run)) {
              expect(listed.has(a + span.start)).toBe(true);
              expect(anywhere.has(a + span.start)).toBe(true);
            }
            for (const [start, reach] of listed) {
              if (start < a || start >= b) continue;
              const inRun = scanAt(matcher, run, start - a, a);
              // The screen's reading: the run's ends where they fall within the range, the range's ends elsewhere.
              const from = Math.max(0, start - SCREEN_BEHIND);
              const head = Math.max(a, from);
              const tail = Math.min(b, reach);
              expect(scanAt(matcher, text.slice(head, tail), start - head, head)).toEqual(inRun);
            }
          }
        },
      ),
      { numRuns: 800 },
    );
  });
});

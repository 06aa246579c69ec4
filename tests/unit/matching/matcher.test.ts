import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../../lib/matching/compile.ts';
import { isDictionaryWord } from '../../../lib/matching/dictionary.ts';
import { createMatcher } from '../../../lib/matching/matcher.ts';
import type { CompiledMatcher } from '../../../lib/matching/types.ts';
import { NEWS, PROSE, packOf, packWithMentions, withText } from './packs.ts';

// As the build compiles it: with the dictionary that decides which acronyms may be written as words.
const compiled = compileMatcher(NEWS, { isWord: isDictionaryWord });
const matcher = createMatcher(compiled.page);

/** What a reader would see highlighted: the text of each match and the entity it opens. */
function marks(text: string, m = matcher, c: CompiledMatcher = compiled): [string, string][] {
  return m.find(text).map((s) => [text.slice(s.start, s.end), c.entities[s.entity]?.[0] ?? '?']);
}

describe('matcher', () => {
  it('finds every name in one pass, in reading order', () => {
    expect(marks('NATO chief Jens Stoltenberg visited Ukraine, then New York.')).toEqual([
      ['NATO', 'organization:nato'],
      ['Jens Stoltenberg', 'person:jens-stoltenberg'],
      ['Ukraine', 'place:ukraine'],
      ['New York', 'place:new-york'],
    ]);
  });

  it('lets the longest name win', () => {
    expect(marks('Stoltenberg, Jens Stoltenberg, The New York Times, New York Times reporters')).toEqual([
      ['Stoltenberg', 'person:jens-stoltenberg'],
      ['Jens Stoltenberg', 'person:jens-stoltenberg'],
      ['The New York Times', 'organization:new-york-times'],
      ['New York Times', 'organization:new-york-times'],
    ]);
  });

  it('falls back to a shorter name when the longer one runs into a word', () => {
    expect(marks('New York Timesquare')).toEqual([['New York', 'place:new-york']]);
  });

  it('matches whole words only', () => {
    expect(marks('NATOs Ukrainer Stoltenbergs preNATO UkraineX NATO2')).toEqual([]);
    expect(marks('NATO-allied (Ukraine) "Stoltenberg"')).toEqual([
      ['NATO', 'organization:nato'],
      ['Ukraine', 'place:ukraine'],
      ['Stoltenberg', 'person:jens-stoltenberg'],
    ]);
  });

  it('highlights the name in a possessive, with straight or curly apostrophes', () => {
    expect(marks("NATO's flank, Stoltenberg’s words, the United States' role, UKRAINE’S army")).toEqual([
      ['NATO', 'organization:nato'],
      ['Stoltenberg', 'person:jens-stoltenberg'],
      ['United States', 'place:us'],
      ['UKRAINE', 'place:ukraine'],
    ]);
  });

  it('does not take an apostrophe inside a word for a boundary', () => {
    expect(marks("Ukraine'd O'Ukraine")).toEqual([]);
  });

  it('matches apostrophes inside names whichever apostrophe the page uses', () => {
    expect(marks("Côte d'Ivoire and Côte d’Ivoire")).toEqual([
      ["Côte d'Ivoire", 'place:ivory-coast'],
      ['Côte d’Ivoire', 'place:ivory-coast'],
    ]);
  });

  it('matches across line breaks and non-breaking spaces inside a name', () => {
    expect(marks('Jens\n      Stoltenberg and Jens\u00a0Stoltenberg')).toHaveLength(2);
  });

  it('matches acronyms as written, and as a word where house style writes them so', () => {
    expect(marks('Tell us about Nato and nato; the US and U.S. did, Us too')).toEqual([
      ['Nato', 'organization:nato'],
      ['US', 'place:us'],
      ['U.S.', 'place:us'],
    ]);
  });

  it('never takes an ordinary word for an acronym written as a word', () => {
    const pack = packOf(
      ['term:aids', 'term', 'AIDS'],
      ['organization:who', 'organization', 'WHO'],
      ['organization:unesco', 'organization', 'UNESCO'],
      ['organization:bbc', 'organization', 'BBC'],
      ['organization:g20', 'organization', 'G20'],
    );
    const c = compileMatcher(pack, { isWord: isDictionaryWord });
    expect(marks('Aids and Who work with Unesco; Bbc and G20 too; AIDS, WHO', createMatcher(c.page), c)).toEqual([
      ['Unesco', 'organization:unesco'],
      ['G20', 'organization:g20'],
      ['AIDS', 'term:aids'],
      ['WHO', 'organization:who'],
    ]);
    // Without a dictionary no word form is made at all.
    const bare = compileMatcher(pack);
    expect(marks('Unesco and UNESCO', createMatcher(bare.page), bare)).toEqual([['UNESCO', 'organization:unesco']]);
  });

  it("takes a surname that is an ordinary word for a name only where its capital is not the sentence's", () => {
    const people = packOf(
      ['person:ada-long', 'person', 'Ada Long', 'Long'],
      ['person:tom-law', 'person', 'Tom Law', 'Law'],
    );
    // The corpus writes "long" and "law" as words: "Long" and "Law" are words that are names too.
    const pack = withText(people, PROSE);
    const c = compileMatcher(pack, { isWord: isDictionaryWord });
    const m = createMatcher(c.page);
    const at = (text: string) => marks(text, m, c).map(([form]) => form);
    // Sentence and paragraph starts, a Title Case headline, capitals, a longer name the corpus does not know.
    expect(at('Long lines formed. Law firms waited. NEW LAW, LONG WAIT')).toEqual([]);
    expect(at('Voters Told Long Delays Were Over')).toEqual([]);
    expect(at('the Law Enforcement Agency and the U.S. Long Range plan')).toEqual([]);
    // Mid-sentence after a word, a comma or a number, after a title, and the full name anywhere.
    expect(at('Ada Long spoke first. Then said Long, and Law, that in 2016 Law had won.')).toEqual([
      'Ada Long',
      'Long',
      'Law',
      'Law',
    ]);
    expect(at('Senator Long and Mr. Law met Sir Law.')).toEqual(['Long', 'Law', 'Law']);
    // A corpus that never writes the word in lower case, or one compiled without a dictionary (a user's own
    // articles, in the browser), keeps every form as it was.
    for (const other of [compileMatcher(people, { isWord: isDictionaryWord }), compileMatcher(pack)]) {
      expect(marks('Long lines formed. LAW', createMatcher(other.page), other)).toEqual([
        ['Long', 'person:ada-long'],
        ['LAW', 'person:tom-law'],
      ]);
    }
  });

  it('matches names as written or in capitals, never in lower case', () => {
    expect(marks('JENS STOLTENBERG met ukraine and jens stoltenberg')).toEqual([
      ['JENS STOLTENBERG', 'person:jens-stoltenberg'],
    ]);
  });

  it('never matches a common word or a bare title as a name', () => {
    expect(marks('The alliance and the Alliance met; the Prime Minister and the President spoke.')).toEqual([]);
    expect(compiled.forms.map(([f]) => f)).not.toContain('Prime Minister');
  });

  it('never matches an abbreviation alone, even where a corpus made an alias of one', () => {
    const pack = packOf(['person:st', 'person', 'St.'], ['place:st-varbo', 'place', 'St. Varbo']);
    const c = compileMatcher(pack, { isWord: isDictionaryWord });
    expect(marks('They met at St. Varbo and prayed to St. Arvid.', createMatcher(c.page), c)).toEqual([
      ['St. Varbo', 'place:st-varbo'],
    ]);
  });

  it('does not let a description around a name hide the name', () => {
    expect(
      marks('NATO chief Jens Stoltenberg, the head of NATO, met the G7 and the Center for Eastern Studies.'),
    ).toEqual([
      ['NATO', 'organization:nato'],
      ['Jens Stoltenberg', 'person:jens-stoltenberg'],
      ['NATO', 'organization:nato'],
      ['G7', 'organization:g7'],
      ['Center for Eastern Studies', 'organization:osw'],
    ]);
  });

  it('never takes a phrase that begins with a joining word for a name', () => {
    const pack = packOf(
      ['organization:students', 'organization', 'Students for Life', 'for Life'],
      ['person:ana-de-vos', 'person', 'Ana de Vos', 'de Vos'],
    );
    const c = compileMatcher(pack);
    expect(c.forms.map(([f]) => f)).not.toContain('for Life');
    expect(c.forms.map(([f]) => f)).toContain('de Vos');
    expect(marks('Votes for Life and for de Vos; Students for Life met.', createMatcher(c.page), c)).toEqual([
      ['de Vos', 'person:ana-de-vos'],
      ['Students for Life', 'organization:students'],
    ]);
  });

  it('matches nothing when the pack has no names', () => {
    const empty = compileMatcher(packOf());
    expect(createMatcher(empty.page).find('NATO and Ukraine')).toEqual([]);
  });

  it('gives a form two entities claim to the one it is the canonical name of', () => {
    const pack = packOf(['person:mike-johnson', 'person', 'Mike Johnson', 'Mike'], ['person:mike', 'person', 'Mike']);
    const c = compileMatcher(pack);
    expect(marks('Johnson told Mike', createMatcher(c.page), c)).toEqual([['Mike', 'person:mike']]);
    expect(c.shared).toEqual([]);
  });

  it('shares a form several entities write, the one the corpus mentions most with it first', () => {
    const pack = packWithMentions(
      [['person:lyndon-johnson', 'person', 'Lyndon Johnson', 'Johnson'], { Johnson: 1, 'Lyndon Johnson': 9 }],
      [['person:boris-johnson', 'person', 'Boris Johnson', 'Johnson'], { Johnson: 3, 'Boris Johnson': 1 }],
    );
    const c = compileMatcher(pack);
    const m = createMatcher(c.page);
    expect(c.shared).toEqual([
      {
        form: 'Johnson',
        candidates: [
          [1, 3],
          [0, 1],
        ],
      },
    ]);
    expect(m.find('Johnson said')).toEqual([{ start: 0, end: 7, entity: 1, shared: 0 }]);
    expect(m.shared(0)).toEqual({ entities: [1, 0], cues: ['boris', 'lyndon'] });
    // The full names stay unambiguous.
    expect(marks('Lyndon Johnson and Boris Johnson', m, c)).toEqual([
      ['Lyndon Johnson', 'person:lyndon-johnson'],
      ['Boris Johnson', 'person:boris-johnson'],
    ]);
  });

  it('escapes names that look like pattern syntax', () => {
    const pack = packOf(['term:c++', 'term', 'C++ (Language)'], ['organization:a-b', 'organization', 'A.B-C|D']);
    const c = compileMatcher(pack);
    expect(marks('I like C++ (Language) and A.B-C|D, not AxB-C|D.', createMatcher(c.page), c)).toEqual([
      ['C++ (Language)', 'term:c++'],
      ['A.B-C|D', 'organization:a-b'],
    ]);
  });

  it('handles letters outside the Basic Multilingual Plane as word characters', () => {
    const pack = packOf(['place:x', 'place', 'Ukraine']);
    const c = compileMatcher(pack);
    expect(marks('\u{1D400}Ukraine Ukraine\u{1D400} 𝐀 Ukraine', createMatcher(c.page), c)).toEqual([
      ['Ukraine', 'place:x'],
    ]);
  });

  it('screens text without any name out, and lists where one might start in text of runs run together', () => {
    // Where runs end is known: only names those ends could make are listed.
    const glued = 'Support came from NATOOfficials said more.';
    const none: number[] = [];
    matcher.screen(glued, 0, glued.length, [], none);
    expect(none).toEqual([]);
    matcher.screen(glued, 0, glued.length, [glued.indexOf('Officials')], none);
    expect(none[0]).toBe(glued.indexOf('NATO'));
    // Where one run of the text ends and the next begins, were the text many runs: anywhere at all.
    const everywhere = (text: string) => Array.from({ length: text.length - 1 }, (_, i) => i + 1);
    const starts = (text: string, from = 0, to = text.length) => {
      const out: number[] = [];
      matcher.screen(text, from, to, everywhere(text), out);
      return out.filter((_, i) => i % 2 === 0);
    };
    const prose = 'The talks went on. Officials said a deal was near, and Many more would follow in June.';
    expect(starts(prose)).toEqual([]);
    // "NATO" at the end of one paragraph, "Officials" starting the next: textContent runs them together.
    const joined = 'Support came from NATOOfficials said more.';
    expect(matcher.find(joined)).toEqual([]);
    expect(starts(joined)).toEqual([joined.indexOf('NATO')]);
    // A two-letter name ending one run, the next starting with a letter: its third unit is the other run's.
    const short = 'Sanctions by the USBanks said more.';
    expect(starts(short)).toEqual([short.indexOf('US')]);
    const later = 'Officials said more. Jens Stoltenberg arrived.';
    expect(starts(later)).toEqual([later.indexOf('Jens'), later.indexOf('Stoltenberg')]);
    expect(starts(later, 0, 10)).toEqual([]);
    // The reach covers the longest form read there and the word rules' look past it.
    const out: number[] = [];
    matcher.screen(later, 0, later.length, everywhere(later), out);
    expect(out[1]).toBeGreaterThanOrEqual(later.indexOf(' arrived') + 4);
  });

  it('finds names that open with particles from the capital after them, and asks for more text before one', () => {
    const m = createMatcher(
      compileMatcher(packOf(['person:ana-de-la-brena', 'person', 'Ana de la Brena', 'de la Brena'])).page,
    );
    // Only capitals are searched for: "de" and "la" are found looking back from "Brena".
    expect(compileMatcher(packOf(['person:a', 'person', 'Ana de la Brena', 'de la Brena'])).page.starts).not.toMatch(
      /[a-z]/,
    );
    const text = 'The mayor, de la Brena, met Ana de la Brena; made la Brena';
    expect(m.find(text).map((s) => text.slice(s.start, s.end))).toEqual(['de la Brena', 'Ana de la Brena']);
    // A window that ends inside the particles, its capital in the next: the caller must widen it.
    const out: number[] = [];
    expect(m.scan('The mayor, de la', 0, 16, true, out)).toBe(11);
    expect(out).toEqual([]);
    expect(m.scan('The mayor, de la', 0, 16, false, out)).toBe(16);
  });
});

// The in-process scorer follows ../shared/eval/score.py: these are the README's own examples of its rules.
import { describe, expect, it } from 'vitest';
import { PACK_VERSION, type Pack } from '../../../lib/corpus/types.ts';
import { norm, scoreQuotes, speakerOk } from '../../../scripts/eval/score.ts';

const person = (name: string, aliases: string[] = []) => ({ name, aliases: [name, ...aliases] });

describe('speaker rule', () => {
  it('accepts a form ending in the gold last name', () => {
    expect(speakerOk('Brian Fallon', person('Brian Fallon', ['Fallon']))).toBe(true);
    expect(speakerOk('Fallon', person('Brian Fallon'))).toBe(true);
  });

  it('rejects a different first name', () => {
    expect(speakerOk('Hillary Clinton', person('Bill Clinton'))).toBe(false);
  });

  it('lets a leading place or title word stand in the gold', () => {
    expect(speakerOk('Illinois Sen. Barack Obama', person('Barack Obama'))).toBe(true);
  });

  it('matches an organization named in full', () => {
    expect(speakerOk('Washington Post', person('The Washington Post Company'))).toBe(true);
    expect(speakerOk('Washington Post', person('Post'))).toBe(true);
    expect(speakerOk('Washington Post', person('Daily News'))).toBe(false);
  });
});

describe('quote matching', () => {
  const pack: Pack = {
    version: PACK_VERSION,
    index: null,
    articles: [
      { id: 'a', file: 'x/a.txt', title: 'T', titleDerived: false, paragraphs: ['He said “It’s over, really.”'] },
    ],
    entities: [
      {
        id: 'p',
        name: 'Ann Lee',
        kind: 'person',
        aliases: ['Ann Lee'],
        mentions: [],
        related: [],
        quoteIds: [],
        sentences: [],
      },
    ],
    quotes: [
      {
        id: 'q',
        articleId: 'a',
        paragraph: 0,
        start: 9,
        end: 26,
        text: 'It’s over, really.',
        speaker: 'Ann Lee',
        speakerId: 'p',
      },
      {
        id: 'f',
        articleId: 'a',
        paragraph: 0,
        start: 0,
        end: 3,
        text: 'Not in the text',
        speaker: null,
        speakerId: null,
      },
    ],
  };

  it('folds quotation marks, case and punctuation', () => {
    expect(norm('“It’s OVER,” really.')).toBe("it's over really");
  });

  it('finds a gold quote the pack quote contains, and counts text not in the article as fabricated', () => {
    const s = scoreQuotes(pack, {
      documents: [
        {
          file: 'a.txt',
          split: 'train',
          quotes: [
            { text: "it's over", source: 'Lee', sourceKind: 'named', speaker: 'Lee' },
            { text: 'never said', source: 'he', sourceKind: 'pronoun', speaker: null },
          ],
        },
      ],
    });
    expect(s.counts.found).toBe(1);
    expect(s.counts.correct).toBe(1);
    expect(s.counts.fabricated).toBe(1);
    expect(s.splits.train?.recall).toBe(0.5);
  });
});

// Kinds and links that a name's own article must support: initials across articles, lists after a label.
import { describe, expect, it } from 'vitest';
import { findCandidates } from '../../../lib/corpus/candidates.ts';
import { listKind } from '../../../lib/corpus/coordination.ts';
import { buildPack, type SourceFile } from '../../../lib/corpus/pack.ts';
import { scanQuotes } from '../../../lib/corpus/quotes.ts';
import { sentenceRanges } from '../../../lib/corpus/sentences.ts';
import { tokenize } from '../../../lib/corpus/tokens.ts';
import type { Entity, Pack } from '../../../lib/corpus/types.ts';

const article = (file: string, ...paragraphs: string[]): SourceFile => ({ file, text: paragraphs.join('\n\n') });
const candidates = (text: string) => {
  const scan = scanQuotes(text);
  return findCandidates(text, tokenize(text, sentenceRanges(text, scan.spans), scan.spans));
};
const holding = (pack: Pack, form: string): Entity | undefined =>
  pack.entities.find((e) => e.name === form || e.aliases.includes(form));

describe('initials that fit a name of another article', () => {
  const pack = buildPack([
    article(
      'guide.txt',
      'Visiting Varbo',
      'The Varbo Bowl Stadium seats forty thousand. Games at the Varbo Bowl Stadium sell out early.',
      'Trams stop outside the Varbo Bowl Stadium on match days.',
    ),
    article(
      'actor.txt',
      'Jan Roe',
      'Jan Roe starred in the VBS drama Harbour Lights. VBS renewed it for a second season.',
      'Roe said VBS had been generous.',
    ),
  ]);

  it('does not join initials to a name only another article writes', () => {
    expect(holding(pack, 'VBS')?.name).not.toBe('Varbo Bowl Stadium');
  });
});

describe('a line that lists names after a label and a colon', () => {
  const surfaces = (text: string) => candidates(text).map((c) => c.surface);

  it('is no Title Case headline: its names keep their ordinary words and make one list', () => {
    const text = 'Hall 4: Nordair, Air Varbo, Sky Lotten, Qarvik Express';
    expect(surfaces(text)).toEqual(expect.arrayContaining(['Air Varbo', 'Sky Lotten', 'Qarvik Express']));
    const lists = candidates(text)
      .filter((c) => c.surface !== 'Hall 4')
      .map((c) => c.list);
    expect(new Set(lists).size).toBe(1);
    expect(lists[0]).toBeDefined();
  });

  it('leaves a Title Case headline whose colon opens a clause a headline', () => {
    expect(surfaces('Day Two: Varbo, Lotten And Qarvik Win Big Prizes At The Fair')).not.toContain('Big Prizes');
  });
});

describe('a product named in capitals run together, listed among firms', () => {
  const pack = buildPack([
    article(
      'fair.txt',
      'Games Fair',
      'Elverhamnsoft, Varbotel Inc., and SkyBox VR all had large stands at the fair.',
      'The SkyBox VR demonstration drew long lines. Visitors queued for SkyBox VR all day.',
      'Varbotel Inc. said its sales doubled. Varbotel Inc. will return next year.',
    ),
  ]);

  it('is no person, and does not keep its list partner from the firms’ kind', () => {
    expect(holding(pack, 'SkyBox VR')?.kind).not.toBe('person');
    expect(holding(pack, 'Elverhamnsoft')?.kind).toBe('organization');
  });
});

describe('a term the text names more than once, in a list', () => {
  it('neither blocks the list’s kind nor takes it', () => {
    const known = { kind: 'organization' as const, open: false, common: false, personShape: false };
    const open = { open: true, common: false, personShape: false };
    const thing = { open: false, common: false, personShape: false, thing: true };
    expect(listKind([open, known, thing])).toBe('organization');
    expect(listKind([known, thing])).toBeUndefined();
  });
});

describe('a name that owns a person named in full', () => {
  const pack = buildPack([
    article(
      'vote.txt',
      'Council Vote',
      'In the east, Ostrelund’s Mirek Havlo won a seat. Beside him, Ostrelund’s Tamsin Vark lost hers by a few votes.',
      'Havlo thanked the voters.',
    ),
  ]);

  it('is the body the person stands for', () => {
    expect(holding(pack, 'Ostrelund')?.kind).toBe('organization');
  });
});

describe('a school district', () => {
  const pack = buildPack([
    article(
      'schools.txt',
      'Schools Close',
      'The Nora Vell Independent School District and the city police said the schools would close on Monday.',
    ),
  ]);

  it('is a body, though it opens with a given name', () => {
    expect(holding(pack, 'Nora Vell Independent School District')?.kind).toBe('organization');
  });
});

describe('a body’s head word standing alone', () => {
  const pack = buildPack([
    article(
      'paper.txt',
      'A Rejected Paper',
      'Tomas Vell sent his paper to the Academy in the spring. He later withdrew it from the Academy and printed it himself.',
    ),
  ]);

  it('is that body’s short name', () => {
    expect(holding(pack, 'Academy')?.kind).toBe('organization');
  });
});

describe('a listed word that opens two longer names', () => {
  const pack = buildPack([
    article(
      'routes.txt',
      'New Routes',
      'The Elverhamn Nations council met in Lotten on Monday. Ferries of Elverhamn Lines serve Qarvik.',
      'Hotels in Lotten and in Qarvik were full. Visitors to Lotten praised the harbour.',
      'Elverhamn Lines said it will add ships.',
      'Buses now run to Lotten, Qarvik and Elverhamn.',
    ),
  ]);

  it('takes no kind from its list, so it is not lit inside each of them', () => {
    expect(holding(pack, 'Elverhamn')).toBeUndefined();
  });
});

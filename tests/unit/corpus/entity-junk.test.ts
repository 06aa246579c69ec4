// Ordinary English words that only look like names (a title or party word before them, a sentence or a line in
// capitals starting with them, a field after "of"), the leading words of a longer place name, and languages: none
// is a person, a place or a body of its own.
import { describe, expect, it } from 'vitest';
import { buildPack, type SourceFile } from '../../../lib/corpus/pack.ts';
import type { Entity, Pack } from '../../../lib/corpus/types.ts';

const article = (file: string, ...paragraphs: string[]): SourceFile => ({ file, text: paragraphs.join('\n\n') });
const byName = (pack: Pack, name: string): Entity | undefined => pack.entities.find((e) => e.name === name);
const named = (pack: Pack, name: string): Entity | undefined =>
  pack.entities.find((e) => e.name === name || e.aliases.includes(name));

describe('an ordinary word after a title or party word', () => {
  it('is no person without a full name of that surname ("Republican Establishment", "Foreign Policy")', () => {
    const pack = buildPack([
      article(
        'a.txt',
        'Budget fight goes on',
        'Karin Oldeway faced down attacks from Republican Establishment figures in the spring.',
        'The establishment did not like her, and her policy on roads was unpopular, a reader of Foreign Policy magazine wrote.',
      ),
    ]);
    expect(named(pack, 'Establishment')).toBeUndefined();
    expect(named(pack, 'Policy')).toBeUndefined();
    expect(byName(pack, 'Karin Oldeway')?.kind).toBe('person');
  });

  it('stays a surname after a courtesy title ("Mr. Stone")', () => {
    const pack = buildPack([
      article(
        'a.txt',
        'Budget fight goes on',
        'The bill was written by Mr. Stone, a lawyer from the coast, and it passed on Monday.',
        'Protesters threw a stone at the window.',
      ),
    ]);
    expect(byName(pack, 'Stone')?.kind).toBe('person');
  });
});

describe('an ordinary word capitalized only where a sentence or a caps line starts', () => {
  it('names nothing ("PREVIOUSLY:", "Previously, …")', () => {
    const pack = buildPack([
      article(
        'a.txt',
        'Council backs the plan',
        'PREVIOUSLY:',
        'Previously, the council had rejected the plan twice. It had previously said the cost was too high.',
        'Previously, Anna Terhove said the vote would be close.',
      ),
    ]);
    expect(named(pack, 'Previously')).toBeUndefined();
  });
});

describe('a plural that could be a family', () => {
  it('is none when it is an ordinary word never written after "the" ("Yes, I would" beside a Ms. Ye)', () => {
    const pack = buildPack([
      article(
        'a.txt',
        'Tax returns',
        '“I think she has been clear. Yes, I would. I post mine online,” she said when asked about her returns.',
        'Her rival, Lina Ye, said yes as well. Ye has published hers since 2010.',
      ),
    ]);
    expect(named(pack, 'Yes')).toBeUndefined();
    expect(byName(pack, 'Lina Ye')?.kind).toBe('person');
  });
});

describe('the complement of "of" that is an ordinary word', () => {
  it('is no place ("the Academy of Pediatrics"), unlike a town ("the University of Ulmarode")', () => {
    const pack = buildPack([
      article(
        'a.txt',
        'Doctors warn',
        'Dr. Anna Berg, president of the American Academy of Pediatrics, said the vaccine was safe.',
        'Researchers at the University of Ulmarode said the same.',
      ),
    ]);
    expect(named(pack, 'Pediatrics')).toBeUndefined();
    expect(named(pack, 'Ulmarode')?.kind).toBe('place');
  });
});

describe('the leading words of a longer place name', () => {
  it('are no mention of their own ("South" in "South Carolina", "York" in "New York City")', () => {
    const pack = buildPack([
      article(
        'a.txt',
        'Campaign trail',
        'The senator spoke in South Carolina and then flew to New York City for a dinner.',
        'Voters in the South are split, she said.',
      ),
    ]);
    const south = byName(pack, 'South');
    expect(south?.mentions ?? []).toHaveLength(1);
    expect(named(pack, 'York')).toBeUndefined();
    expect(byName(pack, 'South Carolina')?.kind).toBe('place');
  });
});

describe('a given name opening a longer name', () => {
  it('is no person of its own ("Peter" in "the Peter Korvel Foundation")', () => {
    const pack = buildPack([
      article(
        'a.txt',
        'Gift to the museum',
        'The prints were donated by the Peter Korvel Foundation for the Arts in 2009.',
        'The Peter Korvel Foundation later gave more.',
      ),
    ]);
    expect(byName(pack, 'Peter')).toBeUndefined();
  });
});

describe('a field after a title and "of"', () => {
  it('is an office, no person ("Professor of Oriental Languages"), unlike a body after "of The"', () => {
    const pack = buildPack([
      article(
        'a.txt',
        'A scholar',
        'In 1952 Orrin Vask became Professor of Oriental Languages at the university in Varbo.',
        'His wife is National Director of The Harbour Project, a charity.',
      ),
    ]);
    expect(named(pack, 'Oriental Languages')).toBeUndefined();
    expect(byName(pack, 'Harbour Project')?.kind).toBe('organization');
  });
});

describe('a language', () => {
  it('is no place ("translated into Latin")', () => {
    const pack = buildPack([
      article(
        'a.txt',
        'A scholar',
        'Orrin Vask translated the letters into Latin and later learned Sanskrit in Varbo.',
        'Latin was the language of his church.',
      ),
    ]);
    expect(named(pack, 'Latin')).toBeUndefined();
    expect(named(pack, 'Sanskrit')).toBeUndefined();
  });
});

describe('initials that fit a body', () => {
  it('do not take over a place the lexicon knows ("VA" and "Virginia Alliance")', () => {
    const pack = buildPack([
      article(
        'a.txt',
        'Union vote',
        'The Virginia Workers Union endorsed her, said Tom Price, a firefighter in Roanoke, VA, who voted for her.',
        'She also spoke in Arlington, VA, later that week. The Virginia Alliance is a union.',
      ),
    ]);
    expect(named(pack, 'Virginia Alliance')?.aliases ?? []).not.toContain('VA');
    expect(byName(pack, 'VA')?.kind).toBe('place');
  });
});

describe('a month that is also an ordinary word, written as a date', () => {
  it('is no place ("ships in March", "since May", "August 2016"), and a surname of that spelling stays a person', () => {
    const pack = buildPack([
      article(
        'a.txt',
        'Phone makers wait',
        'The new handset from Corbell Devices ships in March, analysts said on Monday.',
        'Sales have slowed since May, and prices fell in August 2016 as well.',
        'Ingrid May, the company’s chief executive, said demand was strong. May’s forecast was cautious.',
      ),
    ]);
    expect(named(pack, 'March')).toBeUndefined();
    expect(named(pack, 'August')).toBeUndefined();
    expect(byName(pack, 'May')).toBeUndefined();
    expect(byName(pack, 'Ingrid May')?.kind).toBe('person');
  });
});

describe('labels in capitals', () => {
  it('makes no entity of ordinary words only ever written in capitals, however often pages repeat them', () => {
    const page = (n: number) => ({
      file: `p${n}.txt`,
      text: `Harbor news ${n}\n\nThe harbor board of Tarnby met on Monday to plan the new dock.\n\nFULL STORY.\n\nThe full story of the dock was told by the board.`,
    });
    const pack = buildPack([page(1), page(2), page(3)]);
    expect(pack.entities.map((e) => e.name)).not.toContain('FULL STORY');
  });
});

describe('what is left of a name after its first word is split off', () => {
  it('never opens with "for" or "of" ("the Lord for X", "Democrats for Y")', () => {
    const pack = buildPack([
      article(
        'a.txt',
        'A Prayer For The Campaign',
        'Popular speaker Oren Vask believes he has a word from the Lord for Mirela Santovar.',
        'Kira Delmont, executive director of Democrats for Tideway, said the group would campaign for her.',
        'Santovar thanked Vask on Tuesday.',
      ),
    ]);
    const opening = pack.entities.flatMap((e) => [e.name, ...e.aliases]).filter((n) => /^(?:for|of)\s/u.test(n));
    expect(opening).toEqual([]);
    expect(named(pack, 'Oren Vask')?.kind).toBe('person');
  });
});

// Names seen once that the sentence says what they are: examples of a class ("carriers such as …", "critics
// including …", "towns like …").
import { describe, expect, it } from 'vitest';
import { buildPack, type SourceFile } from '../../../lib/corpus/pack.ts';
import type { Entity, Pack } from '../../../lib/corpus/types.ts';

const article = (file: string, ...paragraphs: string[]): SourceFile => ({ file, text: paragraphs.join('\n\n') });
const byName = (pack: Pack, name: string): Entity | undefined => pack.entities.find((e) => e.name === name);

describe('names given as examples of a class', () => {
  const pack = buildPack([
    article(
      'a.txt',
      'A Busy Summer',
      'The fair drew visitors from towns like Quellbrook and Ardensey, and from farther away.',
      'Tickets were sold through carriers such as Zendrix, Holvair and Mirelo.',
      'The old myths name gods, such as Tavros, Ulmene and Karveth, who ruled the hills.',
    ),
  ]);

  it('keeps places given as examples of towns', () => {
    expect(byName(pack, 'Quellbrook')?.kind).toBe('place');
    expect(byName(pack, 'Ardensey')?.kind).toBe('place');
  });

  it('keeps bodies given as examples of companies of a kind', () => {
    for (const name of ['Zendrix', 'Holvair', 'Mirelo']) expect(byName(pack, name)?.kind).toBe('organization');
  });

  it('keeps people given as examples of a role noun', () => {
    for (const name of ['Tavros', 'Ulmene', 'Karveth']) expect(byName(pack, name)?.kind).toBe('person');
  });
});

describe('a class noun right before a name seen once', () => {
  const pack = buildPack([
    article(
      'a.txt',
      'Crops and Heat',
      'The study was published in the journal Open Fields last week.',
      'The final saw team Brakvolt beat the home side.',
      'The network’s Tavin Orloff asked the minister about the harvest.',
    ),
  ]);

  it('keeps a name of ordinary words after a body’s class noun ("the journal …")', () => {
    expect(byName(pack, 'Open Fields')?.kind).toBe('organization');
  });

  it('reads "team" before a name as a body', () => {
    expect(byName(pack, 'Brakvolt')?.kind).toBe('organization');
  });

  it('does not take an owner ("the network’s") for the class of the name after it', () => {
    expect(byName(pack, 'Tavin Orloff')?.kind).toBe('person');
  });
});

describe('an honorific before a surname that is also an ordinary word', () => {
  it('reads "Mr Stone" as a person, not a body called "Mr Stone"', () => {
    const pack = buildPack([article('a.txt', 'Budget', 'Mr. Stone said the budget would pass in the spring.')]);
    expect(byName(pack, 'Stone')?.kind).toBe('person');
    expect(pack.entities.some((e) => e.name.startsWith('Mr'))).toBe(false);
  });

  it('gives "Dr Young" to the article’s person of that surname', () => {
    const pack = buildPack([
      article(
        'b.txt',
        'Clinic',
        'Halvard Young, a surgeon, opened the clinic on Monday.',
        'Dr Young promoted the clinic to the town on Friday.',
      ),
    ]);
    const people = pack.entities.filter((e) => e.kind === 'person');
    expect(people.map((e) => e.name)).toEqual(['Halvard Young']);
    expect(people[0]?.mentions).toHaveLength(2);
  });
});

describe('a publication named by an ordinary word', () => {
  const pack = buildPack([
    article(
      'a.txt',
      'Ants',
      'The Lantern reported that the ants treat their own wounds.',
      'Last year the Beacon cited figures from the same laboratory.',
      'Stone cited the same figures in a lecture.',
    ),
  ]);

  it('keeps "the Lantern reported" and "the Beacon cited" as bodies, even seen once', () => {
    expect(byName(pack, 'Lantern')?.kind).toBe('organization');
    expect(byName(pack, 'Beacon')?.kind).toBe('organization');
  });

  it('does not make a body of a bare word that cites without "the"', () => {
    expect(pack.entities.some((e) => e.name === 'Stone' && e.kind === 'organization')).toBe(false);
  });
});

describe('organization head words', () => {
  it('reads "… Broadcasting", "… Technologies", "… Network" as bodies, even seen once', () => {
    const pack = buildPack([
      article(
        'a.txt',
        'Deals',
        'Vardell won Brassel Broadcasting’s talent contest in 1999.',
        'The chips came from Quillon Technologies and went to Dravo Network in the spring.',
      ),
    ]);
    expect(byName(pack, 'Brassel Broadcasting')?.kind).toBe('organization');
    expect(byName(pack, 'Quillon Technologies')?.kind).toBe('organization');
    expect(byName(pack, 'Dravo Network')?.kind).toBe('organization');
  });
});

describe('an appositive that says what a name seen once is', () => {
  const pack = buildPack([
    article(
      'a.txt',
      'Schools',
      'The case concerned Immarello, a catholic school in the north.',
      'She worked for Quentaro, a software company, until 2010.',
      'The old quarter still has many Nordic Chapels, an old school, shops and homes.',
    ),
  ]);

  it('takes the kind of the appositive’s head noun ("X, a school in …", "X, a software company")', () => {
    expect(byName(pack, 'Immarello')?.kind).toBe('organization');
    expect(byName(pack, 'Quentaro')?.kind).toBe('organization');
  });

  it('does not read a list after a quantifier as a name and its appositive', () => {
    expect(byName(pack, 'Nordic Chapels')?.kind).not.toBe('organization');
  });
});

describe('a class noun before "called" or "named"', () => {
  it('gives the name after "a quarter called", "a band named" the noun’s kind', () => {
    const pack = buildPack([
      article(
        'a.txt',
        'Old Town',
        'The city has a quarter called Jolvana, founded by merchants.',
        'In 1990 he joined a band named Velvet Morning.',
      ),
    ]);
    expect(byName(pack, 'Jolvana')?.kind).toBe('place');
    expect(byName(pack, 'Velvet Morning')?.kind).toBe('organization');
  });
});

describe('the author of a work after "by"', () => {
  const pack = buildPack([
    article(
      'a.txt',
      'Linguistics',
      'The first chapter of “Quiet Fields” by Orvel and Tamsby (2004) begins with a summary.',
      'Results were published in a paper by Halvik in 1989.',
      'The Lantern reported the find. A review by Lantern’s Dana Roe followed.',
      'An essay by Lantern’s Ilse Varn came a week later, and a paper by Lantern’s Oskar Berg after it.',
    ),
  ]);

  it('keeps the authors of a quoted title or a paper as people, even seen once', () => {
    for (const name of ['Orvel', 'Tamsby', 'Halvik']) expect(byName(pack, name)?.kind).toBe('person');
  });

  it('does not take an owner after "by" ("an essay by Lantern’s …") for an author', () => {
    expect(byName(pack, 'Lantern')?.kind).toBe('organization');
  });
});

describe('a place on a route', () => {
  it('reads "from X via Y" as places, even seen once', () => {
    const pack = buildPack([
      article('a.txt', 'Getting there', 'There are flights from Dravoon via Kesselby twice a week.'),
    ]);
    expect(byName(pack, 'Dravoon')?.kind).toBe('place');
  });
});

describe('a list of bodies', () => {
  it('gives a one-word name listed with known companies their kind', () => {
    const pack = buildPack([
      article('a.txt', 'Bids', 'The contract drew bids from Siemens, Nokia and Quorvix last spring.'),
    ]);
    expect(byName(pack, 'Quorvix')?.kind).toBe('organization');
  });
});

describe('a bare surname in an article that names its own bearer', () => {
  it('does not give "Grove" to another article’s person when this article names Margaret Grove', () => {
    const pack = buildPack([
      article(
        'a.txt',
        'Widow Speaks',
        'Margaret Grove, whose husband died in the storm, spoke to the radio host on Thursday.',
        'Grove said she was proud of him.',
      ),
      article('b.txt', 'Golf', 'The golfer Tomas Grove said he would retire in the spring.'),
    ]);
    const other = byName(pack, 'Tomas Grove');
    expect(other?.kind).toBe('person');
    const articleA = pack.articles.find((a) => a.file === 'a.txt')?.id;
    expect(other?.mentions.some((m) => m.articleId === articleA)).toBe(false);
  });
});

describe('a people named once by its own plural noun', () => {
  const pack = buildPack([
    article(
      'a.txt',
      'The Old Fort',
      'The fort was held for a decade against the Turks before the treaty.',
      'Later the valley was settled by Huguenots fleeing the wars, and the Ukrainians came a century on.',
    ),
  ]);

  it('keeps "the Turks" and "Huguenots" seen once as people', () => {
    expect(byName(pack, 'Turks')?.kind).toBe('person');
    expect(byName(pack, 'Huguenots')?.kind).toBe('person');
  });

  it('leaves a nationality’s plural to the rules ("the Ukrainians" seen once is no entity)', () => {
    expect(byName(pack, 'Ukrainians')).toBeUndefined();
  });
});

describe('a capitalized article or particle opening a name', () => {
  const pack = buildPack([
    article(
      'a.txt',
      'A Week Away',
      'The crew flew on to La Ventosa and from there drove to El Marvo before the storm.',
      'A report by Al Qarvani was aired that night, and De Lundqvist wrote the review.',
    ),
  ]);

  it('keeps "La", "El" and "Al" as the name’s first word', () => {
    expect(byName(pack, 'La Ventosa')).toBeDefined();
    expect(byName(pack, 'El Marvo')).toBeDefined();
    expect(byName(pack, 'Al Qarvani')).toBeDefined();
    expect(byName(pack, 'Ventosa')).toBeUndefined();
  });

  it('keeps "De" before a surname', () => {
    expect(byName(pack, 'De Lundqvist')).toBeDefined();
  });
});

describe('a name glossed in brackets by a name with a head word', () => {
  const pack = buildPack([
    article(
      'a.txt',
      'A Trip',
      'Palaces',
      '8 Varsht Mehel (The Palace of Eight Gardens). 1669, built for the court.',
      'Take the Outer Loop Road (Q1234) to the south.',
    ),
  ]);

  it('gives the glossed name the gloss’s kind, even in a Title Case gloss', () => {
    expect(byName(pack, 'Varsht Mehel')?.kind).toBe('place');
  });

  it('gives the bracketed name the kind of the name it glosses', () => {
    expect(byName(pack, 'Q1234')?.kind).toBe('place');
  });
});

describe('particles and plurals that name no one on their own', () => {
  const pack = buildPack([
    article(
      'a.txt',
      'A Week Away',
      'Officer Tomas Van Lundqvist was charged on Monday. Later, Van Lundqvist said nothing.',
      'Lobbyists say the bill is weak, and Strategists agree.',
      'She flew to L.A. on Monday and stayed there. The La Quorva Lawyers Association met on Tuesday.',
    ),
  ]);

  it('gives a surname written with its particle to the article’s full name', () => {
    expect(byName(pack, 'Van Lundqvist')).toBeUndefined();
    expect(byName(pack, 'Tomas Van Lundqvist')?.aliases).toContain('Van Lundqvist');
  });

  it('does not keep a plural of an "-ist" word capitalized to open a sentence', () => {
    expect(byName(pack, 'Lobbyists')).toBeUndefined();
  });

  it('makes no name of a lone particle inside a longer name ("La" is no "L.A.")', () => {
    expect(byName(pack, 'L.A.')?.aliases).toEqual(['L.A.']);
    expect(byName(pack, 'L.A.')?.mentions.length).toBe(1);
  });
});

describe('a word no dictionary knows, only ever opening a sentence as the subject of a speech verb', () => {
  it('is a person, even where a part of it is an English word ("Okrandu-Vale said …")', () => {
    const pack = buildPack([
      {
        file: 'a.txt',
        text: [
          'Harbour vote',
          'The ferry plan went to the council on Tuesday.',
          'Okrandu-Vale said she had warned the council about the timetable.',
        ].join('\n\n'),
      },
    ]);
    expect(pack.entities.find((e) => e.name === 'Okrandu-Vale')?.kind).toBe('person');
  });
});

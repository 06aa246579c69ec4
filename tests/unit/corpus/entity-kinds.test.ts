// Entity kinds and merges on names seen once: the sentence's clue for a place ("the desert of …", "travelled … to
// …"), a headline's full name for a body's bare surname, a relative's owner, a country before a title.
import { describe, expect, it } from 'vitest';
import { buildPack, type SourceFile } from '../../../lib/corpus/pack.ts';
import type { Entity, Pack } from '../../../lib/corpus/types.ts';

const article = (file: string, ...paragraphs: string[]): SourceFile => ({ file, text: paragraphs.join('\n\n') });
const byName = (pack: Pack, name: string): Entity | undefined => pack.entities.find((e) => e.name === name);
const withAlias = (pack: Pack, alias: string): Entity[] => pack.entities.filter((e) => e.aliases.includes(alias));

describe('places seen once', () => {
  const pack = buildPack([
    article(
      'a.txt',
      'A Hermit Remembered',
      'After years in the city, the hermit went for a time to the desert of Qarvesh, far from any road.',
      'After several years in the city, he travelled with Bonifer to Valdrum and settled in a small house.',
      'Later he sailed with his brother to Kelmark.',
      'Citizens of Tamboria may stay for thirty days without a visa.',
    ),
  ]);

  it('keeps the complement of a place noun with "of" as a place', () => {
    expect(byName(pack, 'Qarvesh')?.kind).toBe('place');
    expect(byName(pack, 'Tamboria')?.kind).toBe('place');
  });

  it('does not read a noun of motion a few words back ("the head of … to …") as a verb of motion', () => {
    const pack = buildPack([
      article(
        'b.txt',
        'Ads',
        'Marta Oyel, the head of Right to Rise Valdrum, wrote on Friday that the ad would run again.',
      ),
    ]);
    expect(pack.entities.some((e) => e.kind === 'place' && e.name.includes('Valdrum'))).toBe(false);
  });

  it('reads "to" as a place after a verb of motion a few words back', () => {
    expect(byName(pack, 'Valdrum')?.kind).toBe('place');
    expect(byName(pack, 'Kelmark')?.kind).toBe('place');
  });
});

describe('full names and surnames', () => {
  it('takes the headline’s full name for a person the body calls by surname alone', () => {
    const pack = buildPack([
      article(
        'a.txt',
        'Ellis Courier interviews Ilsabet Varnholm on a new sea slug',
        'The slug was found under the ice last winter.',
        '“It was a surprise,” Varnholm said. Varnholm has studied slugs for twenty years.',
      ),
    ]);
    const people = withAlias(pack, 'Varnholm');
    expect(people).toHaveLength(1);
    expect(people[0]?.aliases).toContain('Ilsabet Varnholm');
  });

  it('gives a surname that owns a relative to the article’s subject, not to the relative just named', () => {
    const pack = buildPack([
      article(
        'a.txt',
        'Odile Tessaro',
        'Odile Tessaro was a French singer and actress.',
        'Tessaro was born in Lyon, the daughter of Maren, a dancer, and Mathurin-Joël Tessaro, a baker. Tessaro’s father was strict.',
      ),
    ]);
    const odile = byName(pack, 'Odile Tessaro');
    const father = byName(pack, 'Mathurin-Joël Tessaro');
    expect(father).toBeDefined();
    const fatherLine = (e: Entity | undefined) =>
      e?.mentions.filter((m) => m.paragraph === 1).map((m) => m.start) ?? [];
    const at = 'Tessaro was born in Lyon, the daughter of Maren, a dancer, and Mathurin-Joël Tessaro, a baker. '.length;
    expect(fatherLine(odile)).toContain(at);
    expect(fatherLine(father)).not.toContain(at);
  });

  it('keeps the country written before a title with the titled name', () => {
    const pack = buildPack([
      article(
        'a.txt',
        'Visa Row',
        'Critics of U.S. President Jane Okafor-Lind said the rules were unfair.',
        'President Okafor-Lind defended them on Friday.',
      ),
    ]);
    expect(byName(pack, 'Jane Okafor-Lind')?.aliases).toContain('U.S. President Jane Okafor-Lind');
  });
});

describe('people named with what they do or where they work', () => {
  it('reads a profession before a name as the person’s description, not part of the name', () => {
    const pack = buildPack([
      article(
        'a.txt',
        'Letters',
        'Mathematician Marta Valstad said of this testament, “This letter is the most important.”',
      ),
    ]);
    expect(byName(pack, 'Marta Valstad')).toMatchObject({ kind: 'person', description: 'Mathematician' });
    expect(pack.entities.some((e) => e.name.startsWith('Mathematician'))).toBe(false);
  });

  it('splits a body’s name from the person named right after it', () => {
    const pack = buildPack([
      article(
        'a.txt',
        'Claims Row',
        'After the leak, the chief executive of the Harbour Council Enver Lundqvist told reporters that every claim would be heard.',
      ),
    ]);
    expect(byName(pack, 'Harbour Council')?.kind).toBe('organization');
    expect(byName(pack, 'Enver Lundqvist')?.kind).toBe('person');
  });
});

describe('words of an address', () => {
  it('does not take a town written in an e-mail address for an ordinary lower-case word', () => {
    const pack = buildPack([
      article(
        'a.txt',
        'Visiting Brennow',
        'Most visitors arrive in Brennow by train. The old town of Brennow is small.',
        'Tourist office: e-mail info@brennow.example, open daily.',
      ),
    ]);
    expect(byName(pack, 'Brennow')?.kind).toBe('place');
  });
});

describe('particles in capitals', () => {
  it('keeps an abbreviation spelled like a name particle ("LA", "DE") in the name it opens', () => {
    const pack = buildPack([
      article(
        'a.txt',
        'Office Statement',
        'A spokesman for the office told LA Harbour Weekly in a statement that the case was closed.',
        'He later told LA Harbour Weekly that no one had been charged.',
      ),
    ]);
    expect(byName(pack, 'LA Harbour Weekly')).toBeDefined();
    expect(byName(pack, 'Harbour Weekly')).toBeUndefined();
  });
});

describe('people whose surname is a place word', () => {
  it('makes a person of a given name and a place head word once the text has the name speak', () => {
    const pack = buildPack([
      article(
        'c.txt',
        'Council Votes on the Ferry',
        '“It was the wrong call,” Ellen Marsh said after the vote.',
        'The march went down Varbo Street and ended in Tessaro Park, where Marta Hill told the crowd to go home.',
      ),
    ]);
    expect(byName(pack, 'Ellen Marsh')?.kind).toBe('person');
    expect(byName(pack, 'Marta Hill')?.kind).toBe('person');
    // Named places stay places: nothing in the text has them speak.
    expect(byName(pack, 'Varbo Street')?.kind).toBe('place');
    expect(byName(pack, 'Tessaro Park')?.kind).toBe('place');
  });
});

describe('abbreviated titles before a name ending in a place word', () => {
  const pack = buildPack([
    article(
      'd.txt',
      'Hearing on the Ferry',
      'Former state senator Dr. Ilse Brook testified on Monday. Brook called the plan reckless.',
      'Sen. Orvel Marsh voted against it, and Gen. Hill stayed away.',
      'The committee later sailed to Lady Torvin Island for the night.',
    ),
  ]);

  it('makes a person of the name an abbreviated title stands before, without the title', () => {
    expect(byName(pack, 'Ilse Brook')?.kind).toBe('person');
    expect(byName(pack, 'Orvel Marsh')?.kind).toBe('person');
    expect(byName(pack, 'Hill')?.kind).toBe('person');
    expect(pack.entities.some((e) => /^(Dr|Sen|Gen)\./u.test(e.name))).toBe(false);
  });

  it('keeps a place that a title word opens', () => {
    expect(byName(pack, 'Lady Torvin Island')?.kind).toBe('place');
  });
});

describe('a given name before a place word', () => {
  it('lets the sentence decide between a person and a park', () => {
    const pack = buildPack([
      article(
        'e.txt',
        'Plan Wins Support',
        'Former governor Peter Ridge endorsed the plan on Monday, and the analyst Karen Marsh agreed.',
        'Supporters rallied in Anna Park, near the river.',
      ),
    ]);
    expect(byName(pack, 'Peter Ridge')?.kind).toBe('person');
    expect(byName(pack, 'Karen Marsh')?.kind).toBe('person');
    expect(byName(pack, 'Anna Park')?.kind).toBe('place');
  });
});

describe('datelines', () => {
  it('reads the capitals before a dateline dash as the place a report was filed from, not a heading', () => {
    const pack = buildPack([
      article('f.txt', 'Port Strike Enters Second Week', 'DOVERTON — Dock workers extended their strike on Monday.'),
      article('g.txt', 'Ferry Plan', 'KELVAR, Ostria (Wire) — The ferry plan was approved.'),
      article('h.txt', 'Minutes', 'OFFICIAL RECORD — The board met at noon.'),
    ]);
    expect(byName(pack, 'DOVERTON')?.kind).toBe('place');
    expect(byName(pack, 'KELVAR')?.kind).toBe('place');
    expect(pack.entities.some((e) => e.kind === 'place' && e.name === 'OFFICIAL RECORD')).toBe(false);
  });
});

describe('bodies named for a report, a project or a campaign', () => {
  it('reads them as organizations, never as people whose surname is "Report"', () => {
    const pack = buildPack([
      article(
        'i.txt',
        'Wealth Survey',
        'The figures come from the Varbo Report, a wealth survey, and the Lotten Project.',
        'Leaders of the Marta Campaign met on Monday.',
      ),
    ]);
    for (const name of ['Varbo Report', 'Lotten Project', 'Marta Campaign']) {
      expect(byName(pack, name)?.kind).toBe('organization');
    }
    expect(pack.entities.some((e) => e.kind === 'person' && e.aliases.includes('Report'))).toBe(false);
  });
});

// Entity kinds from general clues the sentence gives: what a copula says a name is ("Varbo is the capital of …"),
// a plural class noun or title right before names ("the islands …", "Senators …"), a battle's place, a body's
// founder, a faith's members, a person noun in an appositive.
import { describe, expect, it } from 'vitest';
import { buildPack, type SourceFile } from '../../../lib/corpus/pack.ts';
import type { Entity, Pack } from '../../../lib/corpus/types.ts';

const article = (file: string, ...paragraphs: string[]): SourceFile => ({ file, text: paragraphs.join('\n\n') });
const byName = (pack: Pack, name: string): Entity | undefined => pack.entities.find((e) => e.name === name);
const withAlias = (pack: Pack, alias: string): Entity | undefined =>
  pack.entities.find((e) => e.name === alias || e.aliases.includes(alias));

describe('what a copula says a name is', () => {
  it('reads a place from "X is the capital of …" and "X is a city of …"', () => {
    const pack = buildPack([
      article(
        'a.txt',
        'Visiting the north',
        'Travellers who come to the coast for the festival often stay a week. Orvanta is the capital of the northern province.',
        'Few expect much of it, but Orvanta is a city of markets and old walls.',
      ),
    ]);
    expect(byName(pack, 'Orvanta')?.kind).toBe('place');
  });
});

describe('a plural class noun right before names', () => {
  it('makes places of every name after "the islands", with or without a closing "and"', () => {
    const pack = buildPack([
      article(
        'a.txt',
        'Island hopping',
        'From the ferry you can look out at the islands Tamsara, Velloque, Marisette, Quenby but also the mainland.',
      ),
    ]);
    for (const name of ['Tamsara', 'Velloque', 'Marisette', 'Quenby']) expect(byName(pack, name)?.kind).toBe('place');
  });
});

describe('a battle’s place', () => {
  it('keeps a town that is also a given name as a place after "the Siege of"', () => {
    const pack = buildPack([
      article(
        'a.txt',
        'A soldier’s life',
        'Andrei Molvane served as an engineer. He was wounded at the Siege of Rosalind in 1779 and recovered slowly.',
      ),
    ]);
    expect(byName(pack, 'Rosalind')?.kind).toBe('place');
  });
});

describe('a plural title before a list of names', () => {
  it('makes each name after "Senators" a person', () => {
    const pack = buildPack([
      article(
        'a.txt',
        'New members',
        'The chamber welcomed its new members on Tuesday. They join Senators Ardwell, Brisko, and Tamarund as part of a class of six.',
      ),
    ]);
    for (const name of ['Ardwell', 'Brisko', 'Tamarund']) expect(withAlias(pack, name)?.kind).toBe('person');
    expect(pack.entities.some((e) => e.name.startsWith('Senators'))).toBe(false);
  });

  it('keeps a surname written in capitals after a title a person, as a record of the chamber writes it', () => {
    const pack = buildPack([
      article(
        'a.txt',
        'Record',
        'I welcome Senator ORVELLO and Senator BRISKANE to the chamber. They join Senators KADDOW, VERNHAM, and Tamarund.',
        'Senator ORVELLO thanked the chamber.',
      ),
    ]);
    for (const name of ['ORVELLO', 'BRISKANE', 'KADDOW', 'VERNHAM']) expect(withAlias(pack, name)?.kind).toBe('person');
  });
});

describe('a body’s founder', () => {
  it('reads the name before "founder" as a body', () => {
    const pack = buildPack([
      article(
        'a.txt',
        'Interview with Quillory founder Mattias Brenholt',
        'Mattias Brenholt talked about the project.',
        'I started Quillory with two friends. Since then Quillory founder Mattias Brenholt has recorded forty books.',
      ),
    ]);
    expect(byName(pack, 'Quillory')?.kind).toBe('organization');
  });
});

describe('members of a faith', () => {
  it('reads the plural of a word for a believer as people, even after a locative', () => {
    const pack = buildPack([
      article(
        'a.txt',
        'Meeting house',
        'Relations between Quakers and the town council were tense for years, the mayor of Dravenstock said.',
        'The council later apologized to the Quakers.',
      ),
    ]);
    expect(byName(pack, 'Quakers')?.kind).toBe('person');
  });
});

describe('a place head word for open ground', () => {
  it('reads a name ending in "Grounds" as a place', () => {
    const pack = buildPack([
      article(
        'a.txt',
        'Reserves',
        'It is one of two reserves in the country (the other is the Tellvane Treaty Grounds).',
      ),
    ]);
    expect(byName(pack, 'Tellvane Treaty Grounds')?.kind).toBe('place');
  });
});

describe('a given name and "of" a place', () => {
  it('reads a saint’s or a scholar’s name of that shape as a person', () => {
    const pack = buildPack([
      article(
        'a.txt',
        'A scholar’s life',
        'There he copied the commentary of Agnes of Vardessa on the Psalms for a friend.',
        'Later he praised Agnes of Vardessa in a letter.',
      ),
    ]);
    expect(withAlias(pack, 'Agnes of Vardessa')?.kind).toBe('person');
  });
});

describe('a person noun in an appositive', () => {
  it('makes a given name before a place’s head word a person when an appositive says who she is', () => {
    const pack = buildPack([
      article('a.txt', 'Fire', 'Ellen Brook, a widow, lost her home in the fire on Sunday night.'),
    ]);
    expect(byName(pack, 'Ellen Brook')?.kind).toBe('person');
  });
});

// Names seen once in a coordinated list beside names of a known kind take that kind (coordination.ts).
import { describe, expect, it } from 'vitest';
import { findCandidates } from '../../../lib/corpus/candidates.ts';
import { type ListMember, listKind } from '../../../lib/corpus/coordination.ts';
import { buildPack, type SourceFile } from '../../../lib/corpus/pack.ts';
import { scanQuotes } from '../../../lib/corpus/quotes.ts';
import { sentenceRanges } from '../../../lib/corpus/sentences.ts';
import { tokenize } from '../../../lib/corpus/tokens.ts';
import type { Entity, Pack } from '../../../lib/corpus/types.ts';

const article = (file: string, ...paragraphs: string[]): SourceFile => ({ file, text: paragraphs.join('\n\n') });
const byName = (pack: Pack, name: string): Entity | undefined => pack.entities.find((e) => e.name === name);
const candidates = (text: string) => {
  const scan = scanQuotes(text);
  return findCandidates(text, tokenize(text, sentenceRanges(text, scan.spans), scan.spans));
};

describe('a name seen once in a list of names of one kind', () => {
  const pack = buildPack([
    article(
      'a.txt',
      'Fair Season Opens',
      'Dravolt Systems and Kelmar Labs opened stands at the fair. Dravolt Systems brought robots.',
      'Kelmar Labs said it would return next year.',
      'The hall was shared by Dravolt Systems, Kelmar Labs and Ostrevik.',
      'Buses ran from Quorrin and from Belvane to the hall. Visitors from Quorrin and Belvane filled it.',
      'A new road will link the hall with Ulvat, Quorrin and northern Belvane.',
      'Stands went to Kelmar Labs and Harvest.',
    ),
  ]);

  it('gives the list’s kind to a body named once beside known bodies', () => {
    expect(byName(pack, 'Ostrevik')?.kind).toBe('organization');
  });

  it('gives the list’s kind to a place named once, across a compass word before the last member', () => {
    expect(byName(pack, 'Ulvat')?.kind).toBe('place');
  });

  it('keeps an ordinary word beside one known name no entity', () => {
    expect(byName(pack, 'Harvest')).toBeUndefined();
  });
});

describe('which names make a list', () => {
  it('marks the members of a list closed by "and", with "The" before a member and an aside after one', () => {
    const text = 'The Varbo Courier, The Lotten Post (a weekly), and Qarvik Radio ran the story.';
    const lists = candidates(text).map((c) => c.list);
    expect(lists.length).toBe(3);
    expect(new Set(lists).size).toBe(1);
    expect(lists[0]).toBeDefined();
  });

  it('marks a comma-only list of three names that ends its line', () => {
    const lists = candidates('Gate 2: Nordair, Varbojet, Skyline').map((c) => c.list);
    expect(lists.filter((l) => l !== undefined).length).toBe(3);
  });

  it('leaves two names with only a comma between unmarked (a place and its region)', () => {
    expect(candidates('She grew up in Varbo, Nordland, near the coast.').every((c) => c.list === undefined)).toBe(true);
  });

  it('leaves a Title Case headline’s names unmarked', () => {
    const cs = candidates('Nordair, Varbojet And Skyline Announce Merger Talks');
    expect(cs.every((c) => c.list === undefined)).toBe(true);
  });

  it('leaves a possessive out of a list ("the Varbo People’s Front")', () => {
    const cs = candidates('The Lotten Front and the Varbo People’s Front signed.');
    expect(cs.find((c) => c.key === 'varbo people')?.list).toBeUndefined();
  });
});

describe('the kind a list agrees on', () => {
  const known = (kind: ListMember['kind']): ListMember => ({ kind, open: false, common: false, personShape: false });
  const open = (common = false, personShape = true): ListMember => ({ open: true, common, personShape });
  const dropped: ListMember = { open: false, common: false, personShape: false };

  it('takes the kind one known member gives an open name', () => {
    expect(listKind([known('place'), open()])).toBe('place');
  });

  it('takes no kind when known members disagree, or a member was dropped on purpose', () => {
    expect(listKind([known('place'), known('organization'), open()])).toBeUndefined();
    expect(listKind([known('place'), dropped, open()])).toBeUndefined();
  });

  it('needs two known members for an ordinary word', () => {
    expect(listKind([known('organization'), open(true)])).toBeUndefined();
    expect(listKind([known('organization'), known('organization'), open(true)])).toBe('organization');
  });

  it('gives a person’s kind only from two known people, to a name shaped like a person’s', () => {
    expect(listKind([known('person'), open()])).toBeUndefined();
    expect(listKind([known('person'), known('person'), open()])).toBe('person');
    expect(listKind([known('person'), known('person'), open(false, false)])).toBeUndefined();
  });
});

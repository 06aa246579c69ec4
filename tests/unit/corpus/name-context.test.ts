// The kind of a name from the words of the name and the sentence around it: a prize or a hall named after a person
// whose name some town also bears, a place by the geographic word of its own language, a place noun ending an
// appositive before the clause's subject, capitals after "of" that spell a body. Invented sentences only.
import { describe, expect, it } from 'vitest';
import { buildPack } from '../../../lib/corpus/pack.ts';
import type { Pack } from '../../../lib/corpus/types.ts';

const build = (...paragraphs: string[]): Pack =>
  buildPack([{ file: 'a.txt', text: ['Harbour Report', ...paragraphs].join('\n\n') }]);
const kindOf = (pack: Pack, name: string) => pack.entities.find((e) => e.name === name)?.kind;

describe('the kind of a name from its words and its sentence', () => {
  it('reads the name a prize or a hall is named after as a person, even when a town bears it too', () => {
    const pack = build('In 1990 she received the Kettering Prize for her work on harbours, and sang at Crewe Hall.');
    expect(kindOf(pack, 'Kettering')).toBe('person');
    expect(kindOf(pack, 'Crewe')).toBe('person');
    expect(kindOf(pack, 'Crewe Hall')).toBe('place');
  });

  it('reads a place by the geographic word of its own language, and none of its words as a name', () => {
    const pack = build(
      'Vieille Terre has two beaches and a ferry pier.',
      'Anse Corvelle lies to the north, past Terre de Morvan.',
    );
    expect(kindOf(pack, 'Vieille Terre')).toBe('place');
    expect(kindOf(pack, 'Anse Corvelle')).toBe('place');
    expect(kindOf(pack, 'Terre de Morvan')).toBe('place');
    expect(kindOf(pack, 'Morvan')).toBeUndefined();
  });

  it('takes the subject after "…, Nordland province," for no place', () => {
    const pack = build(
      'Born in Varbo, Nordland province, Lindqvar went to sea at fifteen. Lindqvar later taught navigation.',
    );
    expect(kindOf(pack, 'Varbo')).toBe('place');
    expect(kindOf(pack, 'Lindqvar')).not.toBe('place');
    // A place noun before a list still makes places of it.
    const list = build('The ferry serves three islands, Ossmark, Lillholm and Tjärvik.');
    for (const island of ['Ossmark', 'Lillholm', 'Tjärvik']) expect(kindOf(list, island)).toBe('place');
  });

  it('reads what stands "next to" or "adjacent to" a thing as a place', () => {
    const pack = build('The new terminal will be built next to Lindova, on the old quay.');
    expect(kindOf(pack, 'Lindova')).toBe('place');
  });

  it('reads capitals after "a person of" as a body, not as where the person is from', () => {
    const pack = build('The seats went to Karin Holm of VPP and to Tove Berg of VPP.');
    expect(kindOf(pack, 'VPP')).toBe('organization');
    expect(kindOf(pack, 'Karin Holm')).toBe('person');
  });
});

describe('names that are no person’s, and a transcript’s capitals that are', () => {
  it('reads two unknown words after "the" as no person’s name', () => {
    const pack = build('She was a dancer who performed at the Morvelle Quintaire in her youth.');
    expect(kindOf(pack, 'Morvelle Quintaire')).toBeDefined();
    expect(kindOf(pack, 'Morvelle Quintaire')).not.toBe('person');
  });

  it('reads a palace named in its own language as a place, not as a person "del Morvan"', () => {
    const pack = build('The parade ends at the Palacio del Morvan, by the square.');
    expect(kindOf(pack, 'Palacio del Morvan')).toBe('place');
  });

  it('takes a speaker label in capitals for the person of that surname the article names', () => {
    const pack = build(
      'Senator Jane Lindqvar spoke first.',
      'LINDQVAR: Thank you, Madam President. We owe the harbour towns a great deal.',
    );
    expect(kindOf(pack, 'LINDQVAR')).toBeUndefined();
    expect(pack.entities.find((e) => e.name === 'Jane Lindqvar')?.aliases).toContain('LINDQVAR');
  });
});

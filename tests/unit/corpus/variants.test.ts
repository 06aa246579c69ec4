// Surnames with particles: how a person is named again after the full name.
import { describe, expect, it } from 'vitest';
import { buildPack } from '../../../lib/corpus/pack.ts';
import { particleSurname } from '../../../lib/corpus/variants.ts';

describe('surnames with particles', () => {
  it('keeps every particle with the surname', () => {
    expect(particleSurname('Liesel van Dorn')).toBe('van Dorn');
    expect(particleSurname('Tomas de la Vega')).toBe('de la Vega');
    expect(particleSurname('Odile Le Garrec')).toBe('Le Garrec');
  });

  it('gives nothing for a name without a particle, or a particle that is the given name', () => {
    expect(particleSurname('Karen Holm')).toBeUndefined();
    expect(particleSurname('Anna K. Berg')).toBeUndefined();
    expect(particleSurname('De Vega')).toBeUndefined();
  });

  it('makes the surname with its particle an alias of the person', () => {
    const pack = buildPack([
      { file: 'a.txt', text: 'Vote count\n\n“We will win,” Odile Le Garrec said on Sunday in the town square.' },
    ]);
    const person = pack.entities.find((e) => e.name === 'Odile Le Garrec');
    expect(person?.aliases).toContain('Le Garrec');
  });
});

describe('apostrophes in names', () => {
  it('makes one person of a name typeset with either apostrophe, across articles', () => {
    const pack = buildPack([
      { file: 'a.txt', text: 'Port vote\n\n“We will build it,” Niall O’Dowdery said on Monday in Lotten.' },
      { file: 'b.txt', text: "Port plan\n\n“The plan is sound,” Niall O'Dowdery said on Friday in Lotten." },
    ]);
    const people = pack.entities.filter((e) => e.kind === 'person').map((e) => e.name);
    expect(people).toHaveLength(1);
  });
});

// A bare word names the article's own person, or another article's real name: never an epithet's or a headline's.
import { describe, expect, it } from 'vitest';
import { buildPack } from '../../../lib/corpus/pack.ts';

const entityOf = (pack: ReturnType<typeof buildPack>, alias: string) =>
  pack.entities.filter((e) => e.aliases.includes(alias)).map((e) => e.name);

describe('bare words across articles', () => {
  it("gives a bare given name to the article's own full name, not to an epithet another article uses", () => {
    const pack = buildPack([
      {
        file: 'a.txt',
        text: 'Rally night\n\nThe crowd shouted “Sneaky Vera” at the rally. Sneaky Vera said the crowd was rude.',
      },
      {
        file: 'b.txt',
        text: 'Vote count\n\nVera Holm won the vote in Tarnby on Sunday. Vera thanked her staff, and Holm said the count was fair.',
      },
    ]);
    expect(entityOf(pack, 'Vera')).toEqual(['Vera Holm']);
  });

  it("leaves a faith's member noun to itself, not to another article's person whose name ends in it", () => {
    const pack = buildPack([
      { file: 'a.txt', text: 'Town hall\n\n“We are here to stay,” said Zealot Quaker, a preacher from Tarnby.' },
      {
        file: 'b.txt',
        text: 'Meeting\n\nThe meeting in Tarnby drew a crowd. A Quaker said the meeting was calm. Another Quaker, Ada Moss, agreed.',
      },
    ]);
    expect(entityOf(pack, 'Quaker')).not.toContain('Zealot Quaker');
  });
});

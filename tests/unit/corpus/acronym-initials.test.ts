// An acronym joins a name its initials fit only where a writer could have meant it: the corpus names both together.
import { describe, expect, it } from 'vitest';
import { buildPack } from '../../../lib/corpus/pack.ts';

const namesWith = (pack: ReturnType<typeof buildPack>, alias: string) =>
  pack.entities.filter((e) => e.aliases.includes(alias) || e.name === alias).map((e) => e.name);

describe('acronyms by their initials', () => {
  it('keeps apart initials that fit a name only one other article writes', () => {
    const pack = buildPack([
      {
        file: 'a.txt',
        text: 'Church news\n\nThe Qarvik Lutheran Vespers met in Lotten on Sunday to choose a new pastor.',
      },
      {
        file: 'b.txt',
        text: 'Ratings\n\nQLV aired the debate on Monday night, and QLV said eight million people watched it.',
      },
      { file: 'c.txt', text: 'Schedule\n\nThe debate moves to QLV next week, the network said on Friday.' },
    ]);
    expect(namesWith(pack, 'QLV')).toEqual(['QLV']);
  });

  it('joins initials to a name an article writes beside them', () => {
    const pack = buildPack([
      {
        file: 'a.txt',
        text: 'Church news\n\nThe Qarvik Lutheran Vespers met in Lotten on Sunday. QLV chose a new pastor.',
      },
      { file: 'b.txt', text: 'Ratings\n\nQLV aired the sermon on Monday night, and QLV said many people watched it.' },
    ]);
    expect(namesWith(pack, 'QLV')).toEqual(['Qarvik Lutheran Vespers']);
  });
});

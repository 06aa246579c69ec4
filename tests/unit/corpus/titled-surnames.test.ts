// A title only a person bears before a surname that is also an ordinary word. Invented sentences only.
import { describe, expect, it } from 'vitest';
import { buildPack } from '../../../lib/corpus/pack.ts';
import type { Pack } from '../../../lib/corpus/types.ts';

const build = (...paragraphs: string[]): Pack =>
  buildPack([{ file: 'a.txt', text: ['Harbour Report', ...paragraphs].join('\n\n') }]);
const speaker = (pack: Pack, words: string) => {
  const quote = pack.quotes.find((q) => q.text.includes(words));
  return pack.entities.find((e) => e.id === quote?.speakerId);
};

describe('a titled surname that is an ordinary word', () => {
  it('reads an office title before an ordinary word as a person’s, the surname on its own', () => {
    const pack = build('It was, as Senator Keen said, “a long day for the harbour.”');
    expect(speaker(pack, 'a long day')?.kind).toBe('person');
    expect(speaker(pack, 'a long day')?.aliases).toContain('Senator Keen');
  });

  it('reads a courtesy title before a role noun as a person’s, but not before a title of address', () => {
    const pack = build('“No, the yard stays shut,” Mr. Gardener said.', '“Thank you, Mr. President,” she replied.');
    expect(speaker(pack, 'the yard stays shut')?.kind).toBe('person');
    expect(pack.entities.find((e) => e.name === 'President')).toBeUndefined();
  });

  it('keeps a short surname ending like "Republican" as a person', () => {
    const pack = build('“We are ready for the vote,” Congresswoman Swan said.');
    expect(speaker(pack, 'ready for the vote')?.kind).toBe('person');
  });
});

describe('a thing named after a person', () => {
  it('reads a person’s name before ordinary nouns as the thing’s, and the person inside it as a person', () => {
    const pack = build('The Anna Vesk Space Telescope was launched in 2020 to look at the harbour stars.');
    expect(pack.entities.find((e) => e.name === 'Anna Vesk Space Telescope')?.kind).not.toBe('person');
    expect(pack.entities.find((e) => e.name === 'Anna Vesk')?.kind).toBe('person');
  });
});

describe('a given name before a place’s head word', () => {
  it('is a person’s name where the head word speaks on its own as a surname', () => {
    const pack = build(
      'Ilse Forest, whose husband sailed with the fleet, met reporters on Monday.',
      '“It was the hardest year of my life,” Forest said.',
    );
    expect(pack.entities.find((e) => e.aliases.includes('Ilse Forest'))?.kind).toBe('person');
  });
});

describe('a given name that heads bodies elsewhere, before a surname particle', () => {
  it('reads the word, the particle and the surname as a person’s name', () => {
    const pack = build('On Monday, Navy Le Marrec said the port was “closed for the winter.”');
    expect(pack.entities.find((e) => e.name === 'Navy Le Marrec')?.kind).toBe('person');
    expect(speaker(pack, 'closed for the winter')?.name).toBe('Navy Le Marrec');
  });
});

describe('"Justice" as a judge’s title, and bodies whose names end in an office', () => {
  it('keeps the title "Justice" apart from the judge’s name', () => {
    const pack = build(
      'The ruling was written by Supreme Court Justice Ilse Varga in May.',
      'Justice Varga said the harbour law was “plainly unfair to the crews.”',
    );
    const judge = pack.entities.find((e) => e.name === 'Ilse Varga');
    expect(judge?.kind).toBe('person');
    expect(judge?.aliases).toContain('Justice Varga');
    expect(speaker(pack, 'plainly unfair')?.name).toBe('Ilse Varga');
  });

  it('reads "of" or "for" and words ending in a title word as a body’s name, titles alone as a role', () => {
    const pack = build('The Department of Defense and the Varbo Center for Media Justice met the Minister of Justice.');
    expect(pack.entities.find((e) => e.name === 'Department of Defense')?.kind).toBe('organization');
    expect(pack.entities.find((e) => e.name === 'Varbo Center for Media Justice')?.kind).toBe('organization');
    expect(pack.entities.find((e) => e.name === 'Minister of Justice')).toBeUndefined();
  });
});

describe('"the House"', () => {
  it('is not the article’s one body whose name ends in "House"', () => {
    const pack = build(
      'The White House said on Monday that the harbour bill was “a good start.”',
      'The House passed the bill on Tuesday, and the Senate will vote next week.',
    );
    expect(pack.entities.find((e) => e.name === 'White House')?.aliases).not.toContain('House');
  });
});

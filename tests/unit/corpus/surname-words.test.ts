// Surnames that are ordinary English words ("Thorn", "Keen") standing alone as a speaker, once the article has named
// the person in full. Invented sentences only.
import { describe, expect, it } from 'vitest';
import { buildPack } from '../../../lib/corpus/pack.ts';
import type { Pack } from '../../../lib/corpus/types.ts';

const build = (...paragraphs: string[]): Pack =>
  buildPack([{ file: 'a.txt', text: ['Harbour Report', ...paragraphs].join('\n\n') }]);
const speakerName = (pack: Pack, words: string) => {
  const quote = pack.quotes.find((q) => q.text.includes(words));
  return pack.entities.find((e) => e.id === quote?.speakerId)?.name;
};
// The corpus writes these words in lower case too, as any real one would.
const ORDINARY = 'The keen crew passed a thorn hedge in bold, calm weather.';

describe('a surname that is also an ordinary word', () => {
  it('keeps a given name and an ordinary-word surname that an appositive describes as a person', () => {
    const pack = build(
      'The port’s chairman, Cliff Thorn, a former harbour pilot who just signed on, said he was busy.',
      ORDINARY,
      'Asked about the levy, Thorn described it as “news to me.”',
    );
    expect(speakerName(pack, 'news to me')).toBe('Cliff Thorn');
  });

  it('reads a family name written first, before a hyphenated given name, as the bare surname', () => {
    const pack = build(
      'Keen Tae-soo, the harbour chief, spoke on Monday.',
      ORDINARY,
      '“That was the hardest week for me,” Keen recalled.',
    );
    expect(speakerName(pack, 'the hardest week')).toBe('Keen Tae-soo');
  });

  it('does not read the word after a straight closing quote as opening a sentence', () => {
    const pack = build(
      'Mira Bold, the harbour chief, spoke on Monday.',
      ORDINARY,
      'Her deputy, Ola Vinter, told reporters on Tuesday that the port would close.',
      '"That was a hard week for the crews," Bold said.',
    );
    expect(speakerName(pack, 'a hard week')).toBe('Mira Bold');
    // The bare surname is her mention, not only the ranker's guess from the paragraphs before.
    expect(pack.entities.find((e) => e.name === 'Mira Bold')?.aliases).toContain('Bold');
  });
});

describe('a person whose given name is a geographic word', () => {
  it('reads a place opener before a surname as a given name where the text gives the person a role', () => {
    const pack = build(
      'The port fought on, in what River Tollerud, national treasurer for the port authority, called “a long fight.”',
    );
    expect(pack.entities.find((e) => e.name === 'River Tollerud')?.kind).toBe('person');
    expect(speakerName(pack, 'a long fight')).toBe('River Tollerud');
  });
});

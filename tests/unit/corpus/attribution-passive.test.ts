// A phrase quoted as what something is called, the caller named after "by". Invented sentences only.
import { describe, expect, it } from 'vitest';
import { buildPack } from '../../../lib/corpus/pack.ts';
import type { Pack } from '../../../lib/corpus/types.ts';

const build = (...paragraphs: string[]): Pack =>
  buildPack([{ file: 'a.txt', text: ['Harbour Report', ...paragraphs].join('\n\n') }]);
const speakerName = (pack: Pack, words: string) => {
  const quote = pack.quotes.find((q) => q.text.includes(words));
  return pack.entities.find((e) => e.id === quote?.speakerId)?.name;
};

describe('the agent of a passive verb of calling', () => {
  it('credits the name after "by" with the phrase', () => {
    const pack = build(
      'The plan has been called “a quiet failure” by Jana Roe, a professor at Varbo University, and it stalled.',
      'The levy, often labelled as a “tax on hope” by Tom Vesk, passed anyway.',
    );
    expect(speakerName(pack, 'a quiet failure')).toBe('Jana Roe');
    expect(speakerName(pack, 'tax on hope')).toBe('Tom Vesk');
  });

  it('leaves "by" after an active verb of calling to what was called', () => {
    const pack = build('The harbour board met on Monday.', 'Ola Brandt said he called it “a betrayal” by Jana Roe.');
    expect(speakerName(pack, 'a betrayal')).not.toBe('Jana Roe');
  });
});

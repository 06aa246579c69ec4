import { it } from 'vitest';
import { buildPack } from '../../lib/corpus/pack.ts';
const cases: [string, string][] = [
  ['Vote\n\nMarguerite Okonjo-Vale chairs the board.\n\n“The board has listened to every side of this, and it chose well,” said Okonjo-Vale ally Tobias Lindqvist.', 'every side'],
  ['Vote\n\nMarguerite Okonjo-Vale chairs the board.\n\nOkonjo-Vale adviser Tobias Lindqvist said the board “has listened to every side of this, and it chose well.”', 'every side'],
  ['Vote\n\nMarguerite Okonjo-Vale chairs the board.\n\n“The board has listened to every side of this, and it chose well,” said Tobias Lindqvist, an Okonjo-Vale ally.', 'every side'],
];
it('probe', () => {
  for (const [text, q] of cases) {
    const quote = buildPack([{ file: 's.txt', text }]).quotes.find((x) => x.text.includes(q));
    console.log(text.slice(45, 120), '=>', quote?.speaker);
  }
});

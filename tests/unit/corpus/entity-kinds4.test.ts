// Kinds and links that a name's own article must support: initials across articles, lists after a label.
import { describe, expect, it } from 'vitest';
import { buildPack, type SourceFile } from '../../../lib/corpus/pack.ts';
import type { Entity, Pack } from '../../../lib/corpus/types.ts';

const article = (file: string, ...paragraphs: string[]): SourceFile => ({ file, text: paragraphs.join('\n\n') });
const holding = (pack: Pack, form: string): Entity | undefined =>
  pack.entities.find((e) => e.name === form || e.aliases.includes(form));

describe('initials that fit a name of another article', () => {
  const pack = buildPack([
    article(
      'guide.txt',
      'Visiting Varbo',
      'The Varbo Bowl Stadium seats forty thousand. Games at the Varbo Bowl Stadium sell out early.',
      'Trams stop outside the Varbo Bowl Stadium on match days.',
    ),
    article(
      'actor.txt',
      'Jan Roe',
      'Jan Roe starred in the VBS drama Harbour Lights. VBS renewed it for a second season.',
      'Roe said VBS had been generous.',
    ),
  ]);

  it('does not join initials to a name only another article writes', () => {
    expect(holding(pack, 'VBS')?.name).not.toBe('Varbo Bowl Stadium');
  });
});

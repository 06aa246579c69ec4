// Entity kinds of names inside longer names: a ground, a station or a graveyard takes the name of the district it
// stands in, which is then a place of its own.
import { describe, expect, it } from 'vitest';
import { buildPack, type SourceFile } from '../../../lib/corpus/pack.ts';
import type { Entity, Pack } from '../../../lib/corpus/types.ts';

const article = (file: string, ...paragraphs: string[]): SourceFile => ({ file, text: paragraphs.join('\n\n') });
const byName = (pack: Pack, name: string): Entity | undefined => pack.entities.find((e) => e.name === name);

describe('a facility named for its district', () => {
  it('makes a place of the name before "Stadium", "Station" and "Cemetery"', () => {
    const pack = buildPack([
      article(
        'a.txt',
        'Derby day',
        'The home side met the visitors at the Karvesk Stadium on a cold evening. Fans came by train from Ulmarode Station.',
        'The club founder lies in the Brezhovany Cemetery, a short walk from the ground.',
      ),
    ]);
    for (const name of ['Karvesk', 'Ulmarode', 'Brezhovany']) expect(byName(pack, name)?.kind).toBe('place');
    expect(byName(pack, 'Karvesk Stadium')?.kind).toBe('place');
  });

  it('leaves alone a person’s name, an ordinary word and capitals before the head word', () => {
    const pack = buildPack([
      article(
        'a.txt',
        'Derby day',
        'The teams met at the Margaret Stadium and later at the Union Station, then at the NVK Arena near the river.',
      ),
    ]);
    for (const name of ['Margaret', 'Union', 'NVK']) expect(byName(pack, name)?.kind).not.toBe('place');
  });
});

describe('a word opening the sentence before a full name', () => {
  it('is no part of the person’s name ("Nonpartisan Maria Okonjo-Vale won")', () => {
    const pack = buildPack([
      article(
        'a.txt',
        'Council results',
        'Nonpartisan Maria Okonjo-Vale won the seat by a wide margin. Her rival conceded before midnight.',
        'Unopposed Edwin Tarrask said turnout was the highest in a decade.',
      ),
    ]);
    expect(byName(pack, 'Maria Okonjo-Vale')?.kind).toBe('person');
    expect(byName(pack, 'Edwin Tarrask')?.kind).toBe('person');
    expect(pack.entities.some((e) => /^(?:Nonpartisan|Unopposed) /u.test(e.name))).toBe(false);
  });
});

describe('a hyphenated given name', () => {
  it('keeps a syllable ending in "-ing" as part of the name ("Lok Yee-ming"), but not an English participle', () => {
    const pack = buildPack([
      article(
        'a.txt',
        'Council results',
        'The district councillor Lok Yee-ming defeated two rivals. Lok Yee-ming had campaigned on housing.',
        'Voters in Varbo-leaning wards stayed home.',
      ),
    ]);
    expect(byName(pack, 'Lok Yee-ming')?.kind).toBe('person');
    expect(pack.entities.some((e) => e.name.startsWith('Varbo-leaning'))).toBe(false);
  });
});

describe('a state named in its university’s name', () => {
  const pack = buildPack([
    article(
      'b.txt',
      'Study Finds Cold Winters',
      'The study was led by researchers at Manitoba State University, the paper said.',
      'Organizers of the Yukon State Fair said the fair would go on.',
    ),
  ]);

  it('reads "Manitoba State" in "Manitoba State University" as the place', () => {
    expect(byName(pack, 'Manitoba State')?.kind).toBe('place');
  });

  it('leaves "Yukon State" in a fair’s name no place of its own', () => {
    expect(byName(pack, 'Yukon State')).toBeUndefined();
  });
});

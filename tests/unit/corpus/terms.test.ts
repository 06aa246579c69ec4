// Terms beyond capitalized names: lower-case policy phrases ("buffer zone", "price cap", "martial law") with
// their forms and definitions, and the name fixes around them (shared plural heads, plural place names,
// former states, numbers in appositives, a title's owner in the role).
import { describe, expect, it } from 'vitest';
import { buildPack, type SourceFile } from '../../../lib/corpus/pack.ts';
import type { Entity, Pack } from '../../../lib/corpus/types.ts';

const article = (file: string, ...paragraphs: string[]): SourceFile => ({ file, text: paragraphs.join('\n\n') });
const build = (...paragraphs: string[]) => buildPack([article('a.txt', 'Border Talks Stall', ...paragraphs)]);
const entity = (pack: Pack, name: string): Entity | undefined => pack.entities.find((e) => e.name === name);
const terms = (pack: Pack) => pack.entities.filter((e) => e.kind === 'term').map((e) => e.name);

describe('policy phrases', () => {
  const pack = buildPack([
    article(
      'a.txt',
      'Grain Deal Holds',
      'The coalition agreed a price cap on Ruritanian gas after weeks of talks in Geneva.',
      'Diplomats said humanitarian corridors would open on Friday for civilians leaving Aleppo.',
    ),
    article(
      'b.txt',
      'Corridor Opens',
      'The first humanitarian corridor opened at dawn, and the price cap took effect a day later.',
      'Maria Lopez, a spokeswoman for the coalition, said the price caps would be reviewed each month.',
    ),
  ]);

  it('makes a recurring lower-case phrase a term, named in the singular, its plural an alias', () => {
    expect(entity(pack, 'humanitarian corridor')).toMatchObject({
      kind: 'term',
      aliases: ['humanitarian corridor', 'humanitarian corridors'],
    });
    expect(entity(pack, 'price cap')?.aliases).toEqual(['price cap', 'price caps']);
    expect(entity(pack, 'price cap')?.mentions).toHaveLength(3);
  });

  it('relates a phrase to the names it appears with', () => {
    expect(entity(pack, 'humanitarian corridor')?.related).toContain(entity(pack, 'Aleppo')?.id);
  });

  it('never makes a phrase a speaker', () => {
    const pack = build(
      'Pilots asked again for a no-fly zone.',
      '“The skies must stay closed,” a leaflet about the no-fly zone said.',
    );
    expect(entity(pack, 'no-fly zone')?.kind).toBe('term');
    expect(pack.quotes).toHaveLength(1);
    expect(pack.quotes[0]?.speaker).toBeNull();
  });

  it('takes a phrase mentioned once when the text marks it as fixed: hyphenated, quoted or without an article', () => {
    const once = build(
      'The alliance kept its open-door policy for new members.',
      'Envoys floated a “buffer zone” along the river.',
      'The junta declared martial law on Sunday.',
    );
    expect(terms(once)).toEqual(expect.arrayContaining(['open-door policy', 'buffer zone', 'martial law']));
  });

  it('joins hyphen and space spellings, British and American spellings, under one term', () => {
    const pack = build(
      'Blue helmets joined the peace-keeping mission in the valley.',
      'The peacekeeping mission would need more helicopters, officers said.',
      'The army wants more air-defence systems. The air defense systems arrived in May.',
    );
    expect(entity(pack, 'peace-keeping mission')?.aliases).toEqual(['peace-keeping mission', 'peacekeeping mission']);
    expect(entity(pack, 'air-defence systems')?.aliases).toEqual(['air-defence systems', 'air defense systems']);
  });

  it('leaves out a phrase mentioned once and unmarked', () => {
    expect(terms(build('The treaty set up a transit zone near the port.'))).toEqual([]);
  });

  it('makes no term of determiners, evaluations, numbers or verbs before a policy noun, however often', () => {
    const pack = build(
      'Ships entered the same zone twice. This law is old, and this law is unpopular.',
      'The firm sold new systems. It sold new systems again. Tougher sanctions followed; tougher sanctions failed.',
      'The ministers want to impose sanctions, and they will impose sanctions soon.',
      'Officials ban protests here. Officials ban rallies there. The political system and the political system.',
      'Both sides reported ceasefire violations. More ceasefire violations followed.',
      'The two-day talks ended. Later, two-day talks resumed. The so-called policy and the so-called policy.',
      'Putin employs chemical weapons, they said. The president talks tough. The president talks tough again.',
    );
    expect(terms(pack)).toEqual([]);
  });

  it('describes a phrase by its appositive', () => {
    const pack = build(
      'Both armies agreed on the buffer zone, a strip of land ten kilometres wide, on Monday.',
      'The buffer zone will be patrolled by observers.',
    );
    expect(entity(pack, 'buffer zone')?.description).toBe('a strip of land ten kilometres wide');
  });

  it('leaves lower-case terms out of page highlighting: no alias of a phrase has a capital', () => {
    const pack = build('The junta declared martial law on Sunday. Martial law was lifted in May.');
    const term = entity(pack, 'martial law');
    expect(term?.aliases).toEqual(['martial law', 'Martial law']);
    expect(term?.name).toBe('martial law');
  });
});

describe('term definitions', () => {
  it('describes a treaty article by the defining clause after it', () => {
    const pack = build(
      'Members invoked Article 12, which requires every member to send aid within a week.',
      'Article 12 has been used only once.',
    );
    expect(entity(pack, 'Article 12')?.description).toBe('which requires every member to send aid within a week');
  });

  it('reads the clause across "of the …" and a head noun after the name', () => {
    const pack = build(
      'They met under Article 9 of the harbour charter, which obliges members to share pilots.',
      'Ports cited their Article 3 duty, where each member is considered responsible for its own waters.',
    );
    expect(entity(pack, 'Article 9')?.description).toBe('which obliges members to share pilots');
    expect(entity(pack, 'Article 3')?.description).toBe(
      'where each member is considered responsible for its own waters',
    );
  });

  it('does not take a clause in the simple past, which tells what happened rather than what the term is', () => {
    const pack = build('Officials met at the Article 7 review, where they signed the protocol.');
    expect(entity(pack, 'Article 7')?.description).toBeUndefined();
  });
});

describe('names around terms', () => {
  it('gives each name the singular of a plural head they share', () => {
    const pack = build('Tankers sailed between the Caspian and Aral Seas on Monday.', 'Storms hit the Aral Sea.');
    expect(entity(pack, 'Aral Sea')).toMatchObject({ kind: 'place', aliases: ['Aral Sea', 'Aral Seas'] });
    expect(pack.entities.some((e) => e.name === 'Aral Seas')).toBe(false);
  });

  it('names a shared-head fragment by its singular even when the corpus never writes the singular', () => {
    const pack = build('Patrols now cover the Adriatic and Ionian Seas.');
    expect(entity(pack, 'Ionian Sea')?.aliases).toEqual(['Ionian Sea', 'Ionian Seas']);
  });

  it('joins a plural place name to its singular', () => {
    const pack = build('Ships sailed into the Baltic on Monday.', 'Troops arrived in the Baltics on Tuesday.');
    expect(entity(pack, 'Baltic')).toMatchObject({ kind: 'place', aliases: ['Baltic', 'Baltics'] });
    expect(entity(pack, 'Baltics')).toBeUndefined();
  });

  it('knows former states as places', () => {
    const pack = build('The republic left the Soviet Union in 1991, long before it joined the Union of Ports.');
    expect(entity(pack, 'Soviet Union')?.kind).toBe('place');
  });

  it('keeps a number with thousands separators inside an appositive', () => {
    const pack = build(
      'Officers from the Rapid Harbour Force (RHF), a fleet of about 12,500 vessels, arrived on Monday.',
      'The RHF said it would stay.',
    );
    expect(entity(pack, 'Rapid Harbour Force')?.description).toBe('a fleet of about 12,500 vessels');
  });

  it('keeps the country a title belongs to, and prefers the fuller role the texts give', () => {
    const pack = buildPack([
      article('a.txt', 'Visit Ends', 'France’s President Pierre Valmont visited the port on Monday.'),
      article('b.txt', 'Visit Begins', 'President Valmont thanked the crew.', 'Valmont left on Friday.'),
    ]);
    expect(entity(pack, 'Pierre Valmont')?.description).toBe('France’s President');
    const plain = buildPack([
      article('a.txt', 'Visit Ends', 'President Valmont thanked the crew.'),
      article('b.txt', 'Visit Begins', 'French President Pierre Valmont visited the port on Monday.'),
    ]);
    expect(entity(plain, 'Pierre Valmont')?.description).toBe('French President');
  });
});

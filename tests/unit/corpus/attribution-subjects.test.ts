// Subject and speech-clause constructions from issue #11, on invented sentences: a phrase between a verb and its
// "that", sentence openers that are not the subject, a party tag after a name, a reflexive after the subject.
import { describe, expect, it } from 'vitest';
import { buildPack } from '../../../lib/corpus/pack.ts';

const speakerOf = (paragraph: string, quote: string) =>
  buildPack([{ file: 'story.txt', text: `Harbour vote\n\n${paragraph}` }]).quotes.find((q) => q.text.includes(quote))
    ?.speaker;

describe('a phrase between a speech verb and its “that”', () => {
  it('“X stated of the plan that …” is a speech clause', () => {
    const text = 'Later in the evening, Okonjo-Vale stated of the harbour plan that the final report “was not good.”';
    expect(speakerOf(text, 'was not good')).toBe('Okonjo-Vale');
  });
});

describe('sentence openers and the subject', () => {
  it('a name ending in -ly that opens the sentence is its subject, not an adverb: “Kelly X …, calling …”', () => {
    const text =
      'Tomas Brandt spoke first. Kelly Whitlock released a statement after meeting Brandt on Monday, calling the plan “a disaster for the port.”';
    expect(speakerOf(text, 'a disaster')).toBe('Kelly Whitlock');
  });

  it('“Here in <place>, X …, saying, “…”” credits X', () => {
    const text =
      'Here in Ellisford, Okonjo-Vale stepped up her attack on the mayor, saying, “We have got to fix the port.”';
    expect(speakerOf(text, 'fix the port')).toBe('Okonjo-Vale');
  });
});

describe('words between a subject and its verb', () => {
  it('“X during a rally thanked … “…”” credits X', () => {
    const text =
      'Marguerite Okonjo-Vale, the mayor, spoke at length. It was such a presence that Okonjo-Vale during a rally thanked its members “for their support in my campaign.”';
    expect(speakerOf(text, 'for their support')).toBe('Marguerite Okonjo-Vale');
  });

  it('“X herself said …” credits X', () => {
    const text =
      'Marguerite Okonjo-Vale met Tomas Brandt on Monday. Okonjo-Vale herself said the port was “a disgrace.”';
    expect(speakerOf(text, 'a disgrace')).toBe('Marguerite Okonjo-Vale');
  });
});

describe('a party tag after the name', () => {
  it('“Rep. X (D-Md.), chair of …, said that …” credits X', () => {
    const text =
      'Rep. Marguerite Okonjo-Vale (D-Md.), chair of the Harbour Committee, said that the deal was “100 percent” done.';
    expect(speakerOf(text, '100 percent')).toBe('Marguerite Okonjo-Vale');
  });

  it('“Rep. X (D-Md.), who …, said …” credits X, not the name in the relative clause', () => {
    const text =
      'Rep. Marguerite Okonjo-Vale (D-Md.), who has backed Tomas Brandt, said Brandt has pushed the council to be “more aggressive” on the port.';
    expect(speakerOf(text, 'more aggressive')).toBe('Marguerite Okonjo-Vale');
  });
});

describe('a comma, a speech verb and a phrase', () => {
  it('“X, his deputy, said the Y campaign would “…””: the phrase is the subject of what was said', () => {
    const text =
      'Tomas Brandt spoke on Monday. Dana Whitlock, his deputy political director, said the Brandt campaign would “check the lists every day.”';
    expect(speakerOf(text, 'check the lists')).toBe('Dana Whitlock');
  });

  it('“…,” says a source involved in …: a participle after a common noun keeps the inversion', () => {
    const text = '“It is a way to help without paying,” says a source involved in the harbour talks.';
    expect(speakerOf(text, 'a way to help')).toBe('a source');
  });
});

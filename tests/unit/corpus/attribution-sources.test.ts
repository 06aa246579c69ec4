// Documents, outlets, messages and bodies as the speaker of a quote (issue #11): invented sentences.
import { describe, expect, it } from 'vitest';
import { sourcePhraseEndingAt } from '../../../lib/corpus/descriptions.ts';
import { buildPack } from '../../../lib/corpus/pack.ts';
import { tokenize } from '../../../lib/corpus/tokens.ts';

const speakerOf = (text: string, quote: string) =>
  buildPack([{ file: 'story.txt', text }]).quotes.find((q) => q.text.includes(quote))?.speaker;

describe('a document, outlet or body beside the quote speaks', () => {
  it('“…,” the committee report said', () => {
    const text =
      'Dam\n\nEngineers inspected the dam in May.\n\n“The spillway was never tested at full load,” the committee report said, referring to the spring floods.';
    expect(speakerOf(text, 'never tested')).toBe('the committee report');
  });

  it('“…,” the email said, after another sentence', () => {
    const text =
      'Fundraising\n\nSupporters got a message on Friday night. “We need every dollar before the deadline,” the email said.';
    expect(speakerOf(text, 'every dollar')).toBe('the email');
  });

  it('“…” a notice on the door reads', () => {
    const text = 'Library\n\n“Closed until further notice for repairs!” a notice on the door reads.';
    expect(speakerOf(text, 'further notice')).toBe('a notice');
  });

  it('“…,” reads a front-page editorial', () => {
    const text = 'Bridge\n\n“The bridge is a monument to waste,” reads a front-page editorial.';
    expect(speakerOf(text, 'monument to waste')).toBe('a front-page editorial');
  });

  it('“…,” the centre-left newspaper wrote: the outlet the article named', () => {
    const text =
      'Mill\n\nThe Riverton Herald covered the mill for years.\n\n“The mill will not reopen this year,” the centre-left newspaper wrote.';
    expect(speakerOf(text, 'will not reopen')).toBe('Riverton Herald');
  });

  it('“…,” the Harbour Authority report said: the organization the phrase names', () => {
    const text =
      'Port\n\nThe Harbour Authority met on Monday.\n\n“Traffic fell by a third in the winter,” the Harbour Authority report said.';
    expect(speakerOf(text, 'fell by a third')).toBe('Harbour Authority');
  });

  it('The email goes on to say “…”: the document opening the sentence', () => {
    const text = 'Campaign\n\nThe email goes on to say the plan would “double the cost of every ticket” within a year.';
    expect(speakerOf(text, 'double the cost')).toBe('The email');
  });

  it('a modifier is no subject: “the campaign chairman Ann Lee said” credits the person', () => {
    const text =
      'Rally\n\nCampaign chairman Ann Lee said in a statement: “We will hold the rally on Sunday as planned.”';
    expect(speakerOf(text, 'hold the rally')).toBe('Ann Lee');
  });
});

describe('people the text describes by what they do', () => {
  it('“…,” the neurosurgeon said', () => {
    const text = 'Clinic\n\nThe ward filled up early.\n\n“We ran out of beds by noon,” the neurosurgeon said.';
    expect(speakerOf(text, 'out of beds')).toBe('the neurosurgeon');
  });

  it('“…,” the progressive heavyweights wrote', () => {
    const text = 'Letter\n\n“This plan is the test of the decade,” the progressive heavyweights wrote on Monday.';
    expect(speakerOf(text, 'test of the decade')).toBe('the progressive heavyweights');
  });
});

describe('a pronoun whose antecedent lies beyond the usual reach', () => {
  it('“…,” she said, five paragraphs after the only woman named', () => {
    const text = [
      'Flood',
      'Mayor Helen Price toured the valley on Monday.',
      'The river rose two metres overnight.',
      'Roads to the north were closed.',
      'Schools stayed shut across the district.',
      'Power failed in three villages.',
      '“We will rebuild every bridge,” she said.',
    ].join('\n\n');
    expect(speakerOf(text, 'rebuild every bridge')).toBe('Helen Price');
  });

  it('not past a nearer person whose first name only looks the wrong gender', () => {
    const text = [
      'Flood',
      'Mayor Helen Price toured the valley on Monday.',
      'The river rose two metres overnight.',
      'Roads to the north were closed.',
      'Schools stayed shut across the district.',
      'Fire chief Tom Reed said power failed in three villages.',
      '“We will rebuild every bridge,” she said.',
    ].join('\n\n');
    expect(speakerOf(text, 'rebuild every bridge')).not.toBe('Helen Price');
  });
});

describe('sourcePhraseEndingAt', () => {
  const phrase = (text: string, endWord: string) => {
    const tokens = tokenize(text, [[0, text.length]], []);
    const end = tokens.findIndex((t) => t.lower === endWord);
    const np = sourcePhraseEndingAt(tokens, end, 0);
    return np ? text.slice(tokens[np.first]?.start, tokens[np.last]?.end) : undefined;
  };

  it('reads back to the determiner, over one prepositional phrase', () => {
    expect(phrase('Then a welcome message on the website reads', 'website')).toBe('a welcome message on the website');
    expect(phrase('Then the conservative-leaning newspaper wrote', 'newspaper')).toBe(
      'the conservative-leaning newspaper',
    );
  });

  it('takes in the owner of a possessive', () => {
    expect(phrase('Then Harbour Authority’s latest report said', 'report')).toBe('Harbour Authority’s latest report');
  });

  it('nothing for a person or without a determiner', () => {
    expect(phrase('Then the senator said', 'senator')).toBeUndefined();
    expect(phrase('reports said', 'reports')).toBeUndefined();
  });
});

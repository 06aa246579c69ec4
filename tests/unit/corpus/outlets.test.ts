// Publications and bodies cited as a report's source (issue #11): a name seen once right before "reported" or after
// "according to" is kept as an organization, "the Courier" stands for the article's "Varbo Courier", and
// "…, the Courier reported." credits the publication rather than the person quoted inside its sentence.
import { describe, expect, it } from 'vitest';
import { buildPack } from '../../../lib/corpus/pack.ts';

const speakerOf = (text: string, quote: string) =>
  buildPack([{ file: 'story.txt', text }]).quotes.find((q) => q.text.includes(quote))?.speaker;
const entity = (text: string, name: string) =>
  buildPack([{ file: 'story.txt', text }]).entities.find((e) => e.name === name);

describe('a source cited by name', () => {
  it('keeps a name seen once before “reported” as an organization', () => {
    const text =
      'Harbour deal\n\nThe council met on Monday. As Lundwatch reported, “the vote was delayed twice before it passed.”';
    expect(entity(text, 'Lundwatch')?.kind).toBe('organization');
    expect(speakerOf(text, 'vote was delayed')).toBe('Lundwatch');
  });

  it('keeps a name seen once after “according to”', () => {
    const text =
      'Budget\n\nThe plan was revised in March. According to Varbonet, officials called it “a necessary correction.”';
    expect(entity(text, 'Varbonet')?.kind).toBe('organization');
  });

  it('keeps a name of ordinary words that “first reported” as an organization', () => {
    const text =
      'Schools\n\nThe mayor called the programme “a waste of everyone’s time,” Harbour Lantern Watch first reported.';
    expect(entity(text, 'Harbour Lantern Watch')?.kind).toBe('organization');
  });
});

describe('a given name written as a body’s', () => {
  it('makes an organization of “the Rowan” that reports and owns', () => {
    const text =
      'Strike\n\nThe port stayed shut on Monday, the Rowan reported. The Rowan’s editors said that “no ship has moved since Friday.”';
    expect(entity(text, 'Rowan')?.kind).toBe('organization');
  });
});

describe('“the X” for the article’s body named in full', () => {
  it('links “the Courier” to the Varbo Courier', () => {
    const text =
      'Bridge plans\n\nThe Varbo Courier reported on Sunday that the plans were ready. Engineers doubt the design, the Courier said, ' +
      'calling the bridge “a folly in steel.”';
    const pack = buildPack([{ file: 'story.txt', text }]);
    const courier = pack.entities.find((e) => e.name === 'Varbo Courier');
    expect(courier?.aliases ?? []).toContain('Courier');
    expect(pack.quotes.find((q) => q.text.includes('folly in steel'))?.speaker).toBe('Varbo Courier');
  });
});

describe('“…,” the publication reported', () => {
  it('credits the publication closing the sentence, not the person quoted inside it', () => {
    const text =
      'Port strike\n\nThe Varbo Courier reported on the strike all week. Asked about the talks, Peter Hansen said: ' +
      '“There will be no deal before winter,” the Courier reported.';
    expect(speakerOf(text, 'no deal before winter')).toBe('Varbo Courier');
  });

  it('does not read a passive “was reported” as a citation', () => {
    const text =
      'Fire\n\nMaria Lopez, the fire chief, spoke on Monday. “The blaze is contained,” Lopez said, as the damage was reported.';
    expect(speakerOf(text, 'blaze is contained')).toBe('Maria Lopez');
  });
});

describe('“the Council” for the article’s one council', () => {
  it('links the last word with “the” to the body it ends, only when one body ends in it', () => {
    const one =
      'Harbour levy\n\nThe Varbo Harbour Council met on Monday. Later the Council said it would delay the levy.';
    const council = buildPack([{ file: 'story.txt', text: one }]).entities.find(
      (e) => e.name === 'Varbo Harbour Council',
    );
    expect(council?.aliases ?? []).toContain('Council');
    const two =
      'Harbour levy\n\nThe Varbo Harbour Council and the Lund Trade Council met on Monday. Later the Council said it ' +
      'would delay the levy.';
    const entities = buildPack([{ file: 'story.txt', text: two }]).entities;
    expect(entities.some((e) => e.name.endsWith(' Council') && (e.aliases ?? []).includes('Council'))).toBe(false);
  });
});

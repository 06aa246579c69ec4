// Issue #11: when the speaker ranker falls short of its threshold, its own pick is still taken if the layout of
// the text confirms it (a paragraph ending in a colon before the quote, a quote paragraph after one by the same
// speaker) and the quote is more than a short phrase. Invented articles: the ranker abstains on each of these, so
// the attribution tests fail without the fallback and the guard tests fail without their guard.
import { describe, expect, it } from 'vitest';
import { buildPack } from '../../../lib/corpus/pack.ts';

const HEAD = 'Harbour vote\n\n';
const SETTING =
  'The ferry plan went to the council on Tuesday, where harbour chief Dmitri Vasquez-Lund and transport minister Ilse Harrow-Kemp defended it.\n\n';
const AFTER_VOTE =
  '“This is a sad day for the island,” Marguerite Okonjo-Vale said after the vote, as Vasquez-Lund left the chamber with the minister, Harrow-Kemp.\n\n';

const speakerOf = (text: string, quote: string) => {
  const q = buildPack([{ file: 'story.txt', text }]).quotes.find((x) => x.text.includes(quote));
  expect(q, `quote “${quote}” found`).toBeDefined();
  return q?.speaker;
};

describe('the paragraph before ends in a colon', () => {
  it('“X answered … in a statement posted online:” then a quote paragraph credits X', () => {
    const text = `${HEAD}${SETTING}Hours later, Marguerite Okonjo-Vale answered the minister in a statement posted online:\n\n“The decision taken last night abandons hundreds of families who rely on the crossing every day.”`;
    expect(speakerOf(text, 'abandons hundreds')).toBe('Marguerite Okonjo-Vale');
  });
});

describe('a quote paragraph after one by the same speaker', () => {
  it('goes on crediting the speaker of the paragraph before, despite other names there', () => {
    const text = `${HEAD}${SETTING}“We were never shown the figures,” said Marguerite Okonjo-Vale, who has clashed with Vasquez-Lund and Harrow-Kemp for years over the crossing, in an interview at her office.\n\n“I asked for them in March, and again in June, and each time the board told me they were not ready.”`;
    expect(speakerOf(text, 'asked for them in March')).toBe('Marguerite Okonjo-Vale');
  });

  it('after a clause that names the speaker later in the paragraph', () => {
    const text = `${HEAD}${SETTING}${AFTER_VOTE}“The people who voted for this will not be the ones waiting in the rain for a bus that never comes.”`;
    expect(speakerOf(text, 'waiting in the rain')).toBe('Marguerite Okonjo-Vale');
  });

  it('after a clause that gives only the surname', () => {
    const text = `${HEAD}${SETTING}“It is a betrayal,” Okonjo-Vale said of the vote, which Vasquez-Lund had urged the council to pass before the minister, Harrow-Kemp, arrived.\n\n“They will regret it when the winter storms come and the island is cut off for days.”`;
    expect(speakerOf(text, 'winter storms')).toMatch(/Okonjo-Vale$/u);
  });
});

describe('guards', () => {
  it('a short full sentence is enough, a two-word fragment is not', () => {
    expect(speakerOf(`${HEAD}${SETTING}${AFTER_VOTE}“Shame on them.”`, 'Shame on them')).toBe('Marguerite Okonjo-Vale');
    expect(speakerOf(`${HEAD}${SETTING}${AFTER_VOTE}“Quiet betrayal.”`, 'Quiet betrayal')).toBeNull();
  });

  it('a “she” that may stand for another woman named in the sentence before confirms nobody', () => {
    const text = `${HEAD}${SETTING}Okonjo-Vale said she had warned Vasquez-Lund and the minister about the timetable in March. “Nobody listened to me then, and nobody is listening to the island now.”`;
    expect(speakerOf(text, 'Nobody listened')).not.toBe('Ilse Harrow-Kemp');
  });

  it('bare initials after a hometown are never the speaker', () => {
    const text = `${HEAD}${SETTING}"Both plans scare me," Tomas Reinholt, 30, of Port Ellery, N.C., who was among those polled, said in a follow-up interview. "We need people who will bring the island together rather than split it."`;
    expect(speakerOf(text, 'bring the island together') ?? '').not.toMatch(/^N\.?C\.?$/u);
  });
});

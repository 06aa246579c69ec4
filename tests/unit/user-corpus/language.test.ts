// The pipeline reads English only, so an article in another language is refused with the reason. The rule reads
// the text (the share of English function words), not the page's lang attribute; its threshold is measured on
// the Readability test pages (README "Your own articles").
import { describe, expect, it } from 'vitest';
import { judgeLanguage, MIN_ENGLISH_SHARE, notEnglishMessage } from '../../../lib/user-corpus/language.ts';

const english = [
  'The harbour board voted on Tuesday to run ferries through the night from next spring, ending a dispute that had split the town for two years.',
  '“We have listened to the shift workers, and the night crossings will pay for themselves,” said the chair of the board, who has defended the plan.',
];
const samples: Record<string, string[]> = {
  French: [
    'Le conseil du port a voté mardi pour faire circuler les ferries toute la nuit à partir du printemps prochain, mettant fin à un conflit qui divisait la ville.',
  ],
  German: [
    'Der Hafenrat hat am Dienstag beschlossen, ab dem nächsten Frühjahr Fähren auch in der Nacht fahren zu lassen. Damit endet ein Streit, der die Stadt gespalten hatte.',
  ],
  Spanish: [
    'La junta del puerto votó el martes a favor de que los transbordadores funcionen durante toda la noche a partir de la próxima primavera, poniendo fin a una disputa.',
  ],
  Dutch: [
    'Het havenbestuur heeft dinsdag besloten om vanaf volgend voorjaar ook ’s nachts veerboten te laten varen. Daarmee komt een einde aan een conflict dat de stad verdeelde.',
  ],
  Chinese: ['港口委员会周二投票决定，从明年春天开始，渡轮将整夜运行，结束了一场使该镇分裂了两年的争端。'],
};

describe('English or not', () => {
  it('takes English news text, well above the threshold', () => {
    const verdict = judgeLanguage(english);
    expect(verdict.english).toBe(true);
    expect(verdict.share).toBeGreaterThan(MIN_ENGLISH_SHARE * 2);
  });

  it.each(Object.entries(samples))('refuses %s', (_language, paragraphs) => {
    const verdict = judgeLanguage(paragraphs);
    expect(verdict.english).toBe(false);
  });

  it('reads the text, not a declared language: English declared French is still English (the caller decides)', () => {
    expect(judgeLanguage(english).english).toBe(true);
  });

  it('names the declared language when it is well formed, and never repeats untrusted text', () => {
    expect(notEnglishMessage('page', 'fr')).toBe(
      'This page is in French; Backgrounder reads English articles only, so nothing was added.',
    );
    expect(notEnglishMessage('page', 'de-AT')).toMatch(/^This page is in German;/);
    expect(notEnglishMessage('file')).toBe(
      'This file does not look like English; Backgrounder reads English articles only, so nothing was added.',
    );
    expect(notEnglishMessage('page', '<img src=x onerror=alert(1)>')).toMatch(/^This page does not look like English;/);
    expect(notEnglishMessage('page', 'en-US')).toMatch(/^This page does not look like English;/);
  });
});

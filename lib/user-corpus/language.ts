// Is this article English? The corpus pipeline reads English only (its quote verbs, titles, name rules and
// function words are English), so an article in another language would give wrong names and no quotes.
// The rule reads the text, not the page's `lang` attribute: templates often declare `en` on pages in other
// languages and the reverse, and imported text files have no attribute at all. The threshold is measured on
// the Readability test pages (README "Your own articles"). A library such as franc would name a hundred
// languages from trigram profiles at ~250 kB; deciding "English or not" needs only the share of English
// function words, which every English text has and other languages lack.

/**
 * Frequent English words that are not also frequent words of another major Latin-script language ("in", "on",
 * "was", "also", "for", "at" are left out: German, Dutch, French or the Scandinavian languages use them too).
 */
const ENGLISH = new Set(
  (
    'the of and to that it with be this from have are his but not they has were had which or their been who ' +
    'its would than when after about there we she you what said our can one all into them could out new other ' +
    'year just these some only most how'
  ).split(' '),
);

/** Below this share of English function words among the first words, the text is not English. */
export const MIN_ENGLISH_SHARE = 0.08;
/** Enough words for a stable share; reading more changes nothing measurable. */
const SAMPLE_WORDS = 2000;

export interface LanguageVerdict {
  english: boolean;
  /** Share of English function words among the words read (0 for text in a non-Latin script). */
  share: number;
  /** Words read. */
  words: number;
  /** Share of letters outside the Latin script. */
  nonLatin: number;
}

export function judgeLanguage(paragraphs: readonly string[]): LanguageVerdict {
  let words = 0;
  let hits = 0;
  let letters = 0;
  let nonLatin = 0;
  outer: for (const p of paragraphs) {
    for (const match of p.matchAll(/\p{L}+/gu)) {
      const word = match[0];
      for (const ch of word) {
        letters++;
        if (!/\p{Script=Latin}/u.test(ch)) nonLatin++;
      }
      words++;
      if (ENGLISH.has(word.toLowerCase())) hits++;
      if (words >= SAMPLE_WORDS) break outer;
    }
  }
  const nonLatinShare = letters === 0 ? 0 : nonLatin / letters;
  const share = words === 0 ? 0 : hits / words;
  return { english: nonLatinShare < 0.5 && share >= MIN_ENGLISH_SHARE, share, words, nonLatin: nonLatinShare };
}

/**
 * "This page is in French", when the page declares a language; else "This article does not look English".
 * `lang` is untrusted page text: only a well-formed tag is named.
 */
export function notEnglishMessage(what: 'page' | 'file' | 'text', lang?: string): string {
  const name = languageName(lang);
  const subject = what === 'page' ? 'This page' : what === 'file' ? 'This file' : 'This text';
  const lead = name ? `${subject} is in ${name}` : `${subject} does not look like English`;
  return `${lead}; Backgrounder reads English articles only, so nothing was added.`;
}

function languageName(lang?: string): string | undefined {
  const tag = lang?.trim();
  if (!tag || !/^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i.test(tag) || /^en\b/i.test(tag)) return undefined;
  try {
    const name = new Intl.DisplayNames(['en'], { type: 'language' }).of(tag.split('-')[0] as string);
    return name && name.toLowerCase() !== tag.toLowerCase() ? name : undefined;
  } catch {
    return undefined;
  }
}

// Sentence boundaries that respect quotations: compromise splits the text, then splits inside a closed quote
// are undone (a quote and its "he said" are one sentence) and a quote ending in a full stop ends its sentence.
import { compromiseSentences } from './lexicon.ts';
import type { QuoteSpan } from './quotes.ts';
import { lowerBound } from './ranges.ts';

export type Range = [start: number, end: number];

const MONTH_THEN_WORD = /\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.\s+(?=\p{Lu}\p{Ll})/gu;

export function sentenceRanges(text: string, quotes: readonly QuoteSpan[]): Range[] {
  const cuts = new Set<number>();
  let offset = 0;
  for (const piece of compromiseSentences(text)) {
    if (offset > 0) cuts.add(offset);
    offset += piece.length;
  }
  // "the Museu do Mar. Her first show": a month's abbreviation ends a sentence before a capitalized word (before a
  // day or a year it does not: "Mar. 5"), where compromise reads every one as an abbreviation.
  for (const m of text.matchAll(MONTH_THEN_WORD)) cuts.add((m.index ?? 0) + m[0].length);
  // "the No. 2 in the leadership": "No." before a number is the abbreviation of "number", never a sentence's end.
  for (const cut of [...cuts]) {
    if (/\bN[oO]s?\.\s*$/u.test(text.slice(Math.max(0, cut - 6), cut)) && /^\d/u.test(text.slice(cut, cut + 1))) {
      cuts.delete(cut);
    }
  }
  // A quote's attribution starting in lower case ("“Why?” she asked.") belongs to the quote's sentence.
  for (const cut of [...cuts]) {
    if (/[”"»’]\s*$/u.test(text.slice(Math.max(0, cut - 4), cut)) && /^\p{Ll}/u.test(text.slice(cut, cut + 2))) {
      cuts.delete(cut);
    }
  }
  const sortedCuts = [...cuts].sort((a, b) => a - b);
  for (const q of quotes) {
    if (q.unclosed) continue;
    for (
      let i = lowerBound(sortedCuts, q.open + 1);
      i < sortedCuts.length && (sortedCuts[i] as number) <= q.close;
      i++
    ) {
      cuts.delete(sortedCuts[i] as number);
    }
    // A quote closed on a comma ("“Go!!!,” Lee wrote") goes on past its mark, whatever its words end with.
    if (/[.?!…]$/u.test(text.slice(q.start, q.end)) && !/[,;]\s*$/u.test(text.slice(q.end, q.close))) {
      const after = /^\s+(?=[\p{Lu}“"„«])/u.exec(text.slice(q.close + 1, q.close + 12));
      if (after) cuts.add(q.close + 1 + after[0].length);
    }
  }
  const starts = [0, ...[...cuts].filter((c) => c > 0 && c < text.length).sort((a, b) => a - b)];
  const ranges: Range[] = [];
  starts.forEach((s, i) => {
    let start = s;
    let end = starts[i + 1] ?? text.length;
    while (start < end && /\s/u.test(text[start] as string)) start++;
    while (end > start && /\s/u.test(text[end - 1] as string)) end--;
    if (end > start) ranges.push([start, end]);
  });
  return ranges;
}

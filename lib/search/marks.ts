// Where a result's text shows the matched words: [start, end) ranges of the words whose indexed form is one of
// the matched terms, and a snippet window around the first of them.
import { processTerm, TOKEN } from './options.ts';
import type { MatchRange } from './types.ts';

const SNIPPET_CHARS = 220;

/** Ranges of words in `text` whose indexed form is one of the matched terms. */
export function marksIn(text: string, terms: readonly string[]): MatchRange[] {
  if (terms.length === 0) return [];
  const wanted = new Set(terms);
  const marks: MatchRange[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const term = processTerm(m[0]);
    if (term && wanted.has(term)) marks.push([m.index, m.index + m[0].length]);
  }
  return marks;
}

/** A window of `text` around its first match, cut at word boundaries, with marks relative to the window. */
export function snippet(
  text: string,
  terms: readonly string[],
  max = SNIPPET_CHARS,
): { text: string; marks: MatchRange[] } {
  const marks = marksIn(text, terms);
  if (text.length <= max) return { text, marks };
  const first = marks[0]?.[0] ?? 0;
  let start = Math.max(0, first - Math.floor(max / 4));
  if (start > 0) {
    const space = text.lastIndexOf(' ', start);
    start = space > 0 && first - space < max / 2 ? space + 1 : start;
  }
  let end = Math.min(text.length, start + max);
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space > start + max / 2) end = space;
  }
  const prefix = start > 0 ? '…' : '';
  const suffix = end < text.length ? '…' : '';
  const shift = prefix.length - start;
  return {
    text: `${prefix}${text.slice(start, end)}${suffix}`,
    marks: marks.filter(([s, e]) => s >= start && e <= end).map(([s, e]): MatchRange => [s + shift, e + shift]),
  };
}

// Where a result's text shows the matched words: [start, end) ranges of the words whose indexed form is one of
// the matched terms, and a snippet window around the first of them.
import { processTerm, TOKEN } from './options.ts';
import type { ArticleHit, MatchRange } from './types.ts';

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

/**
 * An article's search hit: the snippet is the paragraph, among `candidates` (indices into `paragraphs`), that
 * marks the most distinct query words, then the most words.
 */
export function articleHitOf(
  article: { id: string; title: string; paragraphs: readonly string[] },
  candidates: Iterable<number>,
  terms: readonly string[],
): ArticleHit {
  let paragraph = 0;
  let best = 0;
  for (const i of candidates) {
    const text = article.paragraphs[i] ?? '';
    const marks = marksIn(text, terms);
    if (marks.length === 0) continue;
    const distinct = new Set(marks.map(([s, e]) => processTerm(text.slice(s, e)))).size;
    const score = distinct * 1000 + marks.length;
    if (score > best) {
      best = score;
      paragraph = i;
    }
  }
  const { text, marks } = snippet(article.paragraphs[paragraph] ?? '', terms);
  return { id: article.id, title: article.title, snippet: text, paragraph, marks };
}

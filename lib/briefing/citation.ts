import type { CitedQuote } from './types.ts';

// English short month names, as Intl.DateTimeFormat('en', { month: 'short' }) writes them. Dates are formatted
// by hand: the first DateTimeFormat a page creates loads ICU locale data, ~20 ms in Chromium, which would land
// in the popover's first render (or, built at load as it once was, in every page load).
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * "2022-03-08" → "Mar 8, 2022" (what `Intl.DateTimeFormat('en', { day: 'numeric', month: 'short', year:
 * 'numeric', timeZone: 'UTC' })` writes); anything not ISO is shown as the article states it.
 */
export function displayDate(date: string | undefined): string | undefined {
  if (!date) return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:$|T)/.exec(date);
  if (!m) return date;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  if (Number.isNaN(d.getTime())) return date;
  return `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()}`;
}

/** Where a quote comes from, as one line: article title, source, date; parts the pack lacks are left out. */
export function sourceLine(q: Pick<CitedQuote, 'articleTitle' | 'source' | 'date'>): string {
  return [`“${q.articleTitle}”`, q.source, displayDate(q.date)].filter(Boolean).join(', ');
}

/**
 * A quote with its citation, as plain text for the clipboard:
 *   “We will publish the full report next week.”
 *   — Ada Lovelace, “Council Agrees New Budget”, The Example Times, Jun 27, 2022
 */
export function citationText(
  q: Pick<CitedQuote, 'text' | 'speaker' | 'articleTitle' | 'source' | 'date' | 'url'>,
): string {
  // An added page's address ends the citation: where the reader read it.
  return `“${q.text}”\n— ${q.speaker ?? 'Unattributed'}, ${sourceLine(q)}${q.url ? `, ${q.url}` : ''}`;
}

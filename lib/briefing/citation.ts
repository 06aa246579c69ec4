import type { CitedQuote } from './types.ts';

const dayFormat = new Intl.DateTimeFormat('en', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

/** "2022-03-08" → "Mar 8, 2022"; anything not ISO is shown as the article states it. */
export function displayDate(date: string | undefined): string | undefined {
  if (!date) return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:$|T)/.exec(date);
  if (!m) return date;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return Number.isNaN(d.getTime()) ? date : dayFormat.format(d);
}

/** Where a quote comes from, as one line: article title, source, date; parts the pack lacks are left out. */
export function sourceLine(q: Pick<CitedQuote, 'articleTitle' | 'source' | 'date'>): string {
  return [`“${q.articleTitle}”`, q.source, displayDate(q.date)].filter(Boolean).join(', ');
}

/**
 * A quote with its citation, as plain text for the clipboard:
 *   “We cannot let Putin win.”
 *   — Jens Stoltenberg, “NATO Head Calls for Alliance…”, Sputnik, Jun 27, 2022
 */
export function citationText(q: Pick<CitedQuote, 'text' | 'speaker' | 'articleTitle' | 'source' | 'date'>): string {
  return `“${q.text}”\n— ${q.speaker ?? 'Unattributed'}, ${sourceLine(q)}`;
}

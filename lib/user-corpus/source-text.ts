// An added page becomes the same plain text a newsroom puts in seeds/: headline, byline, date and "Source:" lines,
// then one paragraph per block, so the browser runs the build's own pipeline (lib/corpus) on it, unchanged.
import type { SourceFile } from '../corpus/pack.ts';
import type { ExtractedArticle } from './types.ts';

/** Which header lines to write; the ingest drops one its parser would not read as a header (see ingest-one.ts). */
export interface HeaderLines {
  title: boolean;
  byline: boolean;
  date: boolean;
  source: boolean;
}

export const ALL_HEADERS: HeaderLines = { title: true, byline: true, date: true, source: true };

export function sourceFromExtracted(
  article: ExtractedArticle,
  file: string,
  headers: HeaderLines = ALL_HEADERS,
): SourceFile & { written: HeaderLines } {
  const lines: string[] = [];
  const written: HeaderLines = { title: false, byline: false, date: false, source: false };
  const title = headline(article.title);
  if (headers.title && title) written.title = lines.push(title) > 0;
  const byline = bylineText(article.byline);
  if (headers.byline && byline) written.byline = lines.push(`By ${byline}`) > 0;
  const date = isoDate(article.published);
  if (headers.date && date) written.date = lines.push(date) > 0;
  const site = oneLine(article.siteName).slice(0, 60);
  if (headers.source && site) written.source = lines.push(`Source: ${site}`) > 0;
  lines.push(...article.paragraphs.map(oneLine).filter(Boolean));
  return { file, text: `${lines.join('\n\n')}\n`, written };
}

/** A headline as the ingest reads one: a single line, without the full stop some sites end it with. */
export function headline(title: string): string {
  const line = oneLine(title);
  return /[^.]\.$/.test(line) ? line.slice(0, -1) : line;
}

/** "By Jane Doe" → "Jane Doe"; the ingest's own byline rule decides whether the rest reads as names. */
export function bylineText(byline: string | undefined): string {
  return oneLine(byline ?? '')
    .replace(/^by[:\s]+/i, '')
    .slice(0, 80);
}

/**
 * The date a page states, as the ingest writes dates: "2017-01-13" or "2017-01-13T08:05", in the page's own
 * clock when it gives an ISO 8601 time (an article dated 00:04 in New York is dated that day, not the next in
 * UTC). Anything else the JavaScript date parser reads is taken in UTC; the rest is dropped rather than guessed.
 */
export function isoDate(value: string | undefined): string | undefined {
  const text = oneLine(value ?? '');
  if (!text) return undefined;
  const iso = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}))?/.exec(text);
  if (iso) return iso[2] && iso[2] !== '00:00' ? `${iso[1]}T${iso[2]}` : iso[1];
  const ms = Date.parse(text);
  if (Number.isNaN(ms)) return undefined;
  const year = new Date(ms).getUTCFullYear();
  return year >= 1900 && year <= 2100 ? new Date(ms).toISOString().slice(0, 10) : undefined;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

import type { MatchRange } from '../../lib/search/types.ts';

/**
 * Ranges made safe to slice with: sorted, clamped to the text, overlaps merged. The search engine's ranges
 * are trusted data, but a stale or hand-built pack must never make a view throw.
 */
export function normalizeMarks(length: number, marks: readonly MatchRange[]): MatchRange[] {
  const sorted = marks
    .map(([s, e]): MatchRange => [Math.max(0, Math.min(s, length)), Math.max(0, Math.min(e, length))])
    .filter(([s, e]) => e > s)
    .sort((a, b) => a[0] - b[0]);
  const out: MatchRange[] = [];
  for (const [s, e] of sorted) {
    const last = out[out.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}

/** Text with the matched words wrapped in <mark>: text nodes only, never HTML from the data. */
export function Marked({ text, marks }: { text: string; marks?: readonly MatchRange[] }) {
  if (!marks || marks.length === 0) return <>{text}</>;
  const parts = [];
  let at = 0;
  for (const [s, e] of normalizeMarks(text.length, marks)) {
    if (s > at) parts.push(text.slice(at, s));
    parts.push(<mark key={s}>{text.slice(s, e)}</mark>);
    at = e;
  }
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}

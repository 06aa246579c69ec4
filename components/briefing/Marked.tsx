import type { MatchRange } from '../../lib/search/types.ts';

/** Text with matched words in <mark>, built from offsets: the text itself is never parsed as markup. */
export function Marked({ text, marks }: { text: string; marks: MatchRange[] }) {
  const parts = [];
  let at = 0;
  for (const [start, end] of [...marks].sort((a, b) => a[0] - b[0])) {
    if (start < at || end <= start) continue;
    if (start > at) parts.push(text.slice(at, start));
    parts.push(<mark key={start}>{text.slice(start, end)}</mark>);
    at = end;
  }
  parts.push(text.slice(at));
  return <>{parts}</>;
}

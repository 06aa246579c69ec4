// Splitting a paragraph into runs of plain text, names and quotes, so the reader can mark them up as
// elements around text nodes (never by building HTML from article text).

import type { SharedChoice } from './types.ts';

export interface Segment {
  text: string;
  start: number;
  /** The entity named by this run, if any. */
  entityId?: string;
  /** The run is a name several entities claim: the others it could mean. */
  shared?: SharedChoice;
  /** The quote this run belongs to, if any; `quoteStart` on its first run, where the anchor goes. */
  quoteId?: string;
  quoteStart?: boolean;
}

interface Marked {
  start: number;
  end: number;
}

/**
 * Runs covering the whole paragraph in order. Names never overlap each other (the article view drops
 * overlaps); a quote may contain names, and a name crossing a quote's edge is split at it.
 */
export function segmentParagraph(
  text: string,
  mentions: (Marked & { entityId: string; shared?: SharedChoice })[],
  quotes: (Marked & { id: string })[],
): Segment[] {
  const cuts = new Set<number>([0, text.length]);
  const clamp = (n: number) => Math.max(0, Math.min(text.length, n));
  for (const m of [...mentions, ...quotes]) {
    cuts.add(clamp(m.start));
    cuts.add(clamp(m.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i] as number;
    const end = points[i + 1] as number;
    if (end <= start) continue;
    const seg: Segment = { text: text.slice(start, end), start };
    const mention = mentions.find((m) => m.start <= start && end <= m.end);
    if (mention) seg.entityId = mention.entityId;
    if (mention?.shared) seg.shared = mention.shared;
    const quote = quotes.find((q) => q.start <= start && end <= q.end);
    if (quote) {
      seg.quoteId = quote.id;
      if (quote.start === start) seg.quoteStart = true;
    }
    out.push(seg);
  }
  return out;
}

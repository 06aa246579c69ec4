// Finding quoted spans in a paragraph. Real copy mixes curly and straight marks, flips their direction and
// forgets to close them; this reads marks as a small state machine and reports what it had to guess.

export interface QuoteSpan {
  /** Offset of the opening mark. */
  open: number;
  /** Offset of the closing mark, or the paragraph length when the quote is never closed. */
  close: number;
  /** The quoted words, trimmed of spaces and trailing commas: text = paragraph.slice(start, end). */
  start: number;
  end: number;
  /** Never closed in this paragraph (a multi-paragraph quote, or a typo). */
  unclosed: boolean;
}

export interface QuoteScan {
  spans: QuoteSpan[];
  /** Offsets of closing marks that close nothing. */
  strayCloses: number[];
}

const OPENERS = new Set(['“', '„', '«']);
const CLOSERS = new Set(['”', '»']);
const isSpace = (ch: string | undefined) => ch === undefined || /\s/u.test(ch);
const isWordChar = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);

export function scanQuotes(text: string): QuoteScan {
  const hasDouble = /[“”„«»"]/u.test(text);
  return hasDouble ? scanDouble(text) : scanSingle(text);
}

function scanDouble(text: string): QuoteScan {
  const spans: QuoteSpan[] = [];
  const strayCloses: number[] = [];
  let openAt = -1;
  let openChar = '';
  const close = (at: number, unclosed: boolean) => {
    const span = makeSpan(text, openAt, at, unclosed);
    if (span) spans.push(span);
    openAt = -1;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    const next = text[i + 1];
    const prev = text[i - 1];
    if (openAt < 0) {
      if (OPENERS.has(ch)) {
        openAt = i;
        openChar = ch;
      } else if (ch === '"') {
        if (!isSpace(next)) {
          openAt = i;
          openChar = ch;
        } else strayCloses.push(i);
      } else if (CLOSERS.has(ch)) {
        // A closing mark used as an opener: ”Like this” (word right after, space or start before).
        if (isWordChar(next) && isSpace(prev)) {
          openAt = i;
          openChar = ch;
        } else strayCloses.push(i);
      }
      continue;
    }
    if (CLOSERS.has(ch) || ch === '"' || (openChar === '„' && ch === '“')) {
      close(i, false);
    } else if (OPENERS.has(ch)) {
      // Another opener while open: either a closer typed the wrong way round (“text“ said) or the previous
      // quote was never closed. A word right after means a new quote starts here.
      if (isWordChar(next) || next === '.' || next === '…') {
        close(i, true);
        openAt = i;
        openChar = ch;
      } else close(i, false);
    }
  }
  if (openAt >= 0) close(text.length, true);
  return { spans, strayCloses };
}

// Single marks double as apostrophes, so a single-quoted span must open at a word start, close before a
// non-letter, and hold at least two words.
function scanSingle(text: string): QuoteScan {
  const spans: QuoteSpan[] = [];
  const re = /(^|[\s([—–-])[‘'](?=[\p{L}\p{N}])/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const open = m.index + (m[1]?.length ?? 0);
    let closeAt = -1;
    for (let i = open + 1; i < text.length; i++) {
      const ch = text[i];
      if ((ch === '’' || ch === "'") && !isWordChar(text[i + 1]) && !isSpace(text[i - 1])) {
        closeAt = i;
        break;
      }
    }
    if (closeAt < 0) break;
    const inner = text.slice(open + 1, closeAt);
    if (/\s/u.test(inner.trim())) {
      const span = makeSpan(text, open, closeAt, false);
      if (span) spans.push(span);
    }
    re.lastIndex = closeAt + 1;
  }
  return { spans, strayCloses: [] };
}

function makeSpan(text: string, open: number, close: number, unclosed: boolean): QuoteSpan | undefined {
  let start = open + 1;
  let end = close;
  while (start < end && /\s/u.test(text[start] as string)) start++;
  while (end > start && /[\s,;:]/u.test(text[end - 1] as string)) end--;
  if (!/[\p{L}\p{N}]/u.test(text.slice(start, end))) return undefined;
  return { open, close, start, end, unclosed };
}

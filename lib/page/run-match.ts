// Matching one run of text, a window at a time, so that no single step grows with the run: a page can put a
// megabyte of text in one paragraph. Windows overlap: the text given to the matcher goes on past a window's end
// by more than the longest name, so a name that starts in a window is seen whole, and the next window starts
// where the last name found ended. The result is what matching the whole run in one go would give.
import { isSpace, type Matcher } from '../matching/matcher.ts';
import { WORD_NAME_LOOKBEHIND } from '../matching/word-names.ts';

/** Characters matched between two looks at the clock. */
export const WINDOW = 16 * 1024;
/**
 * Characters before a window that the matcher may read: the word-start rule's surrogate pair and apostrophe before
 * a name's first letter, and the title or word before a name that is an ordinary word too (word-names.ts).
 */
const CONTEXT = Math.max(4, WORD_NAME_LOOKBEHIND);

export class RunMatch {
  private readonly matcher: Matcher;
  private readonly window: number;
  private readonly baseReach: number;
  /**
   * Characters past a window's end given to the matcher: more than any name. Doubled for a window whose text
   * holds so much whitespace that a name could reach past it.
   */
  private reach: number;
  private texts: readonly string[] = [];
  /** The run's nodes: the first `count` of `texts`. */
  private count = 0;
  private total = 0;
  /** Where the rest of the run starts (run offset). */
  private from = 0;
  /** The node holding the start of the current window's text, and its run offset (windows only move forward). */
  private node = 0;
  private nodeStart = 0;

  constructor(matcher: Matcher, window = WINDOW, reach = 2 * matcher.longest + 64) {
    this.matcher = matcher;
    this.window = window;
    this.baseReach = reach;
    this.reach = reach;
  }

  /**
   * Start on a run: the text of its nodes, in order, the first `count` of `texts` (read, not copied: unchanged
   * until done).
   */
  reset(texts: readonly string[], total: number, count = texts.length): void {
    this.texts = texts;
    this.count = count;
    this.total = total;
    this.from = 0;
    this.node = 0;
    this.nodeStart = 0;
    this.reach = this.baseReach;
  }

  get done(): boolean {
    return this.from >= this.total;
  }

  /** More than one window: worth a look at the clock before each. */
  get long(): boolean {
    return this.total > this.window;
  }

  /** Matches the next window: start, end, entity triples in run offsets, appended to `out`. */
  next(out: number[]): void {
    const { total, from, texts, count } = this;
    if (from === 0 && total <= this.window) {
      const text = count === 1 ? (texts[0] ?? '') : count === texts.length ? texts.join('') : joinFirst(texts, count);
      this.from = Math.max(total, this.matcher.scan(text, 0, total, false, out));
      return;
    }
    const to = Math.min(total, from + this.window);
    const start = Math.max(0, from - CONTEXT);
    let end = Math.min(total, to + this.reach);
    let text = this.textBetween(start, end);
    // Enough text past the window for any name that starts in it, however much whitespace it holds.
    while (end < total && !roomFor(this.matcher.longest, text, to - start)) {
      this.reach *= 2;
      end = Math.min(total, to + this.reach);
      text = this.textBetween(start, end);
    }
    const first = out.length;
    const next = this.matcher.scan(text, from - start, to - start, end < total, out) + start;
    for (let i = first; i < out.length; i += 3) {
      out[i] = (out[i] ?? 0) + start;
      out[i + 1] = (out[i + 1] ?? 0) + start;
    }
    // A name ran into the end of the text given: again from its start, with more text after the window. Else
    // the next window starts from the usual reach (whitespace-heavy text here says nothing about text there).
    this.reach = next < to ? this.reach * 2 : this.baseReach;
    this.from = next;
  }

  /** The run's text from `start` to `end` (run offsets), from the nodes that hold it. */
  private textBetween(start: number, end: number): string {
    const texts = this.texts;
    const count = this.count;
    let i = this.node;
    let at = this.nodeStart;
    while (i < count - 1 && at + (texts[i]?.length ?? 0) <= start) {
      at += texts[i]?.length ?? 0;
      i++;
    }
    this.node = i;
    this.nodeStart = at;
    const first = texts[i] ?? '';
    if (at + first.length >= end) return first.slice(start - at, end - at);
    const parts = [first.slice(start - at)];
    let pos = at + first.length;
    for (let j = i + 1; j < count && pos < end; j++) {
      const t = texts[j] ?? '';
      parts.push(pos + t.length > end ? t.slice(0, end - pos) : t);
      pos += t.length;
    }
    return parts.join('');
  }
}

/** The first `count` strings of `texts`, joined. */
function joinFirst(texts: readonly string[], count: number): string {
  let text = '';
  for (let i = 0; i < count; i++) text += texts[i] ?? '';
  return text;
}

/**
 * Does `text` hold, from `at` on, room for any name that starts before `at`? A name has at most `longest`
 * characters that are not whitespace (each space in a form matches a run of whitespace), and the word-end rule
 * reads up to three characters past it: past `longest` non-whitespace characters and three more, no name starting
 * earlier can reach.
 */
function roomFor(longest: number, text: string, at: number): boolean {
  const stop = text.length - 3;
  let solid = 0;
  for (let i = at; i < stop; i++) {
    if (!isSpace(text.charCodeAt(i)) && ++solid > longest) return true;
  }
  return false;
}

// The page side of matching: runs the compiled pattern over text and names what it found. Pure and DOM-free;
// this and chars.ts are all of lib/matching that ships in the content script.
import { formKey, isWordEnd, isWordStart } from './chars.ts';
import type { CompiledMatcher, MatchSpan } from './types.ts';

export interface Matcher {
  /** Every mention in `text`, left to right, never overlapping; the longest name wins at each position. */
  find(text: string): MatchSpan[];
  /**
   * The mentions that start in [from, to) of `text`, left to right, appended to `out` as start, end, entity
   * triples (no object per match). `text` may be a window onto a longer run: with `more`, the run goes on past
   * the end of `text`, and a name running into that end might go on too. Returns where the next call should
   * start: `to`, or the end of a mention reaching past it; or, with `more`, the start (before `to`) of a mention
   * that ran into the end of `text`, which is not in `out` and needs a wider window.
   */
  scan(text: string, from: number, to: number, more: boolean, out: number[]): number;
  /** The longest form in characters: how far past its start a mention reaches (a single space between words). */
  readonly longest: number;
  /**
   * Compile ahead of the first real text, one step per call so that each can have a task of its own (the
   * pattern's parse, its first run, its machine code): false while there is more to do.
   */
  warmUp(): boolean;
}

export function createMatcher(compiled: CompiledMatcher): Matcher {
  // Nothing is compiled here: the content script creates the matcher as the message with it arrives, and pays
  // for the pattern in warmUp()'s tasks, or on first use.
  let pattern: RegExp | null = null;
  const regex = () => {
    pattern ??= new RegExp(compiled.pattern, 'gu');
    return pattern;
  };
  const forms = new Map(compiled.forms);
  let longest = 0;
  for (const [form] of compiled.forms) longest = Math.max(longest, form.length);
  let warmed = 0;

  /** The entity of matched text: as written on most pages, else after folding its spaces and apostrophes. */
  function entityOf(matched: string): number {
    return forms.get(matched) ?? forms.get(formKey(matched)) ?? -1;
  }

  /** The longest form from `start` that ends at a word boundary before `end`, pushed onto `out`; its end or -1. */
  function longestBefore(text: string, start: number, end: number, out: number[]): number {
    for (let stop = end - 1; stop > start; stop--) {
      if (!isWordEnd(text, stop)) continue;
      const entity = entityOf(text.slice(start, stop));
      if (entity >= 0) {
        out.push(start, stop, entity);
        return stop;
      }
    }
    return -1;
  }

  function scan(text: string, from: number, to: number, more: boolean, out: number[]): number {
    const re = regex();
    let next = to;
    re.lastIndex = from;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      const start = m.index;
      if (start >= to) break;
      const matched = m[0];
      const end = start + matched.length;
      // A longer form may go on past the window, or what follows it decide its end ("NATO'sx"): the caller widens
      // the window and asks again from here.
      if (more && end + 3 >= text.length) return start;
      // The pattern gives the longest form at the leftmost position where any form occurs. No form can start
      // inside a word; a longest form running into a word ("NATOs") may leave a shorter one that fits.
      let stop = -1;
      if (isWordStart(text, start)) {
        if (isWordEnd(text, end)) {
          const entity = entityOf(matched);
          if (entity >= 0) {
            out.push(start, end, entity);
            stop = end;
          }
        } else {
          stop = longestBefore(text, start, end, out);
        }
      }
      if (stop < 0) {
        re.lastIndex = start + 1;
      } else {
        re.lastIndex = stop;
        if (stop > next) next = stop;
      }
    }
    return next;
  }

  return {
    find(text) {
      const triples: number[] = [];
      scan(text, 0, text.length, false, triples);
      const out: MatchSpan[] = [];
      for (let i = 0; i < triples.length; i += 3) {
        out.push({ start: triples[i] ?? 0, end: triples[i + 1] ?? 0, entity: triples[i + 2] ?? -1 });
      }
      return out;
    },
    scan,
    longest,
    warmUp() {
      // Engines parse a pattern when it is created, compile it lazily on its first run and again to machine code
      // on a later one: each step here, rather than inside the first slice of a page scan.
      if (warmed >= 3) return true;
      const sample = `${compiled.forms[0]?.[0] ?? ''} é`;
      if (warmed === 0) regex();
      else scan(sample, 0, sample.length, false, []);
      warmed++;
      return warmed >= 3;
    },
  };
}

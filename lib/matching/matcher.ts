// The page side of matching: runs the compiled pattern over text and names what it found. Pure and DOM-free;
// this and chars.ts are all of lib/matching that ships in the content script.
import { formKey, isWordEnd, isWordStart } from './chars.ts';
import type { CompiledMatcher, MatchSpan } from './types.ts';

export interface Matcher {
  /** Every mention in `text`, left to right, never overlapping; the longest name wins at each position. */
  find(text: string): MatchSpan[];
  /** Compile everything ahead of the first real text. */
  warmUp(): void;
}

export function createMatcher(compiled: CompiledMatcher): Matcher {
  const pattern = new RegExp(compiled.pattern, 'gu');
  const forms = new Map(compiled.forms);

  /** The longest form from `start` that ends at a word boundary before `end`, if any. */
  function longestBefore(text: string, start: number, end: number): MatchSpan | null {
    for (let stop = end - 1; stop > start; stop--) {
      if (!isWordEnd(text, stop)) continue;
      const entity = forms.get(formKey(text.slice(start, stop)));
      if (entity !== undefined) return { start, end: stop, entity };
    }
    return null;
  }

  return {
    warmUp() {
      // Engines compile a pattern lazily and again to machine code on its second run: pay both here, in a task
      // of its own, rather than inside the first slice of a page scan.
      const sample = `${compiled.forms[0]?.[0] ?? ''} é`;
      this.find(sample);
      this.find(sample);
    },
    find(text) {
      const out: MatchSpan[] = [];
      pattern.lastIndex = 0;
      for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
        const start = m.index;
        const end = start + m[0].length;
        // The pattern gives the longest form at the leftmost position where any form occurs. No form can start
        // inside a word; a longest form running into a word ("NATOs") may leave a shorter one that fits.
        const span = isWordStart(text, start)
          ? isWordEnd(text, end)
            ? { start, end, entity: forms.get(formKey(m[0])) ?? -1 }
            : longestBefore(text, start, end)
          : null;
        if (span && span.entity >= 0) {
          out.push(span);
        } else {
          pattern.lastIndex = start + 1;
        }
      }
      return out;
    },
  };
}

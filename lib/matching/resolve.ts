// Shared names resolved as a reader would: a surname several entities claim ("Marlow") means the one the text
// just named in full, or the one a first name or title right before it points to, else the one the corpus
// mentions most with that form. Used on pages (lib/page) and in the briefing page's reader, in reading order.
import type { Matcher } from './matcher.ts';

/** Words before a shared form that are read for a cue: "Senator Ana Marlow" gives "ana" and "senator". */
const CUE_WORDS = 2;
/** Characters before a shared form worth reading for those words. */
export const CUE_REACH = 48;

const WORD = /[\p{L}][\p{L}\p{M}'’-]*\.?/gu;

export class SharedNames {
  private readonly matcher: Pick<Matcher, 'shared'>;
  /** When each entity was last named on its own (a count of names seen, in reading order). */
  private readonly seen = new Map<number, number>();
  private clock = 0;
  private readonly cueSets = new Map<number, ReadonlySet<string>[]>();

  constructor(matcher: Pick<Matcher, 'shared'>) {
    this.matcher = matcher;
  }

  /** An entity named unambiguously (or resolved from a cue), in reading order. */
  saw(entity: number): void {
    this.seen.set(entity, ++this.clock);
  }

  /**
   * The entity a shared form means here, given up to CUE_REACH characters of the text just before it: a cue word
   * there, else the candidate named most recently on the page, else the corpus's most mentioned.
   */
  pick(shared: number, before: string): number {
    const list = this.matcher.shared(shared);
    if (!list || list.entities.length === 0) return -1;
    const byCue = this.byCue(shared, list, before);
    if (byCue >= 0) {
      this.saw(byCue);
      return byCue;
    }
    let best = list.entities[0] ?? -1;
    let when = 0;
    for (const e of list.entities) {
      const t = this.seen.get(e) ?? 0;
      if (t > when) {
        when = t;
        best = e;
      }
    }
    return best;
  }

  private byCue(
    shared: number,
    list: { entities: readonly number[]; cues: readonly string[] },
    before: string,
  ): number {
    if (before.length === 0) return -1;
    const words = before.match(WORD);
    if (!words) return -1;
    let sets = this.cueSets.get(shared);
    if (!sets) {
      sets = list.cues.map((c) => new Set(c.split(' ').filter(Boolean)));
      this.cueSets.set(shared, sets);
    }
    // Nearest word first: "Tom and Ana" before a surname means the latter.
    for (let w = words.length - 1; w >= Math.max(0, words.length - CUE_WORDS); w--) {
      const word = (words[w] ?? '').toLowerCase().replace(/\.$/, '').replace(/’/g, "'");
      const hit = sets.findIndex((s) => s.has(word));
      if (hit >= 0) return list.entities[hit] ?? -1;
    }
    return -1;
  }
}

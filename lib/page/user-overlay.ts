// The reader's own articles on the page: a second, small matcher (the names only their articles give, compiled
// by the background) run beside the bundled one, as one Matcher. Where both find a name the longer wins, the
// bundled one on a tie; the user matcher's entity and shared-form numbers are turned into the merged corpus's.
import type { EntityKind } from '../corpus/types.ts';
import { createMatcher, type Matcher } from '../matching/matcher.ts';
import type { UserMatcherData } from '../user-layer/page-matcher.ts';

/** The user matcher a content script holds, and the stamp the background knows it by. */
export class UserOverlay {
  private data: UserMatcherData | null = null;
  private combined: { bundled: Matcher; matcher: Matcher } | null = null;

  /** What to send in `activate`, so the background sends a user matcher only when it changed. */
  get stamp(): string | undefined {
    return this.data?.stamp;
  }

  /** Takes an `activate` answer's `user`; true when what the page matches changed. */
  update(user: UserMatcherData | null | undefined): boolean {
    if (user === undefined || user?.stamp === this.data?.stamp) return false;
    this.data = user;
    this.combined = null;
    return true;
  }

  /** The bundled matcher with the user one beside it (the bundled one alone while there is none). */
  matcher(bundled: Matcher): Matcher {
    if (!this.data) return bundled;
    if (this.combined?.bundled !== bundled) {
      this.combined = { bundled, matcher: combineMatchers(bundled, this.data) };
    }
    return this.combined.matcher;
  }
}

export function combineMatchers(bundled: Matcher, user: UserMatcherData): Matcher {
  const extra = createMatcher(user.page);
  const { numbers, sharedBase } = user;
  const kinds = new Map<number, EntityKind>();
  numbers.forEach((n, i) => {
    kinds.set(n, extra.kindOf(i));
  });
  const toMerged = (code: number) => (code >= 0 ? (numbers[code] ?? -1) : -1 - (sharedBase + (-1 - code)));
  const a: number[] = [];
  const b: number[] = [];

  function scan(text: string, from: number, to: number, more: boolean, out: number[]): number {
    a.length = 0;
    b.length = 0;
    const na = bundled.scan(text, from, to, more, a);
    const nb = extra.scan(text, from, to, more, b);
    for (let i = 2; i < b.length; i += 3) b[i] = toMerged(b[i] as number);
    // A scan that stopped before `to` needs a wider window from there: nothing at or past it is final yet.
    let stop = Math.min(na < to ? na : Number.POSITIVE_INFINITY, nb < to ? nb : Number.POSITIVE_INFINITY);
    let next = to;
    let ia = 0;
    let ib = 0;
    let end = -1;
    while (ia < a.length || ib < b.length) {
      // Leftmost first; at the same start the longer, the bundled one on a tie.
      const sa = ia < a.length ? (a[ia] as number) : Number.POSITIVE_INFINITY;
      const sb = ib < b.length ? (b[ib] as number) : Number.POSITIVE_INFINITY;
      const ea = a[ia + 1] ?? -1;
      const eb = b[ib + 1] ?? -1;
      const takeA = sa < sb || (sa === sb && ea >= eb);
      const [list, at] = takeA ? [a, ia] : [b, ib];
      if (takeA) ia += 3;
      else ib += 3;
      const s = list[at] as number;
      const e = list[at + 1] as number;
      if (s < end) continue;
      if (s >= stop) break;
      if (e > stop) {
        // Runs past where the other scan needs more text: found again from its start with the wider window.
        stop = s;
        break;
      }
      out.push(s, e, list[at + 2] as number);
      end = e;
      if (e > next) next = e;
    }
    return Number.isFinite(stop) ? stop : next;
  }

  /** Both matchers' would-be names, in the order of their starts. */
  function screen(text: string, from: number, to: number, bounds: readonly number[] | null, out: number[]): void {
    const a: number[] = [];
    const b: number[] = [];
    bundled.screen(text, from, to, bounds, a);
    extra.screen(text, from, to, bounds, b);
    let i = 0;
    let j = 0;
    while (i < a.length || j < b.length) {
      const takeA = j >= b.length || (i < a.length && (a[i] as number) <= (b[j] as number));
      const from2 = takeA ? a : b;
      const at = takeA ? i : j;
      out.push(from2[at] as number, from2[at + 1] as number);
      if (takeA) i += 2;
      else j += 2;
    }
  }

  return {
    find(text) {
      const triples: number[] = [];
      scan(text, 0, text.length, false, triples);
      const spans = [];
      for (let i = 0; i < triples.length; i += 3) {
        const code = triples[i + 2] ?? -1;
        const span: { start: number; end: number; entity: number; shared?: number } = {
          start: triples[i] ?? 0,
          end: triples[i + 1] ?? 0,
          entity: code,
        };
        if (code < 0) {
          span.shared = -1 - code;
          span.entity = sharedOf(span.shared)?.entities[0] ?? -1;
        }
        spans.push(span);
      }
      return spans;
    },
    scan,
    screen,
    longest: Math.max(bundled.longest, extra.longest),
    kindOf: (entity) => kinds.get(entity) ?? bundled.kindOf(entity),
    shared: (index) => sharedOf(index),
  };

  function sharedOf(index: number) {
    if (index < sharedBase) return bundled.shared(index);
    const s = extra.shared(index - sharedBase);
    return s ? { entities: s.entities.map((n) => numbers[n] ?? -1), cues: s.cues } : undefined;
  }
}

// Hover intent, without a DOM: decides from pointer samples when a popover opens, switches and closes.
// The page wiring (hover.ts) feeds it one observation per animation frame and wakes it at `nextDeadline()`.

export interface HoverTiming {
  /** How long the pointer must rest (move slower than maxSpeed) on a name before its popover opens. */
  dwellMs: number;
  /** Faster than this (px/ms) the pointer is passing over text, not reading it; 10ten uses ~0.5. */
  maxSpeed: number;
  /** Grace after the pointer leaves the name, to cross the gap into the popover or rest on the next name. */
  closeDelayMs: number;
}

export const HOVER_TIMING: HoverTiming = { dwellMs: 180, maxSpeed: 0.5, closeDelayMs: 300 };

/** What is under the pointer: a highlighted name, the popover itself, or anything else. */
export type PointerTarget<H> = { kind: 'hit'; hit: H } | { kind: 'popover' } | { kind: 'none' };

export type HoverAction<H> = { type: 'prefetch'; hit: H } | { type: 'open'; hit: H } | { type: 'close' };

export interface HoverIntent<H> {
  /** One observation per frame: the time, whether the pointer is moving fast, and what is under it. */
  observe(t: number, fast: boolean, target: PointerTarget<H>): HoverAction<H>[];
  /** Time has passed with no movement: a dwell may have ended or a grace run out. */
  tick(t: number): HoverAction<H>[];
  /** When `tick` next has something to decide; null when nothing is pending. */
  nextDeadline(): number | null;
  /** A popover opened some other way (keyboard, context menu): it stays until dismissed, not on pointer leave. */
  pinned(hit: H): void;
  /**
   * The popover was dismissed (Escape, its close button, a click elsewhere, scrolled away). With `stay`
   * (Escape, close button: the pointer may still be on the name) that name is not reopened until the
   * pointer leaves it.
   */
  dismissed(stay?: boolean): void;
  /** What is open, as far as hover knows. */
  shown(): H | null;
}

export function createHoverIntent<H>(
  same: (a: H, b: H) => boolean,
  timing: HoverTiming = HOVER_TIMING,
): HoverIntent<H> {
  let shown: H | null = null;
  let pinned = false;
  /** The name the pointer is on, and since when it has been moving slowly there. */
  let candidate: { hit: H; since: number } | null = null;
  /** When the pointer left the open popover's name (and the popover); null while it is on either. */
  let leftAt: number | null = null;
  let lastHit: H | null = null;
  let suppressed: H | null = null;

  const open = (hit: H): HoverAction<H>[] => {
    shown = hit;
    pinned = false;
    candidate = null;
    leftAt = null;
    return [{ type: 'open', hit }];
  };

  return {
    observe(t, fast, target) {
      const actions: HoverAction<H>[] = [];
      const hit = target.kind === 'hit' ? target.hit : null;
      if (hit && !(lastHit && same(hit, lastHit))) actions.push({ type: 'prefetch', hit });
      lastHit = hit;
      if (suppressed && !(hit && same(hit, suppressed))) suppressed = null;

      if (target.kind === 'popover' || (hit && shown && same(hit, shown))) {
        candidate = null;
        leftAt = null;
        return actions;
      }
      if (shown) leftAt ??= t;
      if (!hit || suppressed) {
        candidate = null;
        return actions;
      }
      if (!candidate || !same(candidate.hit, hit)) candidate = { hit, since: t };
      // A pointer sweeping across a line restarts the dwell on every fast frame, so it opens nothing.
      else if (fast) candidate.since = t;
      return actions;
    },

    tick(t) {
      if (candidate && t - candidate.since >= timing.dwellMs) return open(candidate.hit);
      if (shown && !pinned && leftAt !== null && t - leftAt >= timing.closeDelayMs) {
        shown = null;
        leftAt = null;
        return [{ type: 'close' }];
      }
      return [];
    },

    nextDeadline() {
      const deadlines: number[] = [];
      if (candidate) deadlines.push(candidate.since + timing.dwellMs);
      if (shown && !pinned && leftAt !== null) deadlines.push(leftAt + timing.closeDelayMs);
      return deadlines.length ? Math.min(...deadlines) : null;
    },

    pinned(hit) {
      shown = hit;
      pinned = true;
      candidate = null;
      leftAt = null;
    },

    dismissed(stay = false) {
      suppressed = stay ? lastHit : null;
      shown = null;
      pinned = false;
      candidate = null;
      leftAt = null;
    },

    shown: () => shown,
  };
}

/**
 * Pointer speed over the last few events, in px/ms. Fed every pointermove (cheap arithmetic, no DOM),
 * read once per frame.
 */
export function createSpeedometer(windowMs = 50) {
  const samples: { t: number; x: number; y: number }[] = [];
  let speed = 0;
  return {
    add(t: number, x: number, y: number): void {
      samples.push({ t, x, y });
      // Keep one sample older than the window so a single fresh event still has a baseline.
      while (samples.length > 2 && (samples[1]?.t ?? t) <= t - windowMs) samples.shift();
      const first = samples[0];
      if (!first || samples.length < 2) return;
      const dt = t - first.t;
      if (dt > 0) speed = Math.hypot(x - first.x, y - first.y) / dt;
    },
    speed: () => speed,
  };
}

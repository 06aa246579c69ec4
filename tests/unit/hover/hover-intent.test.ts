import { describe, expect, it } from 'vitest';
import {
  createHoverIntent,
  createSpeedometer,
  HOVER_TIMING,
  type HoverAction,
  type PointerTarget,
} from '../../../lib/page/hover-intent.ts';

// Names are plain strings here: the same string is the same occurrence on the page.
const on = (hit: string): PointerTarget<string> => ({ kind: 'hit', hit });
const nothing: PointerTarget<string> = { kind: 'none' };
const popover: PointerTarget<string> = { kind: 'popover' };
const { dwellMs, closeDelayMs } = HOVER_TIMING;

/** Drives the machine like the page does: frames at 16 ms, timers fired at their deadlines. */
function simulate() {
  const intent = createHoverIntent<string>((a, b) => a === b);
  let now = 0;
  const log: HoverAction<string>[] = [];
  const runTimers = (until: number) => {
    for (let d = intent.nextDeadline(); d !== null && d <= until; d = intent.nextDeadline()) {
      log.push(...intent.tick(d));
    }
  };
  return {
    intent,
    log,
    /** One frame: the pointer over `target`, moving fast or slowly. */
    frame(target: PointerTarget<string>, fast = false) {
      now += 16;
      runTimers(now);
      log.push(...intent.observe(now, fast, target));
    },
    /** The pointer rests: no events, only timers. */
    wait(ms: number) {
      now += ms;
      runTimers(now);
    },
    opened: () => log.filter((a) => a.type === 'open').map((a) => (a.type === 'open' ? a.hit : '')),
    closes: () => log.filter((a) => a.type === 'close').length,
  };
}

describe('hover intent', () => {
  it('opens after the pointer rests on a name for the dwell, not before', () => {
    const s = simulate();
    s.frame(on('Stoltenberg'));
    s.wait(dwellMs - 20);
    expect(s.opened()).toEqual([]);
    s.wait(20);
    expect(s.opened()).toEqual(['Stoltenberg']);
  });

  it('asks for the briefing as soon as the pointer reaches a name, before the dwell ends', () => {
    const s = simulate();
    s.frame(on('Stoltenberg'), true);
    expect(s.log).toEqual([{ type: 'prefetch', hit: 'Stoltenberg' }]);
    s.frame(on('Stoltenberg'));
    expect(s.log).toHaveLength(1);
  });

  it('opens nothing while the pointer sweeps fast across a line of names', () => {
    const s = simulate();
    for (const name of ['Biden', 'Biden', 'Johnson', 'Johnson', 'Stoltenberg', 'Stoltenberg', 'Zelensky']) {
      for (let i = 0; i < 6; i++) s.frame(on(name), true);
    }
    s.frame(nothing, true);
    s.wait(1000);
    expect(s.opened()).toEqual([]);
  });

  it('opens a name where a fast sweep comes to rest', () => {
    const s = simulate();
    for (let i = 0; i < 20; i++) s.frame(on('Stoltenberg'), true);
    expect(s.opened()).toEqual([]);
    s.wait(dwellMs);
    expect(s.opened()).toEqual(['Stoltenberg']);
  });

  it('opens while the pointer drifts slowly over one name (reading it)', () => {
    const s = simulate();
    for (let i = 0; i < 15; i++) s.frame(on('Stoltenberg'));
    expect(s.opened()).toEqual(['Stoltenberg']);
  });

  it('stays open while the pointer crosses the gap into the popover and rests there', () => {
    const s = simulate();
    s.frame(on('Stoltenberg'));
    s.wait(dwellMs);
    s.frame(nothing);
    s.frame(popover);
    s.wait(5000);
    expect(s.closes()).toBe(0);
  });

  it('closes a short while after the pointer leaves both the name and the popover', () => {
    const s = simulate();
    s.frame(on('Stoltenberg'));
    s.wait(dwellMs);
    s.frame(popover);
    s.frame(nothing);
    s.wait(closeDelayMs - 20);
    expect(s.closes()).toBe(0);
    s.wait(20);
    expect(s.closes()).toBe(1);
    expect(s.intent.shown()).toBeNull();
  });

  it('moves from one name to the adjacent one without closing in between (no flicker)', () => {
    const s = simulate();
    s.frame(on('Biden'));
    s.wait(dwellMs);
    s.frame(nothing); // the space between the two names
    s.frame(on('Putin'));
    s.wait(dwellMs);
    expect(s.opened()).toEqual(['Biden', 'Putin']);
    expect(s.closes()).toBe(0);
    expect(s.intent.shown()).toBe('Putin');
  });

  it('does not reopen a dismissed popover while the pointer is still on its name', () => {
    const s = simulate();
    s.frame(on('Stoltenberg'));
    s.wait(dwellMs);
    s.intent.dismissed(true); // Escape
    s.frame(on('Stoltenberg'));
    s.wait(1000);
    expect(s.opened()).toEqual(['Stoltenberg']);
    s.frame(nothing);
    s.frame(on('Stoltenberg'));
    s.wait(dwellMs);
    expect(s.opened()).toEqual(['Stoltenberg', 'Stoltenberg']);
  });

  it('reopens at once after a click elsewhere: the pointer was not on the name then', () => {
    const s = simulate();
    s.frame(on('Stoltenberg'));
    s.wait(dwellMs);
    s.intent.dismissed(); // the click landed elsewhere, before a frame saw the pointer leave
    s.frame(on('Stoltenberg'));
    s.wait(dwellMs);
    expect(s.opened()).toEqual(['Stoltenberg', 'Stoltenberg']);
  });

  it('keeps a keyboard-opened popover when the pointer wanders, but a rested-on name replaces it', () => {
    const s = simulate();
    s.intent.pinned('Stoltenberg');
    s.frame(nothing);
    s.wait(5000);
    expect(s.closes()).toBe(0);
    s.frame(on('NATO'));
    s.wait(dwellMs);
    expect(s.opened()).toEqual(['NATO']);
  });

  it('ignores names under the pointer while the popover is open for them', () => {
    const s = simulate();
    s.frame(on('Stoltenberg'));
    s.wait(dwellMs);
    for (let i = 0; i < 30; i++) s.frame(on('Stoltenberg'));
    expect(s.opened()).toEqual(['Stoltenberg']);
    expect(s.intent.nextDeadline()).toBeNull();
  });
});

describe('pointer speed', () => {
  it('measures px per ms over recent events', () => {
    const speed = createSpeedometer(50);
    for (let t = 0; t <= 100; t += 10) speed.add(t, t * 2, 0);
    expect(speed.speed()).toBeCloseTo(2);
  });

  it('reads a resting or slowly drifting pointer as slow', () => {
    const speed = createSpeedometer(50);
    for (let t = 0; t <= 200; t += 16) speed.add(t, 100 + t * 0.1, 300);
    expect(speed.speed()).toBeLessThan(HOVER_TIMING.maxSpeed);
  });

  it('reads a sweep at 1 px/ms as fast', () => {
    const speed = createSpeedometer(50);
    for (let t = 0; t <= 200; t += 8) speed.add(t, t, 300);
    expect(speed.speed()).toBeGreaterThan(HOVER_TIMING.maxSpeed);
  });
});

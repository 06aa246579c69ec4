// Main-world probes of what the content script leaves observable: CSS.highlights (shared by all worlds of a
// document) and User Timing entries (one performance timeline per document in Chromium: marks and measures
// made by the content script's isolated world are visible to the page).
import type { Page } from 'puppeteer-core';
import { sleep } from './chromium.ts';

export interface ProbeState {
  highlights: number;
  /** backgrounder:* measures: name and duration. */
  measures: [string, number][];
  marks: string[];
}

export function probe(page: Page): Promise<ProbeState> {
  return page.evaluate(() => {
    let highlights = 0;
    for (const [name, h] of CSS.highlights) if (name.startsWith('backgrounder')) highlights += h.size;
    const mine = (e: PerformanceEntry) => e.name.startsWith('backgrounder');
    return {
      highlights,
      measures: performance
        .getEntriesByType('measure')
        .filter(mine)
        .map((e) => [e.name, e.duration] as [string, number]),
      marks: performance
        .getEntriesByType('mark')
        .filter(mine)
        .map((e) => e.name),
    };
  });
}

/** The measure that closes a full scan, as lib/page records it. */
export const SCAN_DONE = /^backgrounder:scan$/;

export interface ScanWait {
  state: ProbeState;
  /** 'mark': the content script's scan measure appeared; 'settle': highlights stopped changing. */
  how: 'mark' | 'settle';
  waitedMs: number;
}

/**
 * Waits until the content script has finished its first scan: its `backgrounder:scan` measure appears, or, if it
 * records none, the highlight count has not changed for `settleMs`. A short grace period after either catches
 * trailing tasks (registering highlights, reporting the badge count).
 */
export async function waitForScan(page: Page, { settleMs = 1500, graceMs = 300, timeoutMs = 60_000 } = {}) {
  const t0 = Date.now();
  let last = -1;
  let lastChange = Date.now();
  for (;;) {
    const state = await probe(page);
    if (state.measures.some(([n]) => SCAN_DONE.test(n))) {
      await sleep(graceMs);
      return { state: await probe(page), how: 'mark', waitedMs: Date.now() - t0 } satisfies ScanWait;
    }
    if (state.highlights !== last) {
      last = state.highlights;
      lastChange = Date.now();
    } else if (Date.now() - lastChange >= settleMs) {
      return { state, how: 'settle', waitedMs: Date.now() - t0 } satisfies ScanWait;
    }
    if (Date.now() - t0 > timeoutMs) throw new Error(`scan did not finish within ${timeoutMs / 1000} s`);
    await sleep(100);
  }
}

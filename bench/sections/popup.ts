// Row 3: the real toolbar popup (chrome.action.openPopup() from the service worker), open-to-paint and
// keystroke-to-results, from the performance entries the popup records (backgrounder:popup-ready,
// backgrounder:results) and the browser's own paint timing.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import type { Pack } from '../../lib/corpus/types.ts';
import { type Chromium, launchChromium, serve, sleep } from '../lib/chromium.ts';
import { waitForScan } from '../lib/page-probe.ts';
import { buildQueries } from '../lib/queries.ts';
import { fmt, median, notMeasured, sampledRow } from '../lib/stats.ts';
import type { BenchOptions, Row } from '../lib/types.ts';
import { generatePage } from '../pages/generate.ts';

const group = '3 Popup';

interface OpenTiming {
  /** Epoch ms (performance.timeOrigin + now) in the service worker right before openPopup(). */
  calledAt: number;
  popupOrigin: number;
  fcp: number | null;
  ready: number | null;
}

export async function popupRows(opts: BenchOptions): Promise<Row[]> {
  const openBase = {
    id: 'popup.open',
    group,
    metric: 'open-to-paint (openPopup() → first contentful paint)',
    unit: 'ms',
    budget: { op: '<=' as const, limit: 100 },
  };
  const keyBase = {
    id: 'popup.keystroke',
    group,
    metric: 'keystroke-to-results (keydown → results in DOM)',
    unit: 'ms',
    budget: { op: '<=' as const, limit: 16 },
  };
  const pack = JSON.parse(readFileSync(join(opts.extensionDir, 'pack.json'), 'utf8')) as Pack;
  const chrome = await launchChromium(opts.extensionDir);
  const server = await serve();
  try {
    const forms = JSON.parse(readFileSync(join(opts.extensionDir, 'matcher.json'), 'utf8')) as { forms?: [string][] };
    const names = (forms.forms ?? []).map(([f]) => f).filter((f) => f !== f.toUpperCase());
    server.set('/popup-page.html', generatePage(20_000, names, names, 3).html);
    const page = await chrome.browser.newPage();
    await page.goto(`${server.origin}/popup-page.html`, { waitUntil: 'load' });
    await waitForScan(page).catch(() => undefined);

    const opens = opts.quick ? 4 : 12;
    const timings: OpenTiming[] = [];
    let keystrokes: number[] = [];
    let misses = 0;
    for (let i = 0; i <= opens; i++) {
      const { popup, timing } = await openPopup(chrome, page);
      if (i > 0) timings.push(timing);
      if (i === opens) {
        // Typing in the last popup: the search field is focused on open.
        const r = await typeQueries(popup, buildQueries(pack, opts.quick ? 8 : 20).filter(isTypeable));
        keystrokes = r.latencies;
        misses = r.misses;
      }
      await popup.close();
      await sleep(100);
    }
    const rows: Row[] = [];
    const fcp = timings.filter((t) => t.fcp !== null).map((t) => t.popupOrigin + (t.fcp as number) - t.calledAt);
    const nav = timings.filter((t) => t.fcp !== null).map((t) => t.fcp as number);
    const ready = timings.filter((t) => t.ready !== null).map((t) => t.popupOrigin + (t.ready as number) - t.calledAt);
    if (fcp.length === 0) rows.push(notMeasured(openBase, 'the popup reported no first-contentful-paint entry'));
    else {
      const r = sampledRow(openBase, fcp, 'p95');
      r.note = `${fcp.length} opens after one warm-up; of which navigation start → paint ${fmt(median(nav))} ms (median); backgrounder:popup-ready at ${ready.length ? `${fmt(median(ready))} ms` : 'not recorded'}; clocks: epoch time of the worker and the popup`;
      rows.push(r);
    }
    if (keystrokes.length === 0) rows.push(notMeasured(keyBase, 'no backgrounder:results mark followed a keystroke'));
    else {
      const r = sampledRow(keyBase, keystrokes, 'p95');
      r.note = `${keystrokes.length} keystrokes typing ${opts.quick ? 8 : 20} queries${misses ? `; ${misses} keystrokes without results within 1 s (not counted)` : ''}; includes the background round trip`;
      rows.push(r);
    }
    return rows;
  } catch (error) {
    throw error instanceof Error ? error : new Error(String(error));
  } finally {
    await chrome.close();
    await server.close();
  }
}

/** Queries a person would type character by character (no 400-character pastes). */
const isTypeable = (q: string) => q.length > 0 && q.length <= 30;

async function openPopup(chrome: Chromium, page: Page): Promise<{ popup: Page; timing: OpenTiming }> {
  await page.bringToFront();
  const target = chrome.browser.waitForTarget((t) => t.url().startsWith(`${chrome.origin}/popup.html`), {
    timeout: 10_000,
  });
  const calledAt = await chrome.inWorker<number>(
    String(() => {
      const at = performance.timeOrigin + performance.now();
      void (globalThis as unknown as { chrome: { action: { openPopup(): Promise<void> } } }).chrome.action.openPopup();
      return at;
    }),
  );
  const popup = await (await target).asPage();
  if (!popup) throw new Error('the popup target has no page');
  const deadline = Date.now() + 5_000;
  for (;;) {
    const t = await popup
      .evaluate(() => ({
        popupOrigin: performance.timeOrigin,
        fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
        ready: performance.getEntriesByName('backgrounder:popup-ready')[0]?.startTime ?? null,
      }))
      .catch(() => null);
    if (t && t.fcp !== null) return { popup, timing: { calledAt, ...t } };
    if (Date.now() > deadline)
      return { popup, timing: { calledAt, popupOrigin: t?.popupOrigin ?? 0, fcp: null, ready: t?.ready ?? null } };
    await sleep(50);
  }
}

async function typeQueries(popup: Page, queries: string[]): Promise<{ latencies: number[]; misses: number }> {
  await popup.evaluate(() => {
    const w = window as unknown as { __bgKeys: number[] };
    w.__bgKeys = [];
    window.addEventListener('keydown', (e) => w.__bgKeys.push(e.timeStamp), { capture: true });
  });
  const latencies: number[] = [];
  let misses = 0;
  let warm = true;
  for (const q of queries) {
    // Clear the field (select all, delete), then type one character at a time and wait for its results.
    await popup.keyboard.down('Control');
    await popup.keyboard.press('a');
    await popup.keyboard.up('Control');
    await popup.keyboard.press('Backspace');
    await sleep(30);
    for (let i = 1; i <= q.length; i++) {
      const typed = q.slice(0, i);
      await popup.keyboard.type(q.charAt(i - 1));
      if (typed.trim() === '') continue;
      const latency = await popup
        .waitForFunction(
          (text) => {
            const w = window as unknown as { __bgKeys: number[] };
            const key = w.__bgKeys[w.__bgKeys.length - 1];
            const mark = performance
              .getEntriesByName('backgrounder:results')
              .filter((m) => (m as PerformanceMark).detail?.query === text && key !== undefined && m.startTime >= key)
              .pop();
            return mark && key !== undefined ? mark.startTime - key : false;
          },
          { timeout: 1_000, polling: 'raf' },
          typed,
        )
        .then((h) => h.jsonValue() as Promise<number>)
        .catch(() => null);
      if (latency === null) misses += 1;
      else if (warm)
        warm = false; // the first keystroke warms the search path
      else latencies.push(latency);
    }
  }
  return { latencies, misses };
}

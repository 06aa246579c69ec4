// Row 2: hover-to-visible latency of the popover, service worker warm and cold. The pointer moves like a
// reader's (real input events through CDP): off the name, a pause, then onto it, and rests. The page's main world
// records the arrival (pointermove timeStamp), when the popover host element is added (MutationObserver), and the
// first frame in which the popover is hit-testable at its place next to the name (elementFromPoint returns the
// host once the closed-shadow content is laid out and visible). Latency = visible − (arrival + dwell).
import { readFileSync } from 'node:fs';
import type { Page } from 'puppeteer-core';
import type { CompiledMatcher } from '../../lib/matching/types.ts';
import { HOVER_TIMING } from '../../lib/page/hover-intent.ts';
import { POPOVER_TAG } from '../../lib/page/popover-tag.ts';
import { type Chromium, launchChromium, serve, sleep } from '../lib/chromium.ts';
import { corpus, extensionFor } from '../lib/corpora.ts';
import { waitForScan } from '../lib/page-probe.ts';
import { errorMessage, fmt, median, notMeasured, sampledRow } from '../lib/stats.ts';
import type { BenchOptions, Row } from '../lib/types.ts';

interface HoverState {
  arrival: number;
  hostAt: number | null;
  visibleAt: number | null;
}

/** One paragraph per entity, its name once, in ordinary prose: every trial hovers a name not yet cached. */
function hoverPage(names: string[]): string {
  const filler =
    'officials said the talks would continue next week as ministers met in the capital to discuss the plan';
  const paragraphs = names.map(
    (n, i) => `<p id="h-${i}">According to the report, ${n.replace(/[&<>]/g, '')} ${filler}.</p>`,
  );
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Hover bench</title>
<style>body{font:18px/1.6 Georgia,serif;max-width:40em;margin:auto;padding:40vh 0}p{margin:0 0 2.5em}</style>
</head><body><article>${paragraphs.join('\n')}</article></body></html>`;
}

/** Installed before any page script: records pointer arrival, host insertion and first visible frame. */
function instrument(tag: string) {
  type W = {
    __bgHover: HoverState & { probes: [number, number][] };
  };
  const w = window as unknown as W;
  w.__bgHover = { arrival: 0, hostAt: null, visibleAt: null, probes: [] };
  document.addEventListener(
    'pointermove',
    (e) => {
      w.__bgHover.arrival = e.timeStamp;
    },
    { capture: true, passive: true },
  );
  const poll = () =>
    requestAnimationFrame(() => {
      const host = document.querySelector(tag);
      const s = w.__bgHover;
      if (!host || s.visibleAt !== null) return;
      if (s.probes.some(([x, y]) => document.elementFromPoint(x, y) === host)) s.visibleAt = performance.now();
      else poll();
    });
  const observe = () =>
    new MutationObserver(() => {
      if (w.__bgHover.hostAt === null && document.querySelector(tag)) {
        w.__bgHover.hostAt = performance.now();
        poll();
      }
    }).observe(document.documentElement, { childList: true });
  // At document start there may be no root element yet; the host is appended to it.
  if (document.documentElement) observe();
  else document.addEventListener('DOMContentLoaded', observe, { once: true });
}

/** Names hovered per corpus: enough for every trial to be a name not hovered before. */
const MAX_NAMES = 120;

export async function hoverRows(opts: BenchOptions): Promise<Row[]> {
  const rows: Row[] = [];
  for (const name of opts.corpora) {
    if (name === '100k') continue;
    let label: string = name;
    try {
      const c = corpus(opts, name);
      label = c.label;
      rows.push(
        ...(await hoverAt(
          opts,
          extensionFor(opts, c),
          `2 Hover, ${c.label}`,
          name === 'bundled' ? 'hover' : `hover.${name}`,
        )),
      );
    } catch (error) {
      rows.push(
        notMeasured(
          { id: `hover.${name}`, group: `2 Hover, ${label}`, metric: 'section', unit: '' },
          errorMessage(error),
        ),
      );
    }
  }
  return rows;
}

async function hoverAt(opts: BenchOptions, extensionDir: string, group: string, id: string): Promise<Row[]> {
  const warmBase = {
    id: `${id}.warm`,
    group,
    metric: 'hover-to-visible, service worker warm',
    unit: 'ms',
    budget: { op: '<=' as const, limit: 50 },
  };
  const coldBase = {
    id: `${id}.cold`,
    group,
    metric: 'hover-to-visible, service worker cold',
    unit: 'ms',
    budget: { op: '<=' as const, limit: 50 },
  };
  const matcher = JSON.parse(readFileSync(`${extensionDir}-matcher.json`, 'utf8')) as CompiledMatcher;
  // One written form per entity: its canonical name when the matcher looks for it, else its first mixed-case form.
  const byEntity = new Map<number, string>();
  for (const [form, e] of matcher.forms ?? []) {
    const canonical = matcher.entities[e]?.[1];
    if (form === canonical || (!byEntity.has(e) && form !== form.toUpperCase())) byEntity.set(e, form);
  }
  const all = [...byEntity.values()];
  const step = Math.max(1, Math.floor(all.length / MAX_NAMES));
  const names = all.filter((_, i) => i % step === 0).slice(0, MAX_NAMES);
  if (names.length === 0) {
    const reason = 'the shipped matcher has no names to hover (issue #3/#4 not landed)';
    return [notMeasured(warmBase, reason), notMeasured(coldBase, reason)];
  }
  const chrome = await launchChromium(extensionDir);
  const server = await serve();
  server.set('/hover.html', hoverPage(names));
  try {
    const page = await chrome.browser.newPage();
    await page.evaluateOnNewDocument(instrument, POPOVER_TAG);
    const url = `${server.origin}/hover.html`;
    let next = names.length; // forces a load on the first trial
    const load = async () => {
      await page.goto(url, { waitUntil: 'load' });
      await waitForScan(page);
      next = 0;
    };
    const missed: string[] = [];
    const trial = async (cold: boolean) => {
      if (next >= names.length) await load();
      const i = next++;
      if (cold) {
        await chrome.stopServiceWorker();
        await sleep(100);
      }
      const r = await hoverOnce(page, i);
      if (r && r.visibleAt === null) missed.push(names[i] as string);
      return r;
    };
    const warmRuns = opts.quick ? 5 : 20;
    const coldRuns = opts.quick ? 3 : 10;
    const warm: HoverState[] = [];
    const cold: HoverState[] = [];
    let misses = 0;
    /** Names the page did not highlight (a longer form took them): nothing to hover, so no trial. */
    let unhighlighted = 0;
    // Interleave cold trials among warm ones so both see the same machine conditions.
    const plan = ['warmup', ...Array.from({ length: warmRuns + coldRuns }, (_, k) => (k % 3 === 2 ? 'cold' : 'warm'))];
    let coldLeft = coldRuns;
    let warmLeft = warmRuns;
    for (const p of plan) {
      const kind = p === 'warmup' ? 'warmup' : p === 'cold' && coldLeft > 0 ? 'cold' : warmLeft > 0 ? 'warm' : 'cold';
      if (kind === 'cold') coldLeft--;
      if (kind === 'warm') warmLeft--;
      const r = await trial(kind === 'cold');
      if (!r) unhighlighted++;
      else if (r.visibleAt === null) misses++;
      else if (kind === 'cold') cold.push(r);
      else if (kind === 'warm') warm.push(r);
    }
    const latency = (s: HoverState) => (s.visibleAt as number) - (s.arrival + HOVER_TIMING.dwellMs);
    const hostLatency = (s: HoverState) => (s.hostAt as number) - (s.arrival + HOVER_TIMING.dwellMs);
    const rows: Row[] = [];
    for (const [base, set] of [
      [warmBase, warm],
      [coldBase, cold],
    ] as const) {
      if (set.length === 0) {
        rows.push(notMeasured(base, `the popover never became visible (${misses} hovers tried)`));
        continue;
      }
      const r = sampledRow(base, set.map(latency), 'p95');
      r.note = [
        `${set.length} hovers, each a different name (dwell ${HOVER_TIMING.dwellMs} ms from lib/page/hover-intent.ts)`,
        `host element added at ${fmt(median(set.map(hostLatency)))} ms (median)`,
        misses ? `${misses} hovers opened nothing within 3 s (${missed.join(', ')})` : 'every hover opened',
        ...(unhighlighted ? [`${unhighlighted} names not highlighted on the bench page, skipped`] : []),
        base === coldBase ? 'worker stopped (CDP Target.closeTarget) before each' : 'first hover excluded as warm-up',
      ].join('; ');
      rows.push(r);
    }
    return rows;
  } finally {
    await chrome.close();
    await server.close();
  }
}

async function hoverOnce(page: Page, index: number): Promise<HoverState | null> {
  // Bring the name into view, reset the record, and work out where the popover will be (just below or above).
  const box = await page.evaluate((i) => {
    const p = document.getElementById(`h-${i}`);
    if (!p) return null;
    p.scrollIntoView({ block: 'center', behavior: 'instant' });
    for (const [name, h] of CSS.highlights) {
      if (!name.startsWith('backgrounder')) continue;
      for (const r of h as unknown as Iterable<AbstractRange>) {
        if (!p.contains(r.startContainer)) continue;
        const range = document.createRange();
        range.setStart(r.startContainer, r.startOffset);
        range.setEnd(r.endContainer, r.endOffset);
        const b = range.getClientRects()[0];
        if (!b) return null;
        return { x: b.x, y: b.y, width: b.width, height: b.height };
      }
    }
    return null;
  }, index);
  if (!box) return null;
  const cy = box.y + box.height / 2;
  const ax = box.x + Math.min(8, box.width / 2);
  const gap = 18;
  await page.evaluate(
    (probes) => {
      const s = (window as unknown as { __bgHover: HoverState & { probes: [number, number][] } }).__bgHover;
      s.hostAt = null;
      s.visibleAt = null;
      s.probes = probes;
    },
    [
      [ax, box.y + box.height + gap],
      [box.x + box.width / 2, box.y + box.height + gap],
      [ax, box.y - gap],
      [box.x + box.width / 2, box.y - gap],
    ] as [number, number][],
  );
  // Off the name, a pause, then onto it slowly (well under the 0.5 px/ms "passing over" speed), and rest.
  await page.mouse.move(box.x - 12, cy);
  await sleep(250);
  await page.mouse.move(ax, cy);
  const deadline = Date.now() + 3_000;
  let state: HoverState | null = null;
  while (Date.now() < deadline) {
    await sleep(50);
    state = await page.evaluate(() => {
      const s = (window as unknown as { __bgHover: HoverState }).__bgHover;
      return { arrival: s.arrival, hostAt: s.hostAt, visibleAt: s.visibleAt };
    });
    if (state.visibleAt !== null) break;
  }
  // Close it as a reader would (Escape), leave the name, and wait until the host element is gone.
  await page.keyboard.press('Escape');
  await page.mouse.move(5, 5);
  const gone = Date.now() + 3_000;
  while (Date.now() < gone && (await page.$(POPOVER_TAG))) await sleep(30);
  return state;
}

export type { Chromium };

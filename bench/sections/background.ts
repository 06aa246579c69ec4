// Row 5: the briefing pack in the background service worker: the first answer after the worker was stopped
// (wake-up + pack load + answer), and search latency over a query set, both as an extension page sees them
// (runtime.sendMessage round trip).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import type { Pack } from '../../lib/corpus/types.ts';
import { launchChromium, sleep } from '../lib/chromium.ts';
import { buildQueries } from '../lib/queries.ts';
import { POPUP_LIMIT } from '../lib/search-api.ts';
import { fmt, median, notMeasured, sampledRow } from '../lib/stats.ts';
import type { BenchOptions, Row } from '../lib/types.ts';

const group = '5 Background';

type Chrome = { runtime: { sendMessage(msg: unknown): Promise<unknown> } };

/** Round trip of one message from the extension page, ms. */
function roundTrip(page: Page, msg: unknown): Promise<{ ms: number; sentAt: number; answer: unknown }> {
  return page.evaluate(async (m) => {
    const c = (globalThis as unknown as { chrome: Chrome }).chrome;
    const sentAt = performance.timeOrigin + performance.now();
    const t0 = performance.now();
    const answer = await c.runtime.sendMessage(m);
    return { ms: performance.now() - t0, sentAt, answer };
  }, msg as never);
}

export async function backgroundRows(opts: BenchOptions): Promise<Row[]> {
  const loadBase = {
    id: 'background.pack-cold',
    group,
    metric: 'worker stopped → first answer (wake-up, pack + index load)',
    unit: 'ms',
  };
  const searchBase = {
    id: 'background.search',
    group,
    metric: 'search latency (sendMessage round trip)',
    unit: 'ms',
    budget: { op: '<=' as const, limit: 10 },
  };
  const pack = JSON.parse(readFileSync(join(opts.extensionDir, 'pack.json'), 'utf8')) as Pack;
  const chrome = await launchChromium(opts.extensionDir);
  try {
    // An extension page of the product as the client (the popup does the same calls).
    const page = await chrome.browser.newPage();
    await page.goto(`${chrome.origin}/options.html`, { waitUntil: 'load' });
    await roundTrip(page, { type: 'startState' });

    const colds: number[] = [];
    const warms: number[] = [];
    const boots: number[] = [];
    /** Measures the worker records itself (backgrounder:*), if any. */
    const packMeasures: Record<string, number[]> = {};
    const fetches: number[] = [];
    const runs = opts.quick ? 3 : 8;
    for (let i = 0; i < runs; i++) {
      await chrome.stopServiceWorker();
      await sleep(200);
      const cold = await roundTrip(page, { type: 'startState' });
      colds.push(cold.ms);
      warms.push((await roundTrip(page, { type: 'startState' })).ms);
      // What the worker itself saw: when it started, how long fetching the pack took, and the pack-load measure
      // if the product records one.
      const seen = await chrome.inWorker<{ origin: number; fetch: number[]; measure: [string, number][] }>(
        String(() => ({
          origin: performance.timeOrigin,
          fetch: performance
            .getEntriesByType('resource')
            .filter((e) => /\/(pack|matcher)\.json$/.test(e.name))
            .map((e) => e.duration),
          measure: performance
            .getEntriesByType('measure')
            .filter((e) => e.name.startsWith('backgrounder:'))
            .map((e) => [e.name, e.duration]),
        })),
      );
      boots.push(seen.origin - cold.sentAt);
      if (seen.fetch.length) fetches.push(Math.max(...seen.fetch));
      for (const [name, ms] of seen.measure) packMeasures[name] = [...(packMeasures[name] ?? []), ms];
    }
    const rows: Row[] = [];
    const cold = sampledRow(loadBase, colds, 'p95');
    cold.note = [
      `${runs} stops (CDP Target.closeTarget), startState from options.html`,
      `worker started ${fmt(median(boots))} ms after the send`,
      ...(fetches.length ? [`pack.json/matcher.json fetch ${fmt(median(fetches))} ms`] : []),
      Object.keys(packMeasures).length
        ? Object.entries(packMeasures)
            .map(([name, v]) => `${name} ${fmt(median(v))} ms`)
            .join(', ')
        : 'the worker records no backgrounder:* measure of its own',
      `warm answer ${fmt(median(warms))} ms`,
    ].join('; ');
    rows.push(cold);

    const queries = buildQueries(pack);
    for (const q of queries) await roundTrip(page, { type: 'search', query: q, limit: POPUP_LIMIT }); // warm-up pass
    const lat: number[] = [];
    const perQuery = new Map<string, number>();
    let hits = 0;
    for (let pass = 0; pass < (opts.quick ? 1 : 3); pass++) {
      for (const q of queries) {
        const r = await roundTrip(page, { type: 'search', query: q, limit: POPUP_LIMIT });
        lat.push(r.ms);
        perQuery.set(q, Math.max(perQuery.get(q) ?? 0, r.ms));
        const a = r.answer as Record<string, unknown[]> | null;
        if (a && ['people', 'entities', 'quotes', 'articles'].some((k) => (a[k]?.length ?? 0) > 0)) hits += 1;
      }
    }
    if (hits === 0) {
      rows.push(
        notMeasured(
          searchBase,
          `the background answered every query with no results (search not landed?); round trip of an empty answer ${fmt(median(lat))} ms`,
        ),
      );
    } else {
      const s = sampledRow(searchBase, lat, 'p95');
      const slowest = [...perQuery]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 3)
        .map(([q, ms]) => `"${q.slice(0, 30)}" ${fmt(ms)} ms`);
      s.note = `${queries.length} queries × ${lat.length / queries.length} passes after a warm-up pass, limit ${POPUP_LIMIT} per group as the popup asks; ${hits}/${lat.length} with results; slowest ${slowest.join(', ')}`;
      rows.push(s);
    }
    return rows;
  } catch (error) {
    return [notMeasured(loadBase, String(error))];
  } finally {
    await chrome.close();
  }
}

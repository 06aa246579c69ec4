// Row 5: the background service worker reading the pack on demand, at each corpus size, as an extension page sees
// it (runtime.sendMessage round trips from options.html): the first briefing after the worker was stopped, the
// first search answer after a stop, search latency warm, the worker's heap after a search and ten briefings, and
// the package's size on disk. Then the same for the IndexedDB variant (the pack imported on install), side by
// side: install-to-imported time, the disk the copy takes, first briefing and search.
import { mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { readPackFile } from '../../lib/corpus/pack-file.ts';
import type { Pack } from '../../lib/corpus/types.ts';
import { type Chromium, launchChromium, sleep } from '../lib/chromium.ts';
import { type Corpus, type CorpusName, corpus, extensionFor } from '../lib/corpora.ts';
import { buildQueries } from '../lib/queries.ts';
import { POPUP_LIMIT } from '../lib/search-api.ts';
import { errorMessage, fmt, median, notMeasured, percentile, row, sampledRow } from '../lib/stats.ts';
import type { BenchOptions, Row } from '../lib/types.ts';

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

/** An extension of one service worker that answers every message at once: what waking any worker costs. */
async function launchEmpty(opts: BenchOptions): Promise<{ chrome: Chromium; page: Page; close(): Promise<void> }> {
  const dir = resolve(opts.root, '.output-bench/empty-extension');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'manifest.json'),
    JSON.stringify({
      manifest_version: 3,
      name: 'empty worker',
      version: '1.0',
      background: { service_worker: 'sw.js' },
      options_page: 'options.html',
    }),
  );
  writeFileSync(
    join(dir, 'sw.js'),
    "performance.mark('empty:main');\nchrome.runtime.onMessage.addListener((_m, _s, reply) => { reply({ ok: true }); });\n",
  );
  writeFileSync(join(dir, 'options.html'), '<!doctype html><title>empty</title>\n');
  const chrome = await launchChromium(dir);
  const page = await chrome.browser.newPage();
  await page.goto(`${chrome.origin}/options.html`, { waitUntil: 'load' });
  await roundTrip(page, { type: 'ping' });
  return { chrome, page, close: () => chrome.close() };
}

/** Budgets apply where the issue sets them (929 and 10,000 articles); elsewhere the rows inform. */
const budgeted = (name: CorpusName) => name === '929' || name === '10k';

export async function backgroundRows(opts: BenchOptions): Promise<Row[]> {
  const rows: Row[] = [];
  for (const name of opts.corpora) {
    if (name === '100k') continue; // built only for the ingest rows
    const group = `5 Background, ${corpusLabelFor(opts, name)}`;
    try {
      const c = corpus(opts, name);
      rows.push(...(await measure(opts, c, extensionFor(opts, c), group, 'files')));
    } catch (error) {
      rows.push(notMeasured({ id: `background.${name}`, group, metric: 'section', unit: '' }, errorMessage(error)));
    }
  }
  // The alternative layout source, at the sizes the decision is about.
  for (const name of opts.corpora.filter((n) => budgeted(n) && (!opts.quick || n === '929'))) {
    const group = `5 Background, ${corpusLabelFor(opts, name)}, IndexedDB variant`;
    try {
      const c = corpus(opts, name);
      rows.push(...(await measure(opts, c, extensionFor(opts, c, 'idb'), group, 'idb')));
    } catch (error) {
      rows.push(notMeasured({ id: `background.${name}.idb`, group, metric: 'section', unit: '' }, errorMessage(error)));
    }
  }
  return rows;
}

function corpusLabelFor(opts: BenchOptions, name: CorpusName): string {
  try {
    return corpus(opts, name).label;
  } catch {
    return name;
  }
}

async function measure(opts: BenchOptions, c: Corpus, dir: string, group: string, variant: 'files' | 'idb') {
  const id = `background.${c.name}${variant === 'idb' ? '.idb' : ''}`;
  const strict = budgeted(c.name) && variant === 'files';
  const pack = await readPackFile(`${dir}-pack.json`);
  const entities = briefingTargets(pack, opts.quick ? 24 : 60);
  const queries = buildQueries(pack);
  const rows: Row[] = [];
  const chrome = await launchChromium(dir);
  try {
    const page = await chrome.browser.newPage();
    await page.goto(`${chrome.origin}/options.html`, { waitUntil: 'load' });
    if (variant === 'idb') rows.push(...(await importRows(chrome, id, group)));
    await roundTrip(page, { type: 'startState' });

    // Worker stopped → first briefing: each run a different entity, so no cache of any kind helps.
    const colds: number[] = [];
    const boots: number[] = [];
    const inWorker: number[] = [];
    // Milliseconds from the worker's start: modules evaluated, listeners in place, the handler reached, answered.
    const stages = { main: [] as number[], ready: [] as number[], handler: [] as number[], answered: [] as number[] };
    const runs = opts.quick ? 5 : 12;
    // The platform's own floor, paired run by run: an extension whose worker does nothing but answer.
    const empty = variant === 'files' ? await launchEmpty(opts) : undefined;
    const emptyColds: number[] = [];
    const emptyStages = { main: [] as number[], answered: [] as number[] };
    for (let i = 0; i < runs; i++) {
      if (empty) {
        await empty.chrome.stopServiceWorker();
        await sleep(200);
        const e = await roundTrip(empty.page, { type: 'ping' });
        emptyColds.push(e.ms);
        const marks = await empty.chrome.inWorker<{ origin: number; main: number }>(
          String(() => ({
            origin: performance.timeOrigin,
            main: performance.getEntriesByName('empty:main')[0]?.startTime ?? Number.NaN,
          })),
        );
        emptyStages.main.push(marks.main);
        emptyStages.answered.push(e.sentAt + e.ms - marks.origin);
      }
      await chrome.stopServiceWorker();
      await sleep(200);
      const r = await roundTrip(page, { type: 'getBriefing', entity: entities[i % entities.length] });
      colds.push(r.ms);
      const seen = await chrome.inWorker<{ origin: number; briefing: number[]; marks: number[] }>(
        String(() => ({
          origin: performance.timeOrigin,
          briefing: performance
            .getEntriesByName('backgrounder:briefing')
            .map((e) => e.duration)
            .slice(0, 1),
          marks: ['backgrounder:main', 'backgrounder:ready', 'backgrounder:get-briefing'].map(
            (name) => performance.getEntriesByName(name)[0]?.startTime ?? Number.NaN,
          ),
        })),
      );
      boots.push(seen.origin - r.sentAt);
      if (seen.briefing[0] !== undefined) inWorker.push(seen.briefing[0]);
      const [main, ready, handler] = seen.marks as [number, number, number];
      stages.main.push(main);
      stages.ready.push(ready);
      stages.handler.push(handler);
      stages.answered.push(r.sentAt + r.ms - seen.origin);
    }
    const cold = sampledRow(
      {
        id: `${id}.first-briefing`,
        group,
        metric: 'worker stopped → first briefing (getBriefing)',
        unit: 'ms',
        budget: strict ? { op: '<=', limit: 30 } : undefined,
      },
      colds,
      'p95',
    );
    cold.note = `${runs} stops (CDP Target.closeTarget), each a different entity, from options.html; worker started ${fmt(median(boots))} ms after the send (median); reading the answer in the worker ${fmt(median(inWorker))} ms (meta.json + one briefing file); from the worker's start (medians): modules evaluated ${fmt(median(stages.main))} ms, listeners ready ${fmt(median(stages.ready))} ms, handler reached ${fmt(median(stages.handler))} ms, answer back in the page ${fmt(median(stages.answered))} ms`;
    rows.push(cold);
    if (empty) {
      await empty.close();
      rows.push({
        ...sampledRow(
          {
            id: `${id}.empty-floor`,
            group,
            metric: "platform floor: an empty extension's worker stopped → first answer",
            unit: 'ms',
          },
          emptyColds,
          'p95',
        ),
        note: `${runs} stops, each just before one of the first-briefing runs above, in a second Chromium: a worker of one onMessage listener and nothing else; first briefing ÷ this ${fmt(median(colds) / median(emptyColds))} × (medians); from its worker's start: script running ${fmt(median(emptyStages.main))} ms, answer back ${fmt(median(emptyStages.answered))} ms; p95 ${fmt(percentile(colds, 95))} vs ${fmt(percentile(emptyColds, 95))} ms`,
      });
    }

    // The floor: the same wake-up answering from the settings alone, no pack file read.
    const floor: number[] = [];
    for (let i = 0; i < runs; i++) {
      await chrome.stopServiceWorker();
      await sleep(200);
      floor.push((await roundTrip(page, { type: 'activate', host: 'example.org', withMatcher: false })).ms);
    }
    rows.push({
      ...sampledRow(
        { id: `${id}.floor`, group, metric: 'floor: worker stopped → first answer reading no pack file', unit: 'ms' },
        floor,
        'p95',
      ),
      note: `${runs} stops; activate without the matcher (settings only): wake-up and messaging alone; first briefing ÷ floor ${fmt(median(colds) / median(floor))} × (medians)`,
    });

    const firstSearch: number[] = [];
    for (let i = 0; i < (opts.quick ? 3 : 6); i++) {
      await chrome.stopServiceWorker();
      await sleep(200);
      firstSearch.push(
        (await roundTrip(page, { type: 'search', query: queries[(i * 7) % queries.length], limit: POPUP_LIMIT })).ms,
      );
    }
    rows.push({
      ...sampledRow(
        { id: `${id}.first-search`, group, metric: 'worker stopped → first search answer', unit: 'ms' },
        firstSearch,
        'p95',
      ),
      note: `${firstSearch.length} stops; a different query each time, nothing cached`,
    });

    rows.push(await searchRow(page, queries, opts, `${id}.search`, group, strict));
    rows.push(await heapRow(chrome, page, entities, queries, `${id}.heap`, group, strict));
    if (variant === 'files') rows.push(diskRow(dir, pack, `${id}.disk`, group));
    return rows;
  } catch (error) {
    return [...rows, notMeasured({ id, group, metric: 'section', unit: '' }, errorMessage(error))];
  } finally {
    await chrome.close();
  }
}

/** Entities to ask briefings for: the most mentioned and then every k-th, so big and small briefings both count. */
/** Entity numbers (the pack's entity order, as content scripts send them), from the most mentioned down. */
function briefingTargets(pack: Pack, n: number): number[] {
  const sorted = pack.entities
    .map((e, number) => ({ number, mentions: e.mentions.length }))
    .sort((a, b) => b.mentions - a.mentions);
  const step = Math.max(1, Math.floor(sorted.length / n));
  const out: number[] = [];
  for (let i = 0; i < sorted.length && out.length < n; i += step) out.push((sorted[i] as { number: number }).number);
  return out;
}

async function searchRow(
  page: Page,
  queries: string[],
  opts: BenchOptions,
  id: string,
  group: string,
  strict: boolean,
): Promise<Row> {
  const base = {
    id,
    group,
    metric: 'search round trip (sendMessage), worker warm',
    unit: 'ms',
    budget: strict ? { op: '<=' as const, limit: 10 } : undefined,
  };
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
  if (hits === 0) return notMeasured(base, 'the background answered every query with no results');
  const s = sampledRow(base, lat, 'p95');
  const slowest = [...perQuery]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 3)
    .map(([q, ms]) => `"${q.slice(0, 30)}" ${fmt(ms)} ms`);
  s.note = `${queries.length} queries × ${lat.length / queries.length} passes after a warm-up pass, limit ${POPUP_LIMIT} per group as the popup asks; ${hits}/${lat.length} with results; slowest ${slowest.join(', ')}`;
  return s;
}

/** The worker's JS heap after one search and ten briefings from a fresh start, after a forced GC. */
async function heapRow(
  chrome: Awaited<ReturnType<typeof launchChromium>>,
  page: Page,
  entities: number[],
  queries: string[],
  id: string,
  group: string,
  strict: boolean,
): Promise<Row> {
  const base = {
    id,
    group,
    metric: 'worker heap after a search and ten briefings',
    unit: 'MB',
    budget: strict ? { op: '<=' as const, limit: 30 } : undefined,
  };
  await chrome.stopServiceWorker();
  await sleep(200);
  await roundTrip(page, { type: 'search', query: queries[0], limit: POPUP_LIMIT });
  for (const e of entities.slice(0, 10)) await roundTrip(page, { type: 'getBriefing', entity: e });
  const used = await workerHeap(chrome.browser, chrome.origin);
  return row(
    { ...base, note: 'V8 used heap of the service worker after HeapProfiler.collectGarbage (1 MB = 10^6 bytes)' },
    used / 1e6,
  );
}

async function workerHeap(browser: Browser, origin: string): Promise<number> {
  const target = await browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith(`${origin}/`), {
    timeout: 15_000,
  });
  const cdp = await target.createCDPSession();
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
    return usedSize;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

function diskRow(dir: string, pack: Pack, id: string, group: string): Row {
  let bytes = 0;
  let files = 0;
  let layout = 0;
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else {
        const size = statSync(p).size;
        bytes += size;
        files++;
        if (p.includes('/pack/')) layout += size;
      }
    }
  };
  walk(dir);
  return row(
    {
      id,
      group,
      metric: 'extension package on disk (unpacked)',
      unit: 'MB',
      note: `${files.toLocaleString('en-US')} files; the pack layout ${fmt(layout / 1e6)} MB of it, ${fmt(layout / 1000 / pack.articles.length)} kB per article`,
    },
    bytes / 1e6,
  );
}

/** IndexedDB variant: wait for the install-time import, and report its time and the disk it takes. */
async function importRows(
  chrome: Awaited<ReturnType<typeof launchChromium>>,
  id: string,
  group: string,
): Promise<Row[]> {
  const deadline = Date.now() + 600_000;
  let done: { files: number; ms: number; usage: number } | null = null;
  while (Date.now() < deadline) {
    done = await chrome.inWorker<{ files: number; ms: number; usage: number } | null>(
      String(
        () =>
          new Promise((resolve) => {
            const open = indexedDB.open('backgrounder-pack');
            open.onerror = () => resolve(null);
            open.onsuccess = () => {
              const db = open.result;
              if (!db.objectStoreNames.contains('state')) return resolve(null);
              const get = db.transaction('state').objectStore('state').get('import');
              get.onsuccess = async () => {
                const r = get.result as { files: number; ms: number } | undefined;
                const estimate = await navigator.storage.estimate();
                resolve(r ? { ...r, usage: estimate.usage ?? 0 } : null);
              };
              get.onerror = () => resolve(null);
            };
          }),
      ),
    );
    if (done) break;
    await sleep(500);
  }
  if (!done)
    return [
      notMeasured(
        { id: `${id}.import`, group, metric: 'install → pack imported', unit: 's' },
        'the import did not finish in 10 minutes',
      ),
    ];
  return [
    row(
      {
        id: `${id}.import`,
        group,
        metric: 'install → pack imported into IndexedDB',
        unit: 's',
        note: `${done.files.toLocaleString('en-US')} files copied from the package in transactions of 250, timed in the worker (runtime.onInstalled → last transaction)`,
      },
      done.ms / 1000,
    ),
    row(
      {
        id: `${id}.idb-disk`,
        group,
        metric: 'disk taken by the IndexedDB copy (navigator.storage.estimate)',
        unit: 'MB',
        note: 'on top of the package itself, which stays installed',
      },
      done.usage / 1e6,
    ),
  ];
}

// Row 1: scan + highlight on generated 100 KB / 1 MB / 5 MB pages, with names and with none, against mark.js
// marking the same terms on the same page, alternated run by run in one browser. Row 4 (heap): the content
// script's retained heap on the 1 MB page.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'puppeteer-core';
import type { CompiledMatcher } from '../../lib/matching/types.ts';
import { type Chromium, launchChromium, type StaticServer, serve } from '../lib/chromium.ts';
import { probe, waitForScan } from '../lib/page-probe.ts';
import { fmt, median, notMeasured, row, sampledRow } from '../lib/stats.ts';
import { attribute, EXTENSION_SCRIPTS, traceDuring } from '../lib/trace.ts';
import type { BenchOptions, Row } from '../lib/types.ts';
import { generatePage } from '../pages/generate.ts';

interface Plan {
  /** Measured runs of Backgrounder (after one warm-up). */
  ours: number;
  /** Measured mark.js runs, whether one warm-up precedes them, and the time limit of one run. */
  mark: number;
  markWarmup: boolean;
  markLimitMs: number;
}
const SIZES: { key: string; label: string; chars: number; full: Plan; quick: Plan | null }[] = [
  {
    key: '100kb',
    label: '100 KB',
    chars: 100_000,
    full: { ours: 7, mark: 3, markWarmup: true, markLimitMs: 15_000 },
    quick: { ours: 2, mark: 1, markWarmup: true, markLimitMs: 3_000 },
  },
  {
    key: '1mb',
    label: '1 MB',
    chars: 1_000_000,
    full: { ours: 5, mark: 2, markWarmup: false, markLimitMs: 10_000 },
    quick: { ours: 2, mark: 1, markWarmup: false, markLimitMs: 3_000 },
  },
  {
    key: '5mb',
    label: '5 MB',
    chars: 5_000_000,
    full: { ours: 3, mark: 1, markWarmup: false, markLimitMs: 10_000 },
    quick: null,
  },
];

const MARK_JS = '/bench-assets/mark.min.js';

/** mark.js options closest to Backgrounder's rules: whole terms, case-sensitive, no diacritics expansion. */
const MARK_OPTIONS = {
  separateWordSearch: false,
  caseSensitive: true,
  diacritics: false,
  accuracy: { value: 'exactly', limiters: [',', '.', ';', ':', '!', '?', '’', "'", '"', '“', '”', ')', '('] },
};

export interface OursRun {
  totalMs: number;
  longestMs: number;
  evaluateMs: number;
  tasks: number;
  over16: number;
  highlights: number;
  scanMeasureMs: number | null;
  how: string;
}
interface MarkRun {
  /** Evaluating mark.min.js plus marking, ms. */
  ms: number;
  evalMs: number;
  markMs: number;
  /** Terms marked before the time limit (all of them unless the run was cut short). */
  termsDone: number;
  marks: number;
}

export async function highlightRows(opts: BenchOptions): Promise<Row[]> {
  const matcher = JSON.parse(readFileSync(`${opts.extensionDir}-matcher.json`, 'utf8')) as CompiledMatcher;
  // mark.js gets every form the matcher looks for; the page text uses them as writers do (the all-capitals
  // variant of a mixed-case name only where no mixed-case form exists).
  const forms = [...new Set((matcher.forms ?? []).map(([f]) => f))];
  const mixed = new Set(forms.filter((f) => f !== f.toUpperCase()).map((f) => f.toUpperCase()));
  const written = forms.filter((f) => !mixed.has(f));
  const chrome = await launchChromium(opts.extensionDir);
  const server = await serve();
  server.set(MARK_JS, readFileSync(resolve(opts.root, 'node_modules/mark.js/dist/mark.min.js')), 'text/javascript');
  const plain = await chrome.browser.createBrowserContext();
  try {
    const rows: Row[] = [];
    if (forms.length === 0) {
      for (const s of SIZES)
        rows.push(
          notMeasured(
            {
              id: `highlight.${s.key}.added`,
              group: `1 Scan + highlight, ${s.label}`,
              metric: 'added main-thread time',
              unit: 'ms',
            },
            'the shipped matcher.json has no forms (issue #3/#4 not landed)',
          ),
        );
      return rows;
    }
    for (const size of SIZES.filter((s) => !opts.sizes || opts.sizes.includes(s.key))) {
      for (const withNames of [true, false]) {
        rows.push(...(await measureSize(opts, chrome, plain, server, size, withNames, written, forms)));
      }
    }
    if (!opts.sizes || opts.sizes.includes('1mb')) rows.push(await floorRow(opts, plain, server, written, forms));
    rows.push(...(await heapRows(opts, chrome, plain, server, written, forms)));
    return rows;
  } finally {
    await chrome.close();
    await server.close();
  }
}

async function measureSize(
  opts: BenchOptions,
  chrome: Chromium,
  plain: BrowserContext,
  server: StaticServer,
  size: (typeof SIZES)[number],
  withNames: boolean,
  written: string[],
  terms: string[],
): Promise<Row[]> {
  const kind = withNames ? 'names' : 'none';
  const group = `1 Scan + highlight, ${size.label}${withNames ? '' : ', no names'}`;
  const page = generatePage(size.chars, withNames ? written : [], terms, size.chars);
  const path = `/page-${size.key}-${kind}.html`;
  server.set(path, page.html);
  const url = server.origin + path;
  const plan = opts.quick ? size.quick : size.full;
  if (!plan) {
    return [
      notMeasured(
        {
          id: `highlight.${size.key}${withNames ? '' : '.none'}.added`,
          group,
          metric: 'added main-thread time',
          unit: 'ms',
        },
        'skipped in --quick',
      ),
    ];
  }
  const ours: OursRun[] = [];
  const marks: MarkRun[] = [];
  opts.log(
    `highlight ${size.label} ${kind}: ${fmt(page.textChars / 1000)} k chars, ${page.textNodes} text nodes, ${page.names} names; ${plan.ours} + ${plan.mark} runs`,
  );
  const markStart = plan.markWarmup ? 0 : 1;
  for (let i = 0; i <= plan.ours; i++) {
    // Alternate which goes first so drift (thermal, other processes) falls on both equally.
    const runMark = i >= markStart && i <= plan.mark;
    const order = i % 2 === 0 ? ['ours', 'mark'] : ['mark', 'ours'];
    for (const which of order) {
      if (which === 'ours') {
        const r = await runOurs(chrome, url);
        if (i > 0) ours.push(r);
      } else if (runMark) {
        const r = await runMarkJs(plain, url, server.origin, terms, plan.markLimitMs);
        if (i > 0) marks.push(r);
      }
    }
  }
  const base = { group, unit: 'ms' };
  const idp = `highlight.${size.key}${withNames ? '' : '.none'}`;
  const rows: Row[] = [];
  const highlightCounts = [...new Set(ours.map((r) => r.highlights))].join('/');
  if (withNames && ours.every((r) => r.highlights === 0)) {
    return [
      notMeasured(
        { ...base, id: `${idp}.added`, metric: 'added main-thread time' },
        `no highlights appeared on a page with ${page.names} names (highlighter not landed or broken)`,
      ),
    ];
  }
  const measures = ours.map((r) => r.scanMeasureMs).filter((v): v is number => v !== null);
  const added = sampledRow(
    {
      ...base,
      id: `${idp}.added`,
      metric: 'Backgrounder added main-thread time',
      budget: size.key === '1mb' ? { op: '<=', limit: 20 } : undefined,
    },
    ours.map((r) => r.totalMs),
  );
  added.note = [
    `tasks running extension code, median of ${ours.length}`,
    `${fmt(median(ours.map((r) => r.tasks)))} tasks`,
    `script evaluation ${fmt(median(ours.map((r) => r.evaluateMs)))} ms`,
    measures.length ? `own scan measure ${fmt(median(measures))} ms wall` : 'no scan measure (waited for settle)',
    `${highlightCounts} ranges for ${page.names} names`,
  ].join('; ');
  rows.push(added);
  // The typical worst task of a page load (median over runs of each run's longest); the single worst task of all
  // runs is in the note: on a shared machine one preempted task can stretch far beyond what the code does.
  const longest = sampledRow(
    {
      ...base,
      id: `${idp}.longest`,
      metric: 'longest task of ours (median of runs)',
      budget: { op: '<=', limit: 16 },
    },
    ours.map((r) => r.longestMs),
  );
  longest.note = `worst of all runs ${fmt(Math.max(...ours.map((r) => r.longestMs)))} ms; tasks over 16 ms per load ${fmt(
    median(ours.map((r) => r.over16)),
  )} (median)`;
  rows.push(longest);
  const cut = marks.some((r) => r.termsDone < terms.length);
  const markMs = median(marks.map((r) => r.ms));
  const markRow = sampledRow(
    { ...base, id: `${idp}.markjs`, metric: `mark.js, same ${terms.length} terms, same page` },
    marks.map((r) => r.ms),
  );
  markRow.note = [
    `evaluating mark.min.js ${fmt(median(marks.map((r) => r.evalMs)))} ms + mark() per term (what mark(array) does) ${fmt(median(marks.map((r) => r.markMs)))} ms, in-page`,
    `${marks.length} run${marks.length > 1 ? 's' : ''}${plan.markWarmup ? ' after a warm-up' : ', no warm-up'}`,
    cut
      ? `LOWER BOUND: stopped after ${fmt(plan.markLimitMs / 1000)} s at ${Math.min(...marks.map((r) => r.termsDone))}/${terms.length} terms`
      : 'all terms',
    `${[...new Set(marks.map((r) => r.marks))].join('/')} <mark> elements; its layout afterwards not counted`,
  ].join('; ');
  if (cut) markRow.display = `≥ ${markRow.display}`;
  rows.push(markRow);
  const ratio = markMs / median(ours.map((r) => r.totalMs));
  const ratioRow = row(
    {
      ...base,
      id: `${idp}.ratio`,
      metric: 'mark.js time ÷ Backgrounder time',
      unit: '×',
      budget: { op: '>=', limit: 20 },
      note: cut ? 'ratio of the medians; a lower bound (mark.js was cut short)' : 'ratio of the medians above',
    },
    Number.isFinite(ratio) ? ratio : null,
  );
  if (cut && ratioRow.value !== null) ratioRow.display = `≥ ${fmt(ratioRow.value)} ×`;
  rows.push(ratioRow);
  return rows;
}

/**
 * What any extension pays to read the 1 MB page once from an isolated world, as content scripts run, before
 * matching or highlighting anything: one TreeWalker pass reading each text node's data and parent and each
 * element's tag and shadow root. Timed inside the page (performance.now()), on a fresh load each run.
 */
async function floorRow(
  opts: BenchOptions,
  plain: BrowserContext,
  server: StaticServer,
  written: string[],
  terms: string[],
): Promise<Row> {
  server.set('/floor-1mb.html', generatePage(1_000_000, written, terms, 1_000_000).html);
  const runs = opts.quick ? 3 : 7;
  const times: number[] = [];
  let chars = 0;
  for (let i = 0; i < runs; i++) {
    const page = await plain.newPage();
    try {
      await page.goto(`${server.origin}/floor-1mb.html`, { waitUntil: 'load' });
      const cdp = await page.createCDPSession();
      const { frameTree } = (await cdp.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
      const world = (await cdp.send('Page.createIsolatedWorld', {
        frameId: frameTree.frame.id,
        worldName: 'floor',
      })) as {
        executionContextId: number;
      };
      // The characters read come back too: proof that the walk read every text node's data.
      const r = (await cdp.send('Runtime.evaluate', {
        contextId: world.executionContextId,
        returnByValue: true,
        expression: `(() => {
          const t0 = performance.now();
          const walker = document.createTreeWalker(document.documentElement, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
          let chars = 0;
          for (let n = walker.nextNode(); n; n = walker.nextNode()) {
            if (n.nodeType === 3) { chars += n.data.length; n.parentNode; } else { n.localName; n.shadowRoot; }
          }
          return [performance.now() - t0, chars];
        })()`,
      })) as { result: { value: [number, number] } };
      times.push(r.result.value[0]);
      chars = r.result.value[1];
      await cdp.detach();
    } finally {
      await page.close();
    }
  }
  return {
    ...sampledRow(
      {
        id: 'highlight.1mb.floor',
        group: '1 Scan + highlight, 1 MB',
        metric: 'floor: one bare walk over the same page from an isolated world',
        unit: 'ms',
      },
      times,
    ),
    note: `reading every node once as a content script would (${fmt(chars / 1000)} k characters), no matching, no highlights, no script evaluation; ${runs} fresh loads; median`,
  };
}

export async function runOurs(chrome: Chromium, url: string): Promise<OursRun> {
  const page = await chrome.browser.newPage();
  try {
    await page.goto('about:blank');
    let wait: Awaited<ReturnType<typeof waitForScan>> | undefined;
    const events = await traceDuring(page, async () => {
      await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
      wait = await waitForScan(page);
    });
    const a = attribute(events, url, EXTENSION_SCRIPTS, { extension: true });
    if (!a || !wait) throw new Error('trace has no renderer main thread for the page');
    const scan = wait.state.measures.find(([n]) => n === 'backgrounder:scan');
    return {
      totalMs: a.totalMs,
      longestMs: a.longestMs,
      evaluateMs: a.evaluateMs,
      tasks: a.count,
      over16: a.over16,
      highlights: wait.state.highlights,
      scanMeasureMs: scan ? scan[1] : null,
      how: wait.how,
    };
  } finally {
    await page.close();
  }
}

async function runMarkJs(
  context: BrowserContext,
  url: string,
  origin: string,
  terms: string[],
  limitMs: number,
): Promise<MarkRun> {
  const page = await context.newPage();
  try {
    await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
    const before = await probe(page);
    if (before.highlights > 0 || before.marks.length > 0)
      throw new Error('Backgrounder is active in the comparison context; mark.js runs must see a clean page');
    // Its script's evaluation is part of what mark.js costs a page, as ours is: traced the same way.
    const events = await traceDuring(page, async () => {
      await page.addScriptTag({ url: origin + MARK_JS });
    });
    const evalMs = attribute(events, url, [origin + MARK_JS])?.totalMs ?? 0;
    // One task, as mark.js runs: a term at a time over the whole page. The time limit keeps a 5 MB page with
    // hundreds of terms inside the bench's time budget; a cut-short run is reported as a lower bound.
    const run = await page.evaluate(
      (t, o, limit) => {
        type MarkInstance = { mark(term: string, o: object): void };
        const Mark = (window as unknown as { Mark: new (el: Element) => MarkInstance }).Mark;
        const instance = new Mark(document.body);
        const t0 = performance.now();
        let termsDone = 0;
        for (const term of t) {
          instance.mark(term, o);
          termsDone += 1;
          if (performance.now() - t0 > limit) break;
        }
        const ms = performance.now() - t0;
        return { ms, termsDone, marks: document.querySelectorAll('mark').length };
      },
      terms,
      MARK_OPTIONS,
      limitMs,
    );
    return { ms: evalMs + run.ms, evalMs, markMs: run.ms, termsDone: run.termsDone, marks: run.marks };
  } finally {
    await page.close();
  }
}

// ---------------------------------------------------------------------------------------------------------
// Heap

async function heapOf(page: Page): Promise<{ used: number; embedder: number }> {
  const cdp = await page.createCDPSession();
  try {
    for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
    const h = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number; embedderHeapUsedSize?: number };
    return { used: h.usedSize, embedder: h.embedderHeapUsedSize ?? 0 };
  } finally {
    await cdp.detach();
  }
}

async function heapRows(
  opts: BenchOptions,
  chrome: Chromium,
  plain: BrowserContext,
  server: StaticServer,
  written: string[],
  terms: string[],
) {
  const group = '4 Content script';
  server.set('/heap-1mb.html', generatePage(1_000_000, written, terms, 1_000_000).html);
  const url = `${server.origin}/heap-1mb.html`;
  const runs = opts.quick ? 2 : 4;
  const js: number[] = [];
  const embedder: number[] = [];
  const withExt: number[] = [];
  for (let i = 0; i < runs; i++) {
    const a = await loadAndMeasure(chrome.browser, url, true);
    const b = await loadAndMeasure(plain, url, false);
    js.push((a.used - b.used) / 1e6);
    embedder.push((a.embedder - b.embedder) / 1e6);
    withExt.push(a.used / 1e6);
  }
  return [
    {
      ...sampledRow({ id: 'content.heap', group, metric: 'heap on the 1 MB page: JS (V8) added', unit: 'MB' }, js),
      note: `renderer isolate used heap after GC, with extension minus without (incognito context), ${runs} pairs; page total ${fmt(median(withExt))} MB; Blink (Oilpan) heap added ${fmt(median(embedder))} MB`,
    },
  ];
}

export async function loadAndMeasure(owner: Browser | BrowserContext, url: string, withExtension: boolean) {
  const page = await owner.newPage();
  try {
    await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
    if (withExtension) await waitForScan(page);
    else await new Promise((r) => setTimeout(r, 1500));
    return await heapOf(page);
  } finally {
    await page.close();
  }
}

// Row 1c: what a reader pays on real news pages, not only the tasks that run our code. Saved pages (BG_PAGES, by
// default ../shared/pages when it exists, else the e2e fixture article) load in fresh tabs of several browsers, one
// build of the extension each, round after round in rotating order, and CDP Performance.getMetrics' TaskDuration
// (every main-thread task of the page's renderer) and the load event's time are compared within each round. The
// builds are copies of ours whose content script is removed (no content script at all), replaced by an empty file
// (the platform's own cost of any content script), or by one piece of ours at a time, which gives the fixed cost's
// breakdown: the stylesheet, the polyfill and WXT's content-script context (which the content script no longer
// has), and the `activate` round trip with the matcher it brings.
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { buildSync } from 'esbuild';
import type { BrowserContext } from 'puppeteer-core';
import { HIGHLIGHT_CSS_FILE } from '../../lib/background/page-styles-file.ts';
import { articlePage } from '../../tests/fixtures/highlight/pages.ts';
import { type Chromium, launchChromium, serve, sleep } from '../lib/chromium.ts';
import { fmt, median, notMeasured, row } from '../lib/stats.ts';
import type { BenchOptions, Row } from '../lib/types.ts';

/** After the load event, how long every load is left to run before its task time is read (the same for all). */
const SETTLE_MS = 1000;
/**
 * Subresources of a saved page go nowhere (no network): refused at once rather than left to time out. Its scripts
 * are left out too (they would fail on their missing libraries and servers, differently on every load): what is
 * measured is the page's own parsing, style, layout and paint, and what an extension adds to them.
 */
const OFFLINE_CSP = "default-src 'self' data:; style-src 'self' 'unsafe-inline' data:; script-src 'none'";

interface Variant {
  key: string;
  label: string;
  dir: string;
  chrome?: Chromium;
  plain?: BrowserContext;
  /** Per pair: [task ms added, load event ms added] over the same page without any extension. */
  pairs: [number, number][];
}

interface Manifest {
  content_scripts?: { js?: string[]; css?: string[] }[];
}

export async function pagesRows(opts: BenchOptions, compare?: string): Promise<Row[]> {
  const group = '1c Real pages';
  const { pages, source } = readPages(opts);
  const work = mkdtempSync(join(tmpdir(), 'bg-bench-variants-'));
  const variants = makeVariants(opts, work, compare);
  const server = await serve();
  const limit = opts.quick ? 3 : 6;
  const pairs = opts.quick ? 3 : 4;
  const chosen = pages.slice(0, limit);
  try {
    for (const [name, html] of chosen) server.set(`/${name}`, html, 'text/html; charset=utf-8');
    for (const v of variants) v.chrome = await launchChromium(v.dir);
    const none = variants.find((v) => v.key === 'none') as Variant;
    const empty = variants.find((v) => v.key === 'empty') as Variant;
    opts.log(`pages: ${chosen.length} pages from ${source}, ${pairs} rounds each, ${variants.length} builds`);
    for (let i = 0; i <= pairs; i++) {
      for (const [name] of chosen) {
        const url = `${server.origin}/${name}`;
        // One load in each browser, in an order that rotates from round to round; the first round warms up.
        const times = new Map<Variant, { taskMs: number; loadMs: number }>();
        for (let k = 0; k < variants.length; k++) {
          const v = variants[(i + k) % variants.length] as Variant;
          times.set(v, await load(v.chrome?.browser as unknown as BrowserContext, url));
        }
        if (i === 0) continue;
        for (const v of variants) {
          const t = times.get(v);
          // The empty script against no content script at all; everything else against the empty script.
          const against = times.get(v === empty ? none : empty);
          if (t && against && v !== none) v.pairs.push([t.taskMs - against.taskMs, t.loadMs - against.loadMs]);
        }
      }
    }
  } finally {
    for (const v of variants) await v.chrome?.close();
    await server.close();
    rmSync(work, { recursive: true, force: true });
  }
  return pageRows(group, variants, `${chosen.length} pages from ${source} (${chosen.map(([n]) => n).join(', ')})`);
}

function pageRows(group: string, variants: Variant[], where: string): Row[] {
  const byKey = new Map(variants.map((v) => [v.key, v]));
  const task = (v: Variant | undefined) => median(v?.pairs.map(([t]) => t) ?? []);
  const delay = (v: Variant | undefined) => median(v?.pairs.map(([, l]) => l) ?? []);
  const ours = byKey.get('ours');
  const empty = byKey.get('empty');
  if (!ours || !empty || ours.pairs.length === 0) {
    return [notMeasured({ id: 'pages.added', group, metric: 'added task time on real pages', unit: 'ms' }, 'no pairs')];
  }
  const n = ours.pairs.length;
  const rows: Row[] = [
    row(
      {
        id: 'pages.empty.task',
        group,
        metric: 'task time an empty content script adds (the platform)',
        unit: 'ms',
        note: `paired median of ${empty.pairs.length} loads against the same build with no content script; its load event ${fmt(delay(empty))} ms later; ${where}`,
      },
      task(empty),
    ),
    row(
      {
        id: 'pages.over-empty',
        group,
        metric: 'Backgrounder over an empty content script (task time)',
        unit: 'ms',
        budget: { op: '<=', limit: 15 },
        note: `paired median of ${n} (Backgrounder − empty script, same page, same round, fresh tabs)`,
      },
      task(ours),
    ),
    row(
      {
        id: 'pages.load-delay',
        group,
        metric: 'load event delayed beyond an empty content script',
        unit: 'ms',
        budget: { op: '<=', limit: 0 },
        note: `paired median of ${n} (Backgrounder − empty script, the navigation entry's loadEventStart)`,
      },
      delay(ours),
    ),
  ];
  for (const v of variants) {
    if (v === ours || v === empty || v.key === 'none') continue;
    rows.push(
      row(
        {
          id: `pages.${v.key}.task`,
          group,
          metric: `over an empty content script: ${v.label}`,
          unit: 'ms',
          note: `paired median of ${v.pairs.length}; load event ${fmt(delay(v))} ms later`,
        },
        task(v),
      ),
    );
  }
  return rows;
}

async function load(owner: BrowserContext, url: string): Promise<{ taskMs: number; loadMs: number }> {
  const page = await owner.newPage();
  try {
    const cdp = await page.createCDPSession();
    await cdp.send('Performance.enable');
    const taskDuration = async () => {
      const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
      return (metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0) * 1000;
    };
    const before = await taskDuration();
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    // A fixed window, the same for every load: the figure is everything the renderer ran in it.
    await sleep(SETTLE_MS);
    const after = await taskDuration();
    const loadMs = await page.evaluate(
      () =>
        (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined)?.loadEventStart ?? 0,
    );
    await cdp.detach();
    return { taskMs: after - before, loadMs };
  } finally {
    await page.close();
  }
}

/** Saved pages as [name, html], served with a CSP that refuses their (unreachable) subresources at once. */
function readPages(opts: BenchOptions): { pages: [string, string][]; source: string } {
  const dir = process.env.BG_PAGES ? resolve(opts.root, process.env.BG_PAGES) : resolve(opts.root, '../shared/pages');
  const offline = (html: string) =>
    html
      .replace(/<script\b[^>]*>[\s\S]*?<\/script\s*>/gi, '')
      .replace(/<head([^>]*)>/i, `<head$1><meta http-equiv="Content-Security-Policy" content="${OFFLINE_CSP}">`);
  if (existsSync(dir)) {
    // Smallest first: the short runs measure the typical article page, not the heaviest.
    const files = readdirSync(dir)
      .filter((f) => f.endsWith('.html'))
      .sort((a, b) => statSync(join(dir, a)).size - statSync(join(dir, b)).size || (a < b ? -1 : 1));
    if (files.length > 0) {
      return {
        pages: files.map((f) => [basename(f), offline(readFileSync(join(dir, f), 'utf8'))]),
        source: process.env.BG_PAGES ? `BG_PAGES=${process.env.BG_PAGES}` : dir,
      };
    }
  }
  // No saved pages here: the e2e suite's saved-page fixtures and its generated article, so the row still pairs
  // several pages of different shapes (an article, a home page, a German article) rather than one.
  const fixtures = resolve(opts.root, 'tests/fixtures/pages');
  const saved = readdirSync(fixtures)
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((f): [string, string] => [f, offline(readFileSync(join(fixtures, f), 'utf8'))]);
  return {
    pages: [['fixture-article.html', offline(articlePage(['NATO', 'Ukraine']))], ...saved],
    source: 'the e2e fixture pages (no saved pages found; set BG_PAGES)',
  };
}

/** Copies of the build whose content script is one piece of ours, or nothing; plus the build itself. */
function makeVariants(opts: BenchOptions, work: string, compare?: string): Variant[] {
  const variant = (key: string, label: string, js: string | null, css: boolean, drop = false): Variant => {
    const dir = join(work, key);
    cpSync(opts.extensionDir, dir, { recursive: true });
    const manifestPath = join(dir, 'manifest.json');
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
    for (const cs of manifest.content_scripts ?? []) {
      for (const file of cs.js ?? []) if (js !== null) writeFileSync(join(dir, file), js);
      // Backgrounder inserts its stylesheet only into frames that show a name; this variant declares it the old way.
      if (css) cs.css = [HIGHLIGHT_CSS_FILE];
      else delete cs.css;
    }
    if (drop) delete manifest.content_scripts;
    writeFileSync(manifestPath, JSON.stringify(manifest));
    return { key, label, dir, pairs: [] };
  };
  const polyfill = readFileSync(
    resolve(opts.root, 'node_modules/webextension-polyfill/dist/browser-polyfill.min.js'),
    'utf8',
  );
  // WXT's content-script context as its content-script wrapper creates it (without the polyfill).
  const wxtContext =
    buildSync({
      stdin: {
        contents:
          "import { ContentScriptContext } from 'wxt/utils/content-script-context'; new ContentScriptContext('content', {});",
        resolveDir: opts.root,
        loader: 'ts',
      },
      bundle: true,
      minify: true,
      format: 'iife',
      write: false,
      define: { 'import.meta.env.ENTRYPOINT': '"content"', 'import.meta.env.MODE': '"production"' },
      logLevel: 'silent',
    }).outputFiles[0]?.text ?? '';
  const out: Variant[] = [
    { key: 'ours', label: 'Backgrounder', dir: opts.extensionDir, pairs: [] },
    variant('none', 'no content script at all', null, false, true),
    variant('empty', 'an empty content script (the platform)', '', false),
    variant('css', 'empty script + our stylesheet declared in the manifest (before #12)', '', true),
    variant('polyfill', 'webextension-polyfill alone', polyfill, false),
    variant('wxt', "WXT's ContentScriptContext alone", wxtContext, false),
    variant(
      'activate',
      'the activate round trip alone (with the matcher, decoded)',
      "chrome.runtime.sendMessage({type:'activate',host:location.hostname,withMatcher:true}).then((r)=>{if(r&&r.matcher)atob(r.matcher.data)});",
      false,
    ),
  ];
  if (compare) out.push({ key: 'compare', label: `the build in ${compare}`, dir: resolve(compare), pairs: [] });
  return out;
}

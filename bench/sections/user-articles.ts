// Row 7: the reader's own articles (issue #14, phase 1), in the real service worker. Adding a 10 kB article:
// the first add of a worker's life (wake-up, evaluating the lazily loaded pipeline with importScripts, the
// pipeline, one IndexedDB transaction) and later adds (pipeline and write only), both as the options page sees
// them (runtime.sendMessage round trip); "Add this page" on a served 10 kB news page (Readability in the page,
// the pipeline, the write); and Readability's own time on pages of 100 kB to 950 kB, the figures behind the
// 1 MB page limit (lib/user-corpus/limits.ts), with a 1.9 MB page refused.
import type { Page } from 'puppeteer-core';
import { generateCorpus } from '../../scripts/generate-corpus.ts';
import { launchChromium, serve, sleep } from '../lib/chromium.ts';
import { corpus, extensionFor } from '../lib/corpora.ts';
import { fmt, median, notMeasured, sampledRow } from '../lib/stats.ts';
import type { BenchOptions, Row } from '../lib/types.ts';
import { generatePage } from '../pages/generate.ts';

const group = '7 Your articles';
const ARTICLE_CHARS = 10_000;

type Chrome = {
  runtime: { sendMessage(msg: unknown): Promise<unknown> };
  tabs: {
    query(q: object): Promise<{ id?: number }[]>;
    sendMessage(tabId: number, msg: unknown): Promise<unknown>;
  };
};

async function inPage<T>(page: Page, fn: string, arg: unknown): Promise<{ ms: number; answer: T }> {
  return page.evaluate(
    async (source, a) => {
      const c = (globalThis as unknown as { chrome: Chrome }).chrome;
      const run = new Function('chrome', 'arg', `return (${source})(chrome, arg);`) as (
        chrome: Chrome,
        arg: unknown,
      ) => Promise<unknown>;
      const t0 = performance.now();
      const answer = await run(c, a);
      return { ms: performance.now() - t0, answer: answer as never };
    },
    fn,
    arg as never,
  );
}

/** Plain-text articles of about 10 kB, each made of several generated ones so no two share a paragraph. */
export function tenKbArticles(count: number): string[] {
  const texts = [...generateCorpus(count * 12, 14).files.values()].map((t) => t.split(/\n+/).filter(Boolean));
  const out: string[] = [];
  let next = 0;
  for (let i = 0; i < count; i++) {
    const lines = [...(texts[next++] ?? [])];
    // More bodies (headline and byline dropped) until the article reaches 10 kB.
    while (lines.join('\n\n').length < ARTICLE_CHARS && next < texts.length)
      lines.push(...(texts[next++] ?? []).slice(2));
    let text = '';
    for (const line of lines) {
      if (text.length + line.length > ARTICLE_CHARS + 200) break;
      text += `${text ? '\n\n' : ''}${line}`;
    }
    out.push(text);
  }
  return out;
}

export function newsPage(text: string): string {
  const [title, ...paras] = text.split(/\n+/).filter(Boolean);
  const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${esc(title ?? '')}</title>
<meta property="og:site_name" content="Bench Courier"></head><body><nav><a href="/">Home</a></nav><article><h1>${esc(title ?? '')}</h1>
${paras.map((p) => `<p>${esc(p)}</p>`).join('\n')}</article></body></html>`;
}

export async function userArticleRows(opts: BenchOptions): Promise<Row[]> {
  const coldBase = {
    id: 'user.add-cold',
    group,
    metric: 'add a 10 kB article, worker stopped (wake-up, pipeline load, ingest, write)',
    unit: 'ms',
  };
  const warmBase = {
    id: 'user.add-warm',
    group,
    metric: 'add a 10 kB article, pipeline loaded (ingest + write)',
    unit: 'ms',
  };
  const pageBase = {
    id: 'user.add-page',
    group,
    metric: '"Add this page", 10 kB news page (extract, ingest, write)',
    unit: 'ms',
  };
  const runs = opts.quick ? 3 : 6;
  const articles = tenKbArticles(runs * 3 + 12);
  const chrome = await launchChromium(opts.extensionDir);
  const server = await serve();
  try {
    const options = await chrome.browser.newPage();
    await options.goto(`${chrome.origin}/options.html`, { waitUntil: 'load' });
    const addText = (text: string, name: string) =>
      inPage<{ ok: boolean; message: string }>(
        options,
        String((c: Chrome, a: { text: string; name: string }) =>
          c.runtime.sendMessage({ type: 'addText', origin: 'file', name: a.name, text: a.text }),
        ),
        { text, name },
      );
    let next = 0;
    const take = () => articles[next++ % articles.length] as string;
    // A worker still installing (importing ingest.js in its install event) cannot be stopped; an answered message
    // means it is active.
    await inPage(
      options,
      String((c: Chrome) => c.runtime.sendMessage({ type: 'listUserArticles' })),
      null,
    );

    const colds: number[] = [];
    const loads: number[] = [];
    const warms: number[] = [];
    const failures: string[] = [];
    for (let i = 0; i < runs; i++) {
      await chrome.stopServiceWorker();
      await sleep(200);
      const cold = await addText(take(), `cold-${i}.txt`);
      if (!cold.answer.ok) failures.push(cold.answer.message);
      colds.push(cold.ms);
      const seen = await chrome.inWorker<[string, number][]>(
        String(() =>
          performance
            .getEntriesByType('measure')
            .filter((e) => e.name === 'backgrounder:ingest-load')
            .map((e) => [e.name, e.duration]),
        ),
      );
      for (const [, ms] of seen) loads.push(ms);
      const warm = await addText(take(), `warm-${i}.txt`);
      if (!warm.answer.ok) failures.push(warm.answer.message);
      warms.push(warm.ms);
    }

    // One long article (ten 10 kB articles' text as one), for how the pipeline scales.
    const long = articles.slice(-10).join('\n\n');
    const bigTimes: number[] = [];
    for (let i = 0; i < (opts.quick ? 1 : 3); i++) {
      const r = await addText(`${long}\n\nRun ${i} of the long article.`, `long-${i}.txt`);
      if (r.answer.ok) bigTimes.push(r.ms);
      else failures.push(r.answer.message);
    }

    // "Add this page" on a served page, the active tab of the options page's window.
    const pageTimes: number[] = [];
    const extractTimes: number[] = [];
    for (let i = 0; i < runs; i++) {
      const path = `/story-${i}.html`;
      server.set(path, newsPage(take()));
      const tab = await chrome.browser.newPage();
      await tab.goto(`${server.origin}${path}`, { waitUntil: 'load' });
      await tab.bringToFront();
      const r = await inPage<{ ok: boolean; message: string; extractMs: number }>(
        options,
        String(async (c: Chrome) => {
          const [active] = await c.tabs.query({ active: true, currentWindow: true });
          return c.runtime.sendMessage({ type: 'addPage', tabId: active?.id });
        }),
        null,
      );
      if (!r.answer.ok) failures.push(r.answer.message);
      pageTimes.push(r.ms);
      const extracted = await inPage<{ millis?: number }>(
        options,
        String(async (c: Chrome) => {
          const [active] = await c.tabs.query({ active: true, currentWindow: true });
          return c.tabs.sendMessage(active?.id as number, { type: 'extractArticle' });
        }),
        null,
      );
      if (extracted.answer.millis !== undefined) extractTimes.push(extracted.answer.millis);
      await tab.close();
    }

    // Readability's time in the page, by page size, up to the limit; and how fast a page over it is refused.
    const sizeRows: Row[] = [];
    for (const [label, chars] of [
      ['100 kB', 100_000],
      ['500 kB', 500_000],
      ['950 kB', 950_000],
      ['1.9 MB', 1_900_000],
    ] as const) {
      const path = `/size-${chars}.html`;
      server.set(path, generatePage(chars, [], [], chars).html);
      const inPageMs: number[] = [];
      const roundTrips: number[] = [];
      let refused = '';
      const tab = await chrome.browser.newPage();
      await tab.goto(`${server.origin}${path}`, { waitUntil: 'load' });
      await tab.bringToFront();
      // The first run loads the module; it is not counted.
      for (let i = 0; i < (opts.quick ? 3 : 5); i++) {
        const r = await inPage<{ ok: boolean; millis?: number; message?: string }>(
          options,
          String(async (c: Chrome) => {
            const [active] = await c.tabs.query({ active: true, currentWindow: true });
            return c.tabs.sendMessage(active?.id as number, { type: 'extractArticle' });
          }),
          null,
        );
        if (i === 0) continue;
        roundTrips.push(r.ms);
        if (r.answer.millis !== undefined) inPageMs.push(r.answer.millis);
        else refused = r.answer.message ?? 'refused';
      }
      await tab.close();
      const id = `user.extract-${chars}`;
      if (refused) {
        const row = sampledRow(
          { id, group, metric: `${label} page, over the limit: refused (round trip)`, unit: 'ms' },
          roundTrips,
        );
        row.note = refused;
        sizeRows.push(row);
      } else {
        const row = sampledRow(
          { id, group, metric: `Readability on a clone, ${label} page (in the page)`, unit: 'ms' },
          inPageMs,
        );
        row.note = "one task in the page, on the reader's click; module load excluded";
        sizeRows.push(row);
      }
    }

    const cold = sampledRow(coldBase, colds);
    cold.note = `${runs} stops (CDP Target.closeTarget), addText from options.html; backgrounder:ingest-load (importScripts of ingest.js) ${loads.length ? `${fmt(median(loads))} ms` : 'not recorded'}`;
    const warm = sampledRow(warmBase, warms);
    warm.note = `${runs} adds after the pipeline was loaded; ${failures.length} adds failed in the section${failures.length ? ` (${[...new Set(failures)].join(' | ')})` : ''}`;
    const page = sampledRow(pageBase, pageTimes);
    page.note = `addPage from options.html for the active tab; Readability in the page ${extractTimes.length ? `${fmt(median(extractTimes))} ms` : 'not recorded'}`;
    const big = sampledRow(
      {
        id: 'user.add-100kb',
        group,
        metric: `add a ${Math.round(long.length / 1000)} kB article (ingest + write)`,
        unit: 'ms',
      },
      bigTimes,
    );
    big.note = 'how the pipeline scales with one long article';
    return [cold, warm, big, page, ...sizeRows, ...(await clickToHighlightRows(opts, articles.slice(runs * 3)))];
  } catch (error) {
    return [notMeasured(coldBase, String(error))];
  } finally {
    await chrome.close();
    await server.close();
  }
}

/**
 * "Add this page" on a served 10 kB news page, from the message the popup's button sends to the frame that shows
 * the page's new names highlighted (the user layer follows the add, the tab is told, its content script asks
 * `activate` again for the user matcher and rescans): at the bundled corpus (budget 1 s) and at 929 articles
 * (seeds/ + PolNeAR, budget 2 s). Times are wall-clock (Date.now) in the options page and the news page.
 */
async function clickToHighlightRows(opts: BenchOptions, texts: string[]): Promise<Row[]> {
  const rows: Row[] = [];
  for (const [name, limit] of [
    ['bundled', 1000],
    ['929', 2000],
  ] as const) {
    const base = {
      id: `user.click-to-highlights.${name}`,
      group,
      metric: `add a 10 kB article: click → highlights, ${name === 'bundled' ? 'bundled corpus' : '929 articles (seeds/ + PolNeAR)'}`,
      unit: 'ms',
      budget: { op: '<=' as const, limit },
    };
    try {
      const c = corpus(opts, name);
      const samples = await clickToHighlights(extensionFor(opts, c), texts, opts.quick ? 3 : 6);
      const row = sampledRow(base, samples);
      row.note = `${samples.length} pages, each added from options.html as the active tab; the first add of the worker's life (pipeline load) excluded`;
      rows.push(row);
    } catch (error) {
      rows.push(notMeasured(base, String(error)));
    }
  }
  return rows;
}

async function clickToHighlights(extensionDir: string, texts: string[], runs: number): Promise<number[]> {
  const chrome = await launchChromium(extensionDir);
  const server = await serve();
  const samples: number[] = [];
  try {
    const options = await chrome.browser.newPage();
    await options.goto(`${chrome.origin}/options.html`, { waitUntil: 'load' });
    for (let i = 0; i <= runs; i++) {
      const path = `/click-${i}.html`;
      server.set(path, newsPage(texts[i % texts.length] as string));
      const tab = await chrome.browser.newPage();
      await tab.goto(`${server.origin}${path}`, { waitUntil: 'load' });
      await tab.bringToFront();
      // The first scan with the corpus as it was, then a watcher for the first frame with more highlights.
      await tab.waitForFunction(() => performance.getEntriesByName('backgrounder:scan').length > 0, {
        timeout: 20_000,
      });
      await tab.evaluate(() => {
        const total = () => {
          let n = 0;
          for (const h of CSS.highlights.values()) n += h.size;
          return n;
        };
        const before = total();
        const w = window as unknown as { __lit?: number };
        const look = () => {
          if (total() > before) w.__lit = Date.now();
          else requestAnimationFrame(look);
        };
        requestAnimationFrame(look);
      });
      const clicked = await options.evaluate(async () => {
        const c = (globalThis as unknown as { chrome: Chrome }).chrome;
        const [active] = await c.tabs.query({ active: true, currentWindow: true });
        const at = Date.now();
        const answer = (await c.runtime.sendMessage({ type: 'addPage', tabId: active?.id })) as {
          ok: boolean;
          message: string;
        };
        return { at, answer };
      });
      if (!clicked.answer.ok) throw new Error(clicked.answer.message);
      await tab.waitForFunction(() => (window as unknown as { __lit?: number }).__lit !== undefined, {
        timeout: 20_000,
      });
      const lit = await tab.evaluate(() => (window as unknown as { __lit: number }).__lit);
      // The first add loads the pipeline into the worker (its own row above); it is not counted here.
      if (i > 0) samples.push(lit - clicked.at);
      await tab.close();
    }
  } finally {
    await chrome.close();
    await server.close();
  }
  return samples;
}

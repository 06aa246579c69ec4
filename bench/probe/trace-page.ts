// Development probe (not a bench row): where a page's main-thread time goes with and without the extension. Loads
// one page N times in each (alternating), traces each load to 1 s after the load event, and sums the renderer
// main thread's time by event name (children of the top-level tasks, self time), then prints medians and the
// difference. Usage: node --experimental-strip-types bench/probe/trace-page.ts <extension dir> [page.html] [N]
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'puppeteer-core';
import { articlePage } from '../../tests/fixtures/highlight/pages.ts';
import { launchChromium, serve, sleep } from '../lib/chromium.ts';
import { traceDuring } from '../lib/trace.ts';

const [extDir, pageFile, nArg] = process.argv.slice(2);
if (!extDir) throw new Error('usage: trace-page.ts <extension dir> [page.html] [N]');
const N = Number(nArg ?? 6);
const html = pageFile ? readFileSync(pageFile, 'utf8') : articlePage(['NATO', 'Ukraine']);
type E = {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { data?: { url?: string; frame?: string }; name?: string };
};

function breakdown(events: E[], url: string): Map<string, number> {
  const commit = [...events].reverse().find((e) => e.name === 'CommitLoad' && e.args?.data?.url === url);
  const out = new Map<string, number>();
  if (!commit) return out;
  const on = events.filter((e) => e.pid === commit.pid && e.tid === commit.tid && e.ph === 'X' && e.dur !== undefined);
  on.sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  // Build a nesting stack; attribute self time to the innermost named event below the task.
  const stack: { e: E; child: number }[] = [];
  const add = (k: string, v: number) => out.set(k, (out.get(k) ?? 0) + v / 1000);
  const close = (until: number) => {
    while (stack.length > 0) {
      const top = stack[stack.length - 1];
      if (!top) break;
      if (top.e.ts + (top.e.dur ?? 0) > until) break;
      stack.pop();
      const self = (top.e.dur ?? 0) - top.child;
      add(top.e.name, self);
      const parent = stack[stack.length - 1];
      if (parent) parent.child += top.e.dur ?? 0;
    }
  };
  for (const e of on) {
    close(e.ts);
    if (stack.length === 0 && e.name !== 'RunTask' && e.name !== 'ThreadControllerImpl::RunTask') continue;
    stack.push({ e, child: 0 });
    if (stack.length === 1) add('= TOTAL tasks', e.dur ?? 0);
  }
  close(Infinity);
  return out;
}

async function load(owner: BrowserContext, url: string): Promise<Map<string, number>> {
  const page: Page = await owner.newPage();
  try {
    const events = (await traceDuring(page, async () => {
      await page.goto(url, { waitUntil: 'load' });
      await sleep(1000);
    })) as E[];
    return breakdown(events, url);
  } finally {
    await page.close();
  }
}

const med = (v: number[]) => {
  const s = [...v].sort((a, b) => a - b);
  return s.length ? ((s[(s.length - 1) >> 1] ?? 0) + (s[s.length >> 1] ?? 0)) / 2 : 0;
};
const server = await serve();
server.set('/p.html', html);
const chrome = await launchChromium(extDir);
const plain = await chrome.browser.createBrowserContext();
const withExt: Map<string, number>[] = [];
const without: Map<string, number>[] = [];
const url = `${server.origin}/p.html`;
for (let i = 0; i <= N; i++) {
  const a = await load(chrome.browser.defaultBrowserContext(), url);
  const b = await load(plain, url);
  if (i > 0) {
    withExt.push(a);
    without.push(b);
  }
}
const names = new Set([...withExt, ...without].flatMap((m) => [...m.keys()]));
const rows = [...names].map((n) => {
  const w = med(withExt.map((m) => m.get(n) ?? 0));
  const o = med(without.map((m) => m.get(n) ?? 0));
  const d = med(withExt.map((m, i) => (m.get(n) ?? 0) - (without[i]?.get(n) ?? 0)));
  return { n, w, o, d };
});
rows.sort((a, b) => Math.abs(b.d) - Math.abs(a.d));
for (const r of rows.slice(0, 40))
  console.log(`${r.d.toFixed(2).padStart(8)} ${r.w.toFixed(2).padStart(8)} ${r.o.toFixed(2).padStart(8)}  ${r.n}`);
await chrome.close();
await server.close();

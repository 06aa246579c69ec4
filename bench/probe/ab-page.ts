// Development probe: two builds of the extension (A, B) and no extension, on one page, loads alternating round by
// round; per load the renderer main thread's task time (thread time, `tdur`: robust on a loaded machine) from a
// trace to 1 s after the load event, and the load event's time. Prints paired medians.
// Usage: node --experimental-strip-types bench/probe/ab-page.ts <ext A> <ext B> [page.html] [N]
import { readFileSync } from 'node:fs';
import type { BrowserContext } from 'puppeteer-core';
import { articlePage } from '../../tests/fixtures/highlight/pages.ts';
import { launchChromium, serve, sleep } from '../lib/chromium.ts';
import { traceDuring } from '../lib/trace.ts';

const [extA, extB, pageFile, nArg] = process.argv.slice(2);
if (!extA || !extB) throw new Error('usage: ab-page.ts <ext A> <ext B> [page.html] [N]');
const N = Number(nArg ?? 8);
const html = pageFile && pageFile !== '-' ? readFileSync(pageFile, 'utf8') : articlePage(['NATO', 'Ukraine']);
type E = {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  pid: number;
  tid: number;
  args?: { data?: { url?: string } };
};

async function load(owner: BrowserContext, url: string): Promise<[number, number, number]> {
  const page = await owner.newPage();
  try {
    let loadMs = 0;
    const events = (await traceDuring(page, async () => {
      await page.goto(url, { waitUntil: 'load' });
      await sleep(1000);
      loadMs = await page.evaluate(
        () => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventStart,
      );
    })) as E[];
    const commit = [...events].reverse().find((e) => e.name === 'CommitLoad' && e.args?.data?.url === url);
    if (!commit) return [0, 0, loadMs];
    const tasks = events
      .filter(
        (e) =>
          e.pid === commit.pid && e.tid === commit.tid && e.ph === 'X' && e.name === 'ThreadControllerImpl::RunTask',
      )
      .sort((a, b) => a.ts - b.ts);
    let end = -1;
    let thread = 0;
    let wall = 0;
    for (const t of tasks) {
      if (t.ts < end) continue;
      end = t.ts + (t.dur ?? 0);
      thread += (t.tdur ?? t.dur ?? 0) / 1000;
      wall += (t.dur ?? 0) / 1000;
    }
    return [thread, wall, loadMs];
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
const a = await launchChromium(extA);
const b = await launchChromium(extB);
const plain = await a.browser.createBrowserContext();
const owners: [string, BrowserContext][] = [
  ['A', a.browser.defaultBrowserContext()],
  ['B', b.browser.defaultBrowserContext()],
  ['none', plain],
];
const got = new Map<string, [number, number, number][]>(owners.map(([k]) => [k, []]));
const url = `${server.origin}/p.html`;
for (let i = 0; i <= N; i++) {
  for (let k = 0; k < owners.length; k++) {
    const [key, owner] = owners[(i + k) % owners.length] as [string, BrowserContext];
    const r = await load(owner, url);
    if (i > 0) got.get(key)?.push(r);
  }
}
const none = got.get('none') ?? [];
for (const key of ['A', 'B']) {
  const rs = got.get(key) ?? [];
  const d = (j: number) => med(rs.map((r, i) => (r[j] ?? 0) - (none[i]?.[j] ?? 0)));
  console.log(
    `${key}: over no extension: thread ${d(0).toFixed(1)} ms, wall ${d(1).toFixed(1)} ms, load event ${d(2).toFixed(1)} ms`,
  );
}
const A = got.get('A') ?? [];
const B = got.get('B') ?? [];
const ab = (j: number) => med(A.map((r, i) => (r[j] ?? 0) - (B[i]?.[j] ?? 0)));
console.log(
  `A − B paired: thread ${ab(0).toFixed(1)} ms, wall ${ab(1).toFixed(1)} ms, load event ${ab(2).toFixed(1)} ms (N=${N})`,
);
await a.close();
await b.close();
await server.close();

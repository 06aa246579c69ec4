// Development probe: the tasks the bench counts as ours on one page load, each with what ran in it (self time by
// event name), so the added main-thread time can be split into evaluation, IPC, walk slices and the rest.
// Usage: node --experimental-strip-types bench/probe/our-tasks.ts <ext dir> <page.html>
import { readFileSync } from 'node:fs';
import { launchChromium, serve } from '../lib/chromium.ts';
import { waitForScan } from '../lib/page-probe.ts';
import { attribute, EXTENSION_SCRIPTS, traceDuring } from '../lib/trace.ts';

const [ext, file] = process.argv.slice(2);
if (!ext || !file) throw new Error('usage');
type E = { name: string; ph: string; ts: number; dur?: number; pid: number; tid: number };
const server = await serve();
server.set('/p.html', readFileSync(file, 'utf8'));
const chrome = await launchChromium(ext);
const url = `${server.origin}/p.html`;
for (let run = 0; run < 3; run++) {
  const page = await chrome.browser.newPage();
  await page.goto('about:blank');
  const events = (await traceDuring(page, async () => {
    await page.goto(url, { waitUntil: 'load' });
    await waitForScan(page);
  })) as unknown as E[];
  const a = attribute(events as never, url, EXTENSION_SCRIPTS, { extension: true });
  await page.close();
  if (!a || run === 0) continue;
  console.log(`run ${run}: ${a.totalMs.toFixed(1)} ms in ${a.count} tasks, evaluation ${a.evaluateMs.toFixed(1)}`);
  const first = a.ours[0]?.ts ?? 0;
  for (const t of a.ours) {
    const inside = events.filter(
      (e) => e.ph === 'X' && e.ts >= t.ts && e.ts < t.ts + t.dur && e.dur !== undefined && e.name !== 'RunTask',
    );
    const names = new Map<string, number>();
    for (const e of inside) names.set(e.name, Math.max(names.get(e.name) ?? 0, e.dur ?? 0));
    const top = [...names]
      .sort((x, y) => y[1] - x[1])
      .slice(1, 5)
      .map(([n, d]) => `${n} ${(d / 1000).toFixed(1)}`)
      .join(', ');
    console.log(
      `  +${((t.ts - first) / 1000).toFixed(0).padStart(5)} ms  ${(t.dur / 1000).toFixed(2).padStart(6)}  ${top}`,
    );
  }
}
await chrome.close();
await server.close();

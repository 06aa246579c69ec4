// Development probe: the content script's own scan measure (busy time, slices) on a page, N fresh loads.
// Usage: node --experimental-strip-types bench/probe/scan-detail.ts <ext dir> <page.html> [N]
import { readFileSync } from 'node:fs';
import { launchChromium, serve } from '../lib/chromium.ts';
import { waitForScan } from '../lib/page-probe.ts';

const [ext, file, nArg] = process.argv.slice(2);
if (!ext || !file) throw new Error('usage: scan-detail.ts <ext dir> <page.html> [N]');
const server = await serve();
server.set('/p.html', readFileSync(file, 'utf8'));
const chrome = await launchChromium(ext);
for (let i = 0; i < Number(nArg ?? 4); i++) {
  const p = await chrome.browser.newPage();
  await p.goto(`${server.origin}/p.html`, { waitUntil: 'load' });
  await waitForScan(p, { graceMs: 100 });
  const d = await p.evaluate(() => {
    const m = performance.getEntriesByName('backgrounder:scan')[0] as PerformanceMeasure | undefined;
    const detail = m?.detail as
      | { busyMs: number; slices: number; longestSliceMs: number; textNodes: number }
      | undefined;
    return { wall: m?.duration, start: m?.startTime, ...detail };
  });
  console.log(JSON.stringify({ ...d, sliceMs: undefined, sliceAt: undefined }));
  await p.close();
}
await chrome.close();
await server.close();

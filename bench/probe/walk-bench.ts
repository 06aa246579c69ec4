// Development probe: the walk measured as the floor row is (one call in an isolated world of a loaded page), so
// its parts can be compared with the floor itself: the bare walk, TextScan with the real matcher and a sink that
// only counts, and TextScan with a matcher that finds nothing (no characters read).
// Usage: node --experimental-strip-types bench/probe/walk-bench.ts <ext dir> <page.html> [runs]
import { readFileSync } from 'node:fs';
import { buildSync } from 'esbuild';
import { launchChromium, serve } from '../lib/chromium.ts';

const [ext, file, runsArg] = process.argv.slice(2);
if (!ext || !file) throw new Error('usage');
const data = JSON.parse(readFileSync(`${ext}-matcher.json`, 'utf8')).page;
const bundle =
  buildSync({
    stdin: {
      contents: `
import { createMatcher } from './lib/matching/matcher.ts';
import { SharedNames } from './lib/matching/resolve.ts';
import { TextScan } from './lib/page/text-scan.ts';
globalThis.__walk = (mode, data) => {
  const t0 = performance.now();
  if (mode === 'floor') {
    const walker = document.createTreeWalker(document.documentElement, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    let chars = 0;
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (n.nodeType === 3) { chars += n.data.length; n.parentNode; } else { n.localName; n.shadowRoot; }
    }
    return [performance.now() - t0, chars];
  }
  const real = createMatcher(data);
  const matcher = mode === 'nomatch' ? { ...real, scan: (t, f, to) => to } : real;
  const names = new SharedNames(matcher);
  let found = 0;
  const sink = { revisit() {}, matched() { found++; }, shadowRoot() {} };
  const stats = { textNodes: 0, chars: 0 };
  const t1 = performance.now();
  const scan = new TextScan(document.documentElement, matcher, names, sink, stats, true);
  while (!scan.run(performance.now() + 1e9)) {}
  return [performance.now() - t0, stats.chars, found, t1 - t0];
};`,
      resolveDir: process.cwd(),
      loader: 'ts',
    },
    bundle: true,
    minify: true,
    format: 'iife',
    write: false,
    define: { 'import.meta.env.BROWSER': '"chrome"' },
    logLevel: 'silent',
  }).outputFiles[0]?.text ?? '';
const server = await serve();
server.set('/p.html', readFileSync(file, 'utf8'));
const chrome = await launchChromium(ext);
const plain = await chrome.browser.createBrowserContext();
const modes = ['floor', 'scan', 'nomatch'];
const times = new Map<string, number[]>(modes.map((m) => [m, []]));
const runs = Number(runsArg ?? 5);
for (let i = 0; i < runs; i++) {
  for (const mode of modes) {
    const page = await plain.newPage();
    await page.goto(`${server.origin}/p.html`, { waitUntil: 'load' });
    const cdp = await page.createCDPSession();
    const { frameTree } = (await cdp.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
    const world = (await cdp.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: 'w' })) as {
      executionContextId: number;
    };
    await cdp.send('Runtime.evaluate', { contextId: world.executionContextId, expression: bundle });
    const r = (await cdp.send('Runtime.evaluate', {
      contextId: world.executionContextId,
      returnByValue: true,
      expression: `__walk(${JSON.stringify(mode)}, ${JSON.stringify(data)})`,
    })) as { result: { value: number[] }; exceptionDetails?: unknown };
    if (r.exceptionDetails) throw new Error(JSON.stringify(r.exceptionDetails));
    times.get(mode)?.push(r.result.value[0] ?? 0);
    if (i === 0) console.log(mode, JSON.stringify(r.result.value));
    await cdp.detach();
    await page.close();
  }
}
const med = (v: number[]) => [...v].sort((a, b) => a - b)[v.length >> 1] ?? 0;
for (const m of modes)
  console.log(
    m.padEnd(8),
    med(times.get(m) ?? []).toFixed(1),
    'ms',
    (times.get(m) ?? []).map((t) => t.toFixed(0)).join(' '),
  );
await chrome.close();
await server.close();

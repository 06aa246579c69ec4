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
  if (mode === 'floorln' || mode === 'floorpush') {
    const walker = document.createTreeWalker(document.documentElement, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    let chars = 0;
    const nodes = [], texts = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const tag = n.localName;
      if (tag === undefined) { const d = n.data; chars += d.length; n.parentNode; if (mode === 'floorpush') { nodes.push(n); texts.push(d); if (nodes.length > 8) { nodes.length = 0; texts.length = 0; } } } else { n.shadowRoot; }
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
      resolveDir: process.env.SRC ?? process.cwd(),
      loader: 'ts',
    },
    bundle: true,
    minify: false,
    format: 'iife',
    write: false,
    define: { 'import.meta.env.BROWSER': '"chrome"' },
    logLevel: 'silent',
  }).outputFiles[0]?.text ?? '';
const server = await serve();
server.set('/p.html', readFileSync(file, 'utf8'));
const chrome = await launchChromium(ext);
const plain = await chrome.browser.createBrowserContext();
const modes = (process.env.MODES ?? 'floor,scan,nomatch').split(',');
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
    const profiling = process.env.PROFILE === mode;
    if (profiling) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
      await cdp.send('Profiler.start');
    }
    const r = (await cdp.send('Runtime.evaluate', {
      contextId: world.executionContextId,
      returnByValue: true,
      expression: `__walk(${JSON.stringify(mode)}, ${JSON.stringify(data)})`,
    })) as { result: { value: number[] }; exceptionDetails?: unknown };
    if (r.exceptionDetails) throw new Error(JSON.stringify(r.exceptionDetails));
    if (profiling) {
      const { profile } = (await cdp.send('Profiler.stop')) as {
        profile: {
          nodes: { id: number; callFrame: { functionName: string; lineNumber: number } }[];
          samples: number[];
          timeDeltas: number[];
        };
      };
      const byId = new Map(profile.nodes.map((x) => [x.id, x]));
      const self = new Map<string, number>();
      profile.samples.forEach((id, k) => {
        const f = byId.get(id)?.callFrame;
        const key = `${f?.functionName}:${f?.lineNumber}`;
        self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[k] ?? 0) / 1000);
      });
      for (const [k, v] of [...self].sort((x, y) => y[1] - x[1]).slice(0, 14)) console.log('   ', v.toFixed(2), k);
    }
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

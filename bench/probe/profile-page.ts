// Development probe: a sampled CPU profile of the content script on a generated page (1 MB by default), self time
// by function, our script only. Usage: node --experimental-strip-types bench/probe/profile-page.ts <ext dir> [chars] [names|none] [runs]
import { readFileSync } from 'node:fs';
import type { CompiledMatcher } from '../../lib/matching/types.ts';
import { launchChromium, serve, sleep } from '../lib/chromium.ts';
import { waitForScan } from '../lib/page-probe.ts';
import { generatePage } from '../pages/generate.ts';

const [ext, charsArg, kind, runsArg] = process.argv.slice(2);
if (!ext) throw new Error('usage');
const chars = Number(charsArg ?? 1_000_000);
const runs = Number(runsArg ?? 3);
const matcher = JSON.parse(readFileSync(`${ext}-matcher.json`, 'utf8')) as CompiledMatcher;
const forms = [...new Set(matcher.forms.map(([f]) => f))];
const mixed = new Set(forms.filter((f) => f !== f.toUpperCase()).map((f) => f.toUpperCase()));
const written = forms.filter((f) => !mixed.has(f));
const page = generatePage(chars, kind === 'none' ? [] : written, forms, chars);
const server = await serve();
server.set('/p.html', page.html);
const chrome = await launchChromium(ext);
const self = new Map<string, number>();
let total = 0;
const scans: number[] = [];
for (let i = 0; i < runs; i++) {
  const p = await chrome.browser.newPage();
  const cdp = await p.createCDPSession();
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  await p.goto(`${server.origin}/p.html`, { waitUntil: 'load' });
  const w = await waitForScan(p, { graceMs: 200 });
  const { profile } = (await cdp.send('Profiler.stop')) as {
    profile: {
      nodes: {
        id: number;
        callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
      }[];
      samples: number[];
      timeDeltas: number[];
    };
  };
  scans.push(w.state.measures.find(([n]) => n === 'backgrounder:scan')?.[1] ?? -1);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  profile.samples.forEach((id, k) => {
    const n = byId.get(id);
    if (!n) return;
    const dt = (profile.timeDeltas[k + 1] ?? profile.timeDeltas[k] ?? 0) / 1000;
    const f = n.callFrame;
    if (!f.url.startsWith('chrome-extension://') && i > 0) {
      if (f.functionName === '(program)' || f.functionName === '(idle)') return;
      const key = `[page/native] ${f.functionName}`;
      if (f.url === '') {
        self.set(key, (self.get(key) ?? 0) + dt);
      }
      return;
    }
    if (i === 0) return;
    total += dt;
    const key = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber}:${f.columnNumber}`;
    self.set(key, (self.get(key) ?? 0) + dt);
  });
  await p.close();
  await sleep(200);
}
console.log('scan measures', scans.map((s) => s.toFixed(1)).join(' '));
console.log('our JS self time per run', (total / (runs - 1)).toFixed(1));
for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 30))
  console.log((v / (runs - 1)).toFixed(2).padStart(8), k);
await chrome.close();
await server.close();

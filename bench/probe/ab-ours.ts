// Development probe: the bench's "added main-thread time" (tasks running extension code) for two builds on one
// page, loads alternating, N each; prints both medians and the paired median difference.
// Usage: node --experimental-strip-types bench/probe/ab-ours.ts <ext A> <ext B> <page.html> [N]
import { readFileSync } from 'node:fs';
import { launchChromium, serve } from '../lib/chromium.ts';
import { runOurs } from '../sections/highlight.ts';

const [extA, extB, file, nArg] = process.argv.slice(2);
if (!extA || !extB || !file) throw new Error('usage');
const N = Number(nArg ?? 8);
const server = await serve();
server.set('/p.html', readFileSync(file, 'utf8'));
const a = await launchChromium(extA);
const b = await launchChromium(extB);
const url = `${server.origin}/p.html`;
const ra: number[] = [];
const rb: number[] = [];
const la: number[] = [];
const lb: number[] = [];
// The script's evaluation alone (part of the total): what a smaller bundle changes.
const ea: number[] = [];
const eb: number[] = [];
for (let i = 0; i <= N; i++) {
  const order = i % 2 === 0 ? [a, b] : [b, a];
  for (const c of order) {
    const r = await runOurs(c, url);
    if (i === 0) continue;
    (c === a ? ra : rb).push(r.totalMs);
    (c === a ? la : lb).push(r.longestMs);
    (c === a ? ea : eb).push(r.evaluateMs);
  }
}
const med = (v: number[]) => [...v].sort((x, y) => x - y)[v.length >> 1] ?? 0;
console.log(`A ${med(ra).toFixed(1)} ms (longest ${med(la).toFixed(1)}): ${ra.map((x) => x.toFixed(0)).join(' ')}`);
console.log(`B ${med(rb).toFixed(1)} ms (longest ${med(lb).toFixed(1)}): ${rb.map((x) => x.toFixed(0)).join(' ')}`);
console.log(
  `evaluation: A ${med(ea).toFixed(1)} ms, B ${med(eb).toFixed(1)} ms, paired median ${med(ea.map((x, i) => x - (eb[i] ?? 0))).toFixed(1)} ms`,
);
console.log(
  `A − B paired median ${med(ra.map((x, i) => x - (rb[i] ?? 0))).toFixed(1)} ms; A/B ${(med(ra) / med(rb)).toFixed(2)}`,
);
await a.close();
await b.close();
await server.close();

// Development probe: medians of the worker's own performance marks (ms from its start) over N stops, one
// getBriefing each, for a build instrumented with extra marks. Usage: wake-marks.ts <chromium extension dir> [N]
import { launchChromium, sleep } from '../lib/chromium.ts';

const [extDir, nArg] = process.argv.slice(2);
if (!extDir) throw new Error('usage: wake-marks.ts <extension dir> [N]');
const N = Number(nArg ?? 9);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
const chrome = await launchChromium(extDir);
const page = await chrome.browser.newPage();
await page.goto(`${chrome.origin}/options.html`, { waitUntil: 'load' });
const by = new Map<string, number[]>();
const totals: number[] = [];
for (let i = 0; i < N; i++) {
  await chrome.stopServiceWorker();
  await sleep(200);
  const r = await page.evaluate(
    async (entity) => {
      const sentAt = performance.timeOrigin + performance.now();
      await (
        globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }
      ).chrome.runtime.sendMessage({ type: 'getBriefing', entity });
      return { sentAt, ms: performance.timeOrigin + performance.now() - sentAt };
    },
    3 + i * 7,
  );
  const seen = await chrome.inWorker<{ origin: number; marks: [string, number][] }>(
    String(() => ({
      origin: performance.timeOrigin,
      marks: performance.getEntriesByType('mark').map((e) => [e.name, e.startTime] as [string, number]),
    })),
  );
  totals.push(r.ms);
  for (const [name, t] of [
    ['(sent)', r.sentAt - seen.origin] as [string, number],
    ...seen.marks,
    ['(answered)', r.sentAt + r.ms - seen.origin] as [string, number],
  ]) {
    by.set(name, [...(by.get(name) ?? []), t]);
  }
}
console.log(`round trip median ${median(totals).toFixed(1)} ms, max ${Math.max(...totals).toFixed(1)} over ${N}`);
for (const [name, ts] of by) console.log(`${median(ts).toFixed(2).padStart(8)} ms  ${name}`);
await chrome.browser.close();

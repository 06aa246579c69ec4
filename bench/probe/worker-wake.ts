// Development probe (not a bench row): where the service worker's wake-up goes. Stops the worker, traces one
// getBriefing round trip from options.html with V8's sampling profiler on, and prints, medians over N stops, the
// worker thread's time by trace event (self time) and the sampled JS time by script position. Usage:
// node --experimental-strip-types bench/probe/worker-wake.ts <chromium extension dir> [N]
import { launchChromium } from '../lib/chromium.ts';
import { type TraceEvent, traceDuring } from '../lib/trace.ts';

const [extDir, nArg] = process.argv.slice(2);
if (!extDir) throw new Error('usage: worker-wake.ts <extension dir> [N]');
const N = Number(nArg ?? 5);
type E = TraceEvent;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

function workerThread(events: E[]): { pid: number; tid: number } | undefined {
  const t = events.find((e) => e.ph === 'M' && e.name === 'thread_name' && /ServiceWorker/i.test(e.args?.name ?? ''));
  return t ? { pid: t.pid, tid: t.tid } : undefined;
}

function selfTimes(events: E[], th: { pid: number; tid: number }): Map<string, number> {
  const on = events
    .filter((e) => e.pid === th.pid && e.tid === th.tid && e.ph === 'X' && e.dur !== undefined)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const out = new Map<string, number>();
  const stack: { e: E; child: number }[] = [];
  const pop = () => {
    const top = stack.pop();
    if (!top) return;
    const key =
      top.e.name +
      (typeof top.e.args?.data?.url === 'string' ? ` ${String(top.e.args.data.url).split('/').pop()}` : '');
    out.set(key, (out.get(key) ?? 0) + ((top.e.dur ?? 0) - top.child) / 1000);
  };
  for (const e of on) {
    while (stack.length > 0) {
      const top = stack[stack.length - 1] as { e: E; child: number };
      if (top.e.ts + (top.e.dur ?? 0) > e.ts) break;
      pop();
    }
    const parent = stack[stack.length - 1];
    if (parent) parent.child += e.dur ?? 0;
    stack.push({ e, child: 0 });
  }
  while (stack.length > 0) pop();
  return out;
}

/** Sampled time by function (self), from the worker thread's ProfileChunk events. */
function samples(events: E[], th: { pid: number }): Map<string, number> {
  const nodes = new Map<number, string>();
  const out = new Map<string, number>();
  for (const e of events) {
    if (e.name !== 'ProfileChunk' || e.pid !== th.pid) continue;
    const d = e.args?.data as {
      cpuProfile?: {
        nodes?: {
          id: number;
          callFrame: { functionName?: string; url?: string; lineNumber?: number; columnNumber?: number };
        }[];
        samples?: number[];
      };
      timeDeltas?: number[];
    };
    for (const n of d.cpuProfile?.nodes ?? []) {
      const f = n.callFrame;
      nodes.set(
        n.id,
        `${f.functionName || '(anon)'} ${(f.url ?? '').split('/').pop()}:${f.lineNumber ?? ''}:${f.columnNumber ?? ''}`,
      );
    }
    const s = d.cpuProfile?.samples ?? [];
    const dt = d.timeDeltas ?? [];
    s.forEach((id, i) => {
      const k = nodes.get(id) ?? String(id);
      out.set(k, (out.get(k) ?? 0) + (dt[i] ?? 0) / 1000);
    });
  }
  return out;
}

/** CPU time of the worker thread's top-level tasks (thread clock), ms. */
function workerCpu(events: E[], th: { pid: number; tid: number }): number {
  const tasks = events
    .filter((e) => e.pid === th.pid && e.tid === th.tid && e.ph === 'X' && e.tdur !== undefined)
    .sort((a, b) => a.ts - b.ts);
  let sum = 0;
  let end = -1;
  for (const e of tasks) {
    if (e.ts < end) continue; // nested in the previous top-level event
    sum += e.tdur ?? 0;
    end = e.ts + (e.dur ?? 0);
  }
  return sum / 1000;
}

/** The worker thread's events in order, nested by indentation, from its first event (ms). */
function timeline(events: E[], th: { pid: number; tid: number }) {
  const on = events
    .filter((e) => e.pid === th.pid && e.tid === th.tid && e.ph === 'X' && (e.dur ?? 0) >= 100)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const t0 = on[0]?.ts ?? 0;
  const ends: number[] = [];
  for (const e of on) {
    while (ends.length > 0 && (ends[ends.length - 1] as number) <= e.ts) ends.pop();
    const url = typeof e.args?.data?.url === 'string' ? ` ${String(e.args.data.url).split('/').pop()}` : '';
    const fn = typeof e.args?.data?.functionName === 'string' ? ` ${String(e.args.data.functionName)}` : '';
    console.log(
      `${((e.ts - t0) / 1000).toFixed(2).padStart(7)} ${((e.dur ?? 0) / 1000).toFixed(2).padStart(6)} ${'  '.repeat(ends.length)}${e.name}${url}${fn}`,
    );
    ends.push(e.ts + (e.dur ?? 0));
  }
}

const chrome = await launchChromium(extDir);
const page = await chrome.browser.newPage();
await page.goto(`${chrome.origin}/options.html`, { waitUntil: 'load' });
const send = (m: unknown) =>
  page.evaluate(async (msg) => {
    const c = (globalThis as unknown as { chrome: { runtime: { sendMessage(x: unknown): Promise<unknown> } } }).chrome;
    const t0 = performance.now();
    await c.runtime.sendMessage(msg);
    return performance.now() - t0;
  }, m as never);
await send({ type: 'getBriefing', entity: 1 });
const byEvent = new Map<string, number[]>();
const bySample = new Map<string, number[]>();
const trips: number[] = [];
const cpu: number[] = [];
for (let i = 0; i < N; i++) {
  await chrome.stopServiceWorker();
  let ms = 0;
  const events = (await traceDuring(
    page,
    async () => {
      ms = await send({ type: 'getBriefing', entity: 2 + i });
    },
    { profile: process.env.PROFILE === '1' },
  )) as unknown as E[];
  trips.push(ms);
  const th = workerThread(events);
  if (!th) continue;
  cpu.push(workerCpu(events, th));
  if (process.env.TIMELINE === String(i)) timeline(events, th);
  if (process.env.COMPILE_ARGS)
    for (const e of events)
      if (e.pid === th.pid && e.tid === th.tid && /compile|cache/i.test(e.name))
        console.log(e.name, JSON.stringify(e.args));
  for (const [k, v] of selfTimes(events, th)) byEvent.set(k, [...(byEvent.get(k) ?? []), v]);
  for (const [k, v] of samples(events, th)) bySample.set(k, [...(bySample.get(k) ?? []), v]);
}
await chrome.close();
const show = (title: string, m: Map<string, number[]>) => {
  console.log(title);
  for (const [k, v] of [...m]
    .map(([k, v]) => [k, median([...v, ...Array(Math.max(0, N - v.length)).fill(0)])] as const)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 25))
    console.log(`  ${v.toFixed(2).padStart(7)} ms  ${k}`);
};
console.log(
  `round trip median ${median(trips).toFixed(1)} ms over ${N} stops; worker thread CPU median ${median(cpu).toFixed(2)} ms (min ${Math.min(...cpu).toFixed(2)})`,
);
show('worker thread, self time by trace event (median):', byEvent);
show('worker JS samples by function (median):', bySample);

// Attributes renderer main-thread tasks to a script from a Chromium trace. A top-level task is ours when an event
// inside it names one of our script URLs (EvaluateScript of the injected file, FunctionCall of a timer, idle or
// event callback), or, for an extension on a page that runs no script of its own, when it resumes a
// scheduler.yield() continuation or delivers an extension API reply or message (promise continuations carry no
// URL). The figures are whole-task durations: conservative, since a task that runs both page and extension code
// counts fully as ours.
//
// The V8 sampling profiler is off by default: it makes every function compile with source positions and samples
// every 0.1 ms, which adds about a third to the time of JavaScript-heavy tasks. `profile: true` turns it on to
// cross-check the attribution (a sample with our script on its stack marks its task ours too).
import type { Page } from 'puppeteer-core';

/**
 * Script URLs that are the extension's: any extension's origin, since the bench's browsers load only ours. Not its
 * id's origin alone: the content script's core and the popover UI are imported from Chromium's per-session dynamic
 * URL for web-accessible files, whose host is not the extension id.
 */
export const EXTENSION_SCRIPTS = ['chrome-extension://'];

export const TRACE_CATEGORIES = [
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
];
const PROFILER_CATEGORY = 'disabled-by-default-v8.cpu_profiler';

/** One event of a Chrome trace (the fields the bench and its probes read). */
export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread (CPU) time, µs. */
  tdur?: number;
  pid: number;
  tid: number;
  id?: string;
  args?: {
    name?: string;
    chrome_mojo_event_info?: { mojo_interface_tag?: string };
    data?: {
      url?: string;
      functionName?: string;
      scriptName?: string;
      sourceURL?: string;
      startTime?: number;
      stackTrace?: { url?: string }[];
      cpuProfile?: {
        nodes?: { id: number; parent?: number; callFrame: { url?: string } }[];
        samples?: number[];
      };
      timeDeltas?: number[];
    };
  };
}

export interface Task {
  /** Trace clock, µs. */
  ts: number;
  dur: number;
  ours: boolean;
}

export interface Attribution {
  /** Sum of the durations of our tasks, ms. */
  totalMs: number;
  longestMs: number;
  count: number;
  /** Tasks of ours longer than 16 ms / 50 ms. */
  over16: number;
  over50: number;
  /** Time of CPU-profile samples with our code on the stack, ms (JS-only estimate); 0 unless profiled. */
  sampledMs: number;
  /** Evaluation of our script files (EvaluateScript events naming them), ms. */
  evaluateMs: number;
  /** Trace clock of the first and last of our tasks, µs. */
  firstTs: number;
  lastEndTs: number;
  /** Our tasks, in order (for probes that look inside them). */
  ours: Task[];
}

export async function traceDuring(
  page: Page,
  work: () => Promise<void>,
  { profile = false } = {},
): Promise<TraceEvent[]> {
  await page.tracing.start({ categories: profile ? [...TRACE_CATEGORIES, PROFILER_CATEGORY] : TRACE_CATEGORIES });
  try {
    await work();
  } catch (error) {
    // Stop tracing even when the work fails, or the next start() throws.
    await page.tracing.stop().catch(() => undefined);
    throw error;
  }
  const buffer = await page.tracing.stop();
  if (!buffer) return [];
  const parsed = JSON.parse(Buffer.from(buffer).toString('utf8')) as { traceEvents?: TraceEvent[] } | TraceEvent[];
  return Array.isArray(parsed) ? parsed : (parsed.traceEvents ?? []);
}

const urlOf = (e: TraceEvent): string | undefined => {
  const d = e.args?.data;
  return d?.url ?? d?.scriptName ?? d?.sourceURL ?? d?.stackTrace?.[0]?.url;
};

/** The main thread of the renderer that committed `pageUrl`. */
function mainThread(events: TraceEvent[], pageUrl: string): { pid: number; tid: number } | null {
  const commits = events.filter((e) => e.name === 'CommitLoad' && e.args?.data?.url === pageUrl);
  const last = commits[commits.length - 1];
  if (last) return { pid: last.pid, tid: last.tid };
  // Tracing started after the load: the browser lists the frames it traces, with their renderer process.
  const started = events.find((e) => e.name === 'TracingStartedInBrowser');
  const frames = (started?.args?.data as { frames?: { url?: string; processId?: number }[] } | undefined)?.frames;
  const pid = frames?.find((f) => f.url === pageUrl)?.processId;
  const main = events.find(
    (e) => e.ph === 'M' && e.name === 'thread_name' && e.pid === pid && e.args?.name === 'CrRendererMain',
  );
  return main ? { pid: main.pid, tid: main.tid } : null;
}

export interface AttributeOptions {
  /**
   * The scripts are an extension's content scripts on a page without scripts of its own: tasks resuming a
   * scheduler.yield() continuation or delivering an extensions.mojom reply or message are theirs.
   */
  extension?: boolean;
}

/** Events that mark their task as an extension's on a scriptless page. */
function isExtensionContinuation(e: TraceEvent): boolean {
  if (e.name === 'RunYieldContinuation') return true;
  const tag = e.args?.chrome_mojo_event_info?.mojo_interface_tag;
  return (
    (e.name === 'Receive mojo reply' || e.name === 'Receive mojo message') && !!tag?.startsWith('extensions.mojom.')
  );
}

export function attribute(
  events: TraceEvent[],
  pageUrl: string,
  prefixes: string[],
  { extension = false }: AttributeOptions = {},
): Attribution | null {
  const thread = mainThread(events, pageUrl);
  if (!thread) return null;
  const on = events.filter((e) => e.pid === thread.pid && e.tid === thread.tid);
  const isOurs = (url: string | undefined) => !!url && prefixes.some((p) => url.startsWith(p));

  // Outermost tasks only (nested run loops produce RunTask inside RunTask).
  let runTasks = on.filter((e) => e.ph === 'X' && e.name === 'RunTask' && e.dur !== undefined);
  if (runTasks.length === 0)
    runTasks = on.filter((e) => e.ph === 'X' && e.name === 'ThreadControllerImpl::RunTask' && e.dur !== undefined);
  runTasks.sort((a, b) => a.ts - b.ts);
  const tasks: Task[] = [];
  let end = -1;
  for (const e of runTasks) {
    if (e.ts < end) continue;
    tasks.push({ ts: e.ts, dur: e.dur ?? 0, ours: false });
    end = e.ts + (e.dur ?? 0);
  }
  const taskAt = (ts: number): Task | undefined => {
    let lo = 0;
    let hi = tasks.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const t = tasks[mid] as Task;
      if (ts < t.ts) hi = mid - 1;
      else if (ts > t.ts + t.dur) lo = mid + 1;
      else return t;
    }
    return undefined;
  };
  let evaluateUs = 0;
  for (const e of on) {
    if (isOurs(urlOf(e))) {
      if ((e.name === 'EvaluateScript' || e.name === 'v8.evaluateModule') && e.ph === 'X') evaluateUs += e.dur ?? 0;
      const t = taskAt(e.ts);
      if (t) t.ours = true;
    } else if (extension && isExtensionContinuation(e)) {
      const t = taskAt(e.ts);
      if (t) t.ours = true;
    }
  }

  // CPU profile of this thread: Profile (start time) then ProfileChunks (nodes, samples, time deltas).
  let sampledUs = 0;
  const profiles = events.filter((e) => e.name === 'Profile' && e.pid === thread.pid && e.tid === thread.tid);
  for (const profile of profiles) {
    const chunks = events.filter((e) => e.name === 'ProfileChunk' && e.pid === thread.pid && e.id === profile.id);
    const parent = new Map<number, number | undefined>();
    const urls = new Map<number, string | undefined>();
    const memo = new Map<number, boolean>();
    const oursNode = (id: number): boolean => {
      const known = memo.get(id);
      if (known !== undefined) return known;
      const p = parent.get(id);
      const v = isOurs(urls.get(id)) || (p !== undefined && oursNode(p));
      memo.set(id, v);
      return v;
    };
    let t = profile.args?.data?.startTime ?? profile.ts;
    let previousTs = 0;
    let previousOurs = false;
    for (const c of chunks) {
      const data = c.args?.data;
      for (const n of data?.cpuProfile?.nodes ?? []) {
        parent.set(n.id, n.parent);
        urls.set(n.id, n.callFrame.url);
      }
      const samples = data?.cpuProfile?.samples ?? [];
      const deltas = data?.timeDeltas ?? [];
      for (let i = 0; i < samples.length; i++) {
        t += deltas[i] ?? 0;
        const ours = oursNode(samples[i] as number);
        // Samples come every ~0.2 ms; a longer gap is idle time, not ours.
        if (previousOurs) sampledUs += Math.min(t - previousTs, 1000);
        previousTs = t;
        previousOurs = ours;
        if (ours) {
          const task = taskAt(t);
          if (task) task.ours = true;
        }
      }
    }
  }

  const ours = tasks.filter((t) => t.ours);
  const ms = (us: number) => us / 1000;
  return {
    totalMs: ms(ours.reduce((s, t) => s + t.dur, 0)),
    longestMs: ms(Math.max(0, ...ours.map((t) => t.dur))),
    count: ours.length,
    over16: ours.filter((t) => t.dur > 16_000).length,
    over50: ours.filter((t) => t.dur > 50_000).length,
    sampledMs: ms(sampledUs),
    evaluateMs: ms(evaluateUs),
    firstTs: ours[0]?.ts ?? 0,
    lastEndTs: ours.length ? Math.max(...ours.map((t) => t.ts + t.dur)) : 0,
    ours,
  };
}

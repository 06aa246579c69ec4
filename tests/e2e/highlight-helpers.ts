// Helpers for the highlighting suite, beside the shared harness: names from the built matcher, a DOM watcher that
// starts after parsing (so the parser's own insertions are not in the log), scan timings and settings writes.
import type { Frame, Page } from 'puppeteer-core';
import { createMatcher, type Matcher } from '../../lib/matching/matcher.ts';
import type { CompiledMatcher } from '../../lib/matching/types.ts';
import { type BrowserName, readBuiltJson, type Session, waitUntil } from './harness.ts';

export interface BuiltNames {
  compiled: CompiledMatcher;
  matcher: Matcher;
  /** Canonical names the built matcher finds as themselves, one per kind first, then the rest. */
  names: string[];
}

/** The names the shipped matcher knows, read from the build the browser loads. */
export function builtNames(name: BrowserName): BuiltNames {
  const compiled = readBuiltJson<CompiledMatcher>(name, 'matcher.json');
  const matcher = createMatcher(compiled.page);
  const whole = compiled.entities
    .map(([, canonical, kind]) => ({ canonical, kind }))
    .filter(({ canonical }) => {
      const found = matcher.find(canonical);
      return found.length === 1 && found[0]?.start === 0 && found[0]?.end === canonical.length;
    });
  const firstOfKind = whole.filter((e, i) => whole.findIndex((o) => o.kind === e.kind) === i);
  const names = [...new Set([...firstOfKind, ...whole].map((e) => e.canonical))];
  return { compiled, matcher, names };
}

export interface ScanMeasure {
  duration: number;
  detail: {
    busyMs: number;
    longestSliceMs: number;
    slices: number;
    sliceMs: number[];
    sliceAt: number[];
    textNodes: number;
    screenedOut: number;
    chars: number;
    matches: number;
  };
}

/** Waits for the content script's first full scan of this document and returns its timing. */
export async function waitForScan(target: Page | Frame, timeout = 15_000): Promise<ScanMeasure> {
  return waitUntil(
    () =>
      target.evaluate(() => {
        const entry = performance.getEntriesByName('backgrounder:scan')[0] as PerformanceMeasure | undefined;
        return entry ? { duration: entry.duration, detail: entry.detail } : null;
      }) as Promise<ScanMeasure | null>,
    { timeout, message: 'the backgrounder:scan measure' },
  );
}

/** Highlight ranges per registered name in a frame (the harness's countHighlights takes a Page). */
export async function frameHighlights(frame: Frame): Promise<number> {
  return frame.evaluate(() => {
    let n = 0;
    for (const [name, h] of CSS.highlights) if (name.startsWith('backgrounder')) n += h.size;
    return n;
  });
}

/** Ranges by where their text lives: the document itself or an open shadow root. */
export async function highlightsByRoot(page: Page): Promise<{ document: number; shadow: number }> {
  return page.evaluate(() => {
    const out = { document: 0, shadow: 0 };
    for (const [name, h] of CSS.highlights) {
      if (!name.startsWith('backgrounder')) continue;
      for (const r of h as unknown as Iterable<AbstractRange>) {
        if (r.startContainer.getRootNode() instanceof ShadowRoot) out.shadow++;
        else out.document++;
      }
    }
    return out;
  });
}

/** Highlight names registered right now (ours only), sorted. */
export async function registeredNames(page: Page): Promise<string[]> {
  return page.evaluate(() => [...CSS.highlights.keys()].filter((k) => k.startsWith('backgrounder')).sort());
}

/** True when every highlighted range still points into the page (no range left on removed text). */
export async function allRangesConnected(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    for (const [name, h] of CSS.highlights) {
      if (!name.startsWith('backgrounder')) continue;
      for (const r of h as unknown as Iterable<AbstractRange>) if (!r.startContainer.isConnected) return false;
    }
    return true;
  });
}

export interface ExtensionProbe {
  /** Writes settings the way the options page does (storage.sync, keys without WXT's "sync:" prefix). */
  writeSettings(values: Record<string, unknown>): Promise<void>;
  /** The tab whose top-frame content script reports `href` (no `tabs` permission: URLs are not readable). */
  tabId(href: string): Promise<number>;
  /** Sends a ToContent message to a tab's top frame, as the popup does; resolves with the answer. */
  askTab(tabId: number, message: Record<string, unknown>): Promise<unknown>;
  badgeText(tabId: number): Promise<string>;
}

interface ExtApi {
  storage: { sync: { set(v: unknown): Promise<void> } };
  tabs: {
    query(q: object): Promise<{ id?: number }[]>;
    sendMessage(id: number, m: unknown, o?: object): Promise<unknown>;
  };
  action?: { getBadgeText(d: { tabId: number }): Promise<string> };
  browserAction?: { getBadgeText(d: { tabId: number }): Promise<string> };
}

/** Talks to tabs and storage from an extension page kept open for the session, as the popup would. */
export function extensionProbe(session: Session): ExtensionProbe {
  let page: Promise<Page> | null = null;
  const ext = () => {
    page ??= session.openExtensionPage('options.html');
    return page;
  };
  const api = () => {
    const g = globalThis as unknown as { browser?: ExtApi; chrome: ExtApi };
    return g.browser ?? g.chrome;
  };
  return {
    async writeSettings(values) {
      await (await ext()).evaluate(`(${api})().storage.sync.set(${JSON.stringify(values)})`);
    },
    async tabId(href) {
      const id = await (await ext()).evaluate(
        `(async (api, href) => {
          for (const tab of await api.tabs.query({})) {
            if (tab.id === undefined) continue;
            const state = await api.tabs.sendMessage(tab.id, { type: 'getPageState' }, { frameId: 0 }).catch(() => null);
            if (state && state.href === href) return tab.id;
          }
          return null;
        })((${api})(), ${JSON.stringify(href)})`,
      );
      if (typeof id !== 'number') throw new Error(`no tab reports ${href}`);
      return id;
    },
    async askTab(tabId, message) {
      return (await ext()).evaluate(
        `(${api})().tabs.sendMessage(${tabId}, ${JSON.stringify(message)}, { frameId: 0 })`,
      );
    },
    async badgeText(tabId) {
      return (await ext()).evaluate(
        `(() => { const a = (${api})(); return (a.action ?? a.browserAction).getBadgeText({ tabId: ${tabId} }); })()`,
      ) as Promise<string>;
    },
  };
}

/**
 * The text decoration a highlight name gets on the element holding `text`, searched in the document and its open
 * shadow roots: proves the ::highlight() styles reached that tree (a stylesheet the test cannot see otherwise).
 */
export async function highlightDecoration(page: Page, text: string, highlight: string): Promise<string | null> {
  return page.evaluate(
    (needle, name) => {
      const roots: (Document | ShadowRoot)[] = [document];
      for (const el of document.querySelectorAll('*')) if (el.shadowRoot) roots.push(el.shadowRoot);
      for (const root of roots) {
        for (const el of root.querySelectorAll('p, li, span, div')) {
          if (!el.textContent?.includes(needle)) continue;
          const style = getComputedStyle(el, `::highlight(${name})`);
          if (el.children.length === 0) return `${style.textDecorationLine} ${style.textDecorationColor}`;
        }
      }
      return null;
    },
    text,
    highlight,
  );
}

/**
 * Whether this browser paints a document's `::highlight()` rules inside shadow trees (highlight pseudo-elements
 * inheriting across the shadow boundary). Chromium and Firefox 153 do; Firefox 140 ESR registers the ranges but
 * styles them only with the shadow tree's own rules, which the extension may not add to a page. Probed in the
 * page's main world with a highlight of its own, after the test's DOM checks (it adds a host element).
 */
export async function documentHighlightsStyleShadowTrees(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const host = document.createElement('div');
    document.body.append(host);
    const shadow = host.attachShadow({ mode: 'open' });
    const p = document.createElement('p');
    p.textContent = 'probe';
    shadow.append(p);
    const style = document.createElement('style');
    style.textContent = '::highlight(bg-probe) { text-decoration: underline; }';
    document.head.append(style);
    const range = new Range();
    range.selectNodeContents(p);
    CSS.highlights.set('bg-probe', new Highlight(range));
    const line = getComputedStyle(p, '::highlight(bg-probe)').textDecorationLine;
    CSS.highlights.delete('bg-probe');
    host.remove();
    style.remove();
    return line === 'underline';
  });
}

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  pid: number;
  tid: number;
}

/**
 * Chromium only: loads a page under a performance trace and returns the first scan's measure together with the
 * thread time of the task each of its slices ran in. Thread time leaves out the moments the OS gave the CPU to
 * someone else, so it stays honest on a loaded machine where wall-clock slices stretch.
 */
export async function traceScan(
  page: Page,
  load: () => Promise<unknown>,
): Promise<{ scan: ScanMeasure; taskThreadMs: number[] }> {
  await page.tracing.start({ categories: ['toplevel', 'blink.user_timing', 'devtools.timeline'] });
  await load();
  const scan = await waitForScan(page, 30_000);
  const buffer = await page.tracing.stop();
  const events = (JSON.parse(Buffer.from(buffer ?? new Uint8Array()).toString('utf8')) as { traceEvents: TraceEvent[] })
    .traceEvents;
  // The measure's own trace event anchors performance.now() times on the trace clock (microseconds).
  const anchor = events.find((e) => e.name === 'backgrounder:scan' && e.ph === 'b');
  if (!anchor) throw new Error('no backgrounder:scan event in the trace');
  const onThread = events.filter(
    (e) => e.ph === 'X' && e.pid === anchor.pid && e.tid === anchor.tid && e.dur !== undefined && e.tdur !== undefined,
  );
  const taskThreadMs = scan.detail.sliceAt.map((at, i) => {
    const start = anchor.ts + at * 1000;
    const end = start + (scan.detail.sliceMs[i] ?? 0) * 1000;
    // The outermost event around the slice is the task (or microtask checkpoint) that ran it. performance.now()
    // is coarsened to 100 µs in a page that is not cross-origin isolated, hence the slack.
    const slack = 250;
    const around = onThread.filter((e) => e.ts <= start + slack && e.ts + (e.dur ?? 0) >= end - slack);
    const task = around.reduce<TraceEvent | null>((a, e) => (!a || (e.dur ?? 0) > (a.dur ?? 0) ? e : a), null);
    if (!task) throw new Error(`no task around slice ${i}`);
    return (task.tdur ?? 0) / 1000;
  });
  return { scan, taskThreadMs };
}

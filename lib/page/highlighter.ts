// The page scanner: one walk over the page at start, then only what the page changes, in slices that never
// hold the main thread for long. It reads the DOM and registers highlights; it never writes to the page.
import type { EntityKind } from '../corpus/types.ts';
import type { Matcher } from '../matching/matcher.ts';
import { SharedNames } from '../matching/resolve.ts';
import type { HighlightStyle } from '../settings.ts';
import { blockOf, isInline, isInSkippedSubtree } from './dom-rules.ts';
import { KindHighlights } from './highlights.ts';
import { PageIndex } from './page-index.ts';
import { ScreenedScan, screenable } from './page-screen.ts';
import { styleShadowRoot, unstyleShadowRoots } from './shadow-styles.ts';
import { type ScanSink, type ScanStats, TextScan } from './text-scan.ts';
import type { HighlightIndex, Work } from './types.ts';
import { yieldToMain } from './yield.ts';

/**
 * Work per slice: well under a 16 ms frame. The scan looks at the clock every few nodes, windows of text and
 * mentions, so a slice ends within a fraction of a millisecond of this; what a slice cannot control (a garbage
 * collection, the engine compiling a hot function) still fits inside the frame. Shorter slices would cost more
 * tasks (each one a trip through the event loop) for the same work.
 */
const SLICE_MS = 6;
/** Look at the clock every this many nodes when sweeping the index. */
const SWEEP_CLOCK_EVERY = 64;
/**
 * Past this many changed nodes in one batch, sorting out which blocks changed costs more than it saves: the whole
 * page is walked again instead, in slices like the first scan.
 */
const HUGE_BATCH = 1000;

export interface HighlighterOptions {
  matcher: Matcher;
  kinds: readonly EntityKind[];
  style: HighlightStyle;
  /** Runs `fn` once the page has been quiet for a moment (batching mutations); returns a cancel function. */
  later(fn: () => void): () => void;
  /** The number of distinct names on the page changed (after a scan settles). */
  onNamesChanged?(count: number): void;
  /** The first highlight is about to show: the moment its stylesheet is needed, and not before. */
  onFirstShown?(): void;
}

export interface Highlighter {
  readonly index: HighlightIndex;
  setKinds(kinds: readonly EntityKind[]): void;
  setStyle(style: HighlightStyle): void;
  destroy(): void;
}

export interface ScanTiming extends ScanStats {
  /** Main-thread time spent in our slices. */
  busyMs: number;
  longestSliceMs: number;
  slices: number;
  /** Every slice's duration, in order: how evenly the work was spread. */
  sliceMs: number[];
  /** When each slice started, in ms after the scan started: lets a trace find the task each one ran in. */
  sliceAt: number[];
  matches: number;
}

const OBSERVE: MutationObserverInit = {
  childList: true,
  subtree: true,
  characterData: true,
  attributes: true,
  attributeFilter: ['hidden', 'contenteditable'],
};

/** What the queue holds: a subtree to scan, or matches to forget. */
type Job =
  | { kind: 'scan'; node: Node; fresh: boolean }
  /** Matches inside an element that was hidden or made editable (or shown again, then rescanned). */
  | { kind: 'forget'; element: Element }
  /** Matches on text the page removed. */
  | { kind: 'sweep' };

function documentOrder(a: Node, b: Node): number {
  if (a === b) return 0;
  return a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
}

export function startHighlighter(root: Node, options: HighlighterOptions): Highlighter {
  const { matcher } = options;
  let destroyed = false;
  const highlights = new KindHighlights();
  let kinds = [...options.kinds];
  let style = options.style;
  // Nothing is registered with the page's CSS.highlights until there is a name to show: a page without names
  // never has a Highlight of ours, so its style and paint never consider one.
  let shown = false;
  const index = new PageIndex<Node>(
    (entity) => matcher.kindOf(entity),
    kinds,
    {
      added: (m, kind) => {
        highlights.add(kind, m.range);
        if (!shown && !destroyed) {
          shown = true;
          options.onFirstShown?.();
          highlights.show(kinds, style);
        }
      },
      removed: (m, kind) => highlights.delete(kind, m.range),
      cleared: () => highlights.clear(),
    },
    documentOrder,
  );
  const names = new SharedNames(matcher);

  /** Work to do in order; a scan is `fresh` when nothing in it can have been matched before (nothing stale). */
  const queue: Job[] = [{ kind: 'scan', node: root, fresh: true }];
  let current: Work | null = null;
  let scan: TextScan | null = null;
  let pumping = false;
  let reported = -1;

  // Mutations are only noted here; the work happens in one batch once the page is quiet.
  const added: Node[] = [];
  const toggled: Element[] = [];
  let removals = false;
  let cancelBatch: (() => void) | null = null;
  const observed = new WeakSet<Node>();

  const observer = new MutationObserver((records) => {
    for (const r of records) {
      if (r.type === 'childList') {
        for (const n of r.addedNodes) added.push(n);
        if (r.removedNodes.length > 0) removals = true;
      } else if (r.type === 'characterData') {
        added.push(r.target);
      } else {
        toggled.push(r.target as Element);
      }
    }
    cancelBatch ??= options.later(runBatch);
  });
  observe(root);

  /** Watch a root (the document or an open shadow root) once; true the first time. */
  function observe(node: Node): boolean {
    if (observed.has(node)) return false;
    observed.add(node);
    observer.observe(node, OBSERVE);
    return true;
  }

  /** One init object for every range (read by the constructor, never kept): no allocation per match. */
  const rangeInit: StaticRangeInit = { startContainer: root, startOffset: 0, endContainer: root, endOffset: 0 };
  const sink: ScanSink = {
    revisit(node) {
      if (index.has(node)) index.drop(node);
    },
    matched(nodes, first, startOffset, last, endOffset, entity, shared) {
      const startContainer = nodes[first];
      const endContainer = nodes[last];
      if (!startContainer || !endContainer) return;
      // Registered as found, a slice at a time: no batch of ranges waits for the end of the scan.
      rangeInit.startContainer = startContainer;
      rangeInit.startOffset = startOffset;
      rangeInit.endContainer = endContainer;
      rangeInit.endOffset = endOffset;
      const range = new StaticRange(rangeInit);
      rangeInit.startContainer = rangeInit.endContainer = root;
      index.add({
        entity,
        shared,
        range,
        nodes: first === last ? [startContainer] : nodes.slice(first, last + 1),
        startOffset,
        endOffset,
      });
    },
    shadowRoot(shadow) {
      styleShadowRoot(shadow);
      queue.push({ kind: 'scan', node: shadow, fresh: observe(shadow) });
    },
  };

  const stats: ScanStats = { textNodes: 0, chars: 0, screenedOut: 0 };

  /** Turn the noted mutations into subtrees to rescan: the block around changed text, or an added block. */
  function runBatch(): void {
    cancelBatch = null;
    if (destroyed) return;
    // Forgetting is queued work too: on a big page, checking every highlighted node is more than a slice.
    if (removals) {
      removals = false;
      queue.push({ kind: 'sweep' });
    }
    if (added.length + toggled.length > HUGE_BATCH) {
      // Matches inside newly hidden or editable parts would survive a rescan (it never visits them): start over.
      if (toggled.length > 0) index.clear();
      added.length = 0;
      toggled.length = 0;
      queue.push({ kind: 'scan', node: root, fresh: false });
      void pump();
      return;
    }
    const roots = new Set<Node>();
    for (const el of toggled.splice(0)) {
      if (!el.isConnected) continue;
      // Hidden or made editable: what was highlighted inside goes; shown again: rescanned below.
      queue.push({ kind: 'forget', element: el });
      roots.add(el);
    }
    for (const n of added.splice(0)) {
      if (!n.isConnected) continue;
      const isBlock = n.nodeType === Node.ELEMENT_NODE && !isInline(n as Element);
      roots.add(isBlock ? n : blockOf(n));
    }
    // A root inside another root is covered by it.
    for (const r of roots) {
      for (let p = r.parentNode; p; p = p.parentNode) {
        if (roots.has(p)) {
          roots.delete(r);
          break;
        }
      }
    }
    for (const node of roots) queue.push({ kind: 'scan', node, fresh: false });
    void pump();
  }

  /** Drops the matches of every highlighted node the page removed, a few dozen nodes between looks at the clock. */
  function sweep(): Work {
    const nodes = index.nodes();
    let i = 0;
    return {
      run(deadline) {
        while (i < nodes.length) {
          const node = nodes[i++] as Node;
          if (!node.isConnected) index.drop(node);
          if (i % SWEEP_CLOCK_EVERY === 0 && performance.now() >= deadline) return false;
        }
        return true;
      },
    };
  }

  /** Drops the matches of the text under `element` (now hidden or editable, or about to be rescanned). */
  function forget(element: Element): Work {
    const walker = (element.ownerDocument ?? document).createTreeWalker(element, NodeFilter.SHOW_TEXT);
    let steps = 0;
    return {
      run(deadline) {
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          if (index.has(n)) index.drop(n);
          if (++steps % SWEEP_CLOCK_EVERY === 0 && performance.now() >= deadline) return false;
        }
        return true;
      },
    };
  }

  /** Works through the queue in slices until it is empty; one pump at a time, later roots join the running one. */
  async function pump(): Promise<void> {
    if (pumping) return;
    pumping = true;
    try {
      const timing: ScanTiming = {
        textNodes: 0,
        chars: 0,
        screenedOut: 0,
        busyMs: 0,
        longestSliceMs: 0,
        slices: 0,
        sliceMs: [],
        sliceAt: [],
        matches: 0,
      };
      const startedAt = performance.now();
      const before = { ...stats };
      while (!destroyed && (current || queue.length > 0)) {
        // Every slice in a task of its own, the first one too: whatever started the pump (the content script
        // starting up, a mutation batch) has had its task already.
        await yieldToMain();
        if (destroyed) break;
        const sliceStart = performance.now();
        const deadline = sliceStart + SLICE_MS;
        let done = false;
        while (!done && performance.now() < deadline) done = step(deadline);
        const spent = performance.now() - sliceStart;
        timing.busyMs += spent;
        timing.slices++;
        timing.longestSliceMs = Math.max(timing.longestSliceMs, spent);
        timing.sliceMs.push(spent);
        timing.sliceAt.push(sliceStart - startedAt);
      }
      if (destroyed) return;
      timing.textNodes = stats.textNodes - before.textNodes;
      timing.chars = stats.chars - before.chars;
      timing.screenedOut = stats.screenedOut - before.screenedOut;
      timing.matches = index.size;
      recordTiming(startedAt, timing);
      report();
    } finally {
      pumping = false;
    }
  }

  /** One step of work; true when there is nothing left to do. */
  function step(deadline: number): boolean {
    if (scan?.lost()) {
      // The page moved the node we were about to read: read this subtree again from the top.
      queue.unshift({ kind: 'scan', node: scan.root, fresh: false });
      current = scan = null;
    }
    if (!current) {
      const next = queue.shift();
      if (next === undefined) return true;
      current = start(next);
      // Starting may have cost a query over the subtree: back to the clock before any walking.
      return !current && queue.length === 0;
    }
    if (current.run(deadline)) current = scan = null;
    return !current && queue.length === 0;
  }

  function start(job: Job): Work | null {
    switch (job.kind) {
      case 'sweep':
        return sweep();
      case 'forget':
        return job.element.isConnected ? forget(job.element) : null;
      case 'scan':
        if (!job.node.isConnected || isInSkippedSubtree(job.node)) return null;
        // A rescan drops the stale matches of every node it visits: only with none anywhere may it skip the walk.
        if ((job.fresh || index.size === 0) && screenable(job.node)) {
          const { node, fresh } = job;
          return new ScreenedScan(node, matcher, stats, () => walk(node, fresh), sink.shadowRoot);
        }
        return walk(job.node, job.fresh);
    }
  }

  function walk(node: Node, fresh: boolean): TextScan {
    scan = new TextScan(node, matcher, names, sink, stats, fresh);
    return scan;
  }

  let firstScan = true;
  function recordTiming(startedAt: number, timing: ScanTiming): void {
    // Only the first full scan is recorded: a long-lived page must not grow its performance timeline.
    if (!firstScan) return;
    firstScan = false;
    try {
      performance.measure('backgrounder:scan', { start: startedAt, end: performance.now(), detail: { ...timing } });
    } catch {
      // Timings are for benchmarks; a page that replaced `performance` loses nothing else.
    }
  }

  function report(): void {
    const count = index.nameCount();
    if (count === reported) return;
    reported = count;
    options.onNamesChanged?.(count);
  }

  void pump();

  return {
    index,
    setKinds(next) {
      kinds = [...next];
      index.setKinds(kinds);
      if (!destroyed && shown) highlights.show(kinds, style);
      report();
    },
    setStyle(next) {
      style = next;
      if (!destroyed && shown) highlights.show(kinds, style);
    },
    destroy() {
      destroyed = true;
      observer.disconnect();
      cancelBatch?.();
      cancelBatch = null;
      // Unregister first: the page repaints once, not once per dropped range.
      highlights.hide();
      unstyleShadowRoots();
      index.clear();
      queue.length = 0;
      current = scan = null;
    },
  };
}

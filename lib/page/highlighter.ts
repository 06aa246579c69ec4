// The page scanner: one walk over the page at start, then only what the page changes, in slices that never
// hold the main thread for long. It reads the DOM and registers highlights; it never writes to the page.
import type { EntityKind } from '../corpus/types.ts';
import type { Matcher } from '../matching/matcher.ts';
import type { MatchSpan } from '../matching/types.ts';
import type { HighlightStyle } from '../settings.ts';
import { blockOf, isInline, isInSkippedSubtree } from './dom-rules.ts';
import { KindHighlights } from './highlights.ts';
import { PageIndex, type PageMatch } from './page-index.ts';
import { locateSpans } from './run-offsets.ts';
import { styleShadowRoot, unstyleShadowRoots } from './shadow-styles.ts';
import { type ScanStats, TextScan } from './text-scan.ts';
import type { HighlightIndex } from './types.ts';
import { yieldToMain } from './yield.ts';

/** Work per slice: under half a 16 ms frame, so a run that ends late or a busy machine still stays inside one. */
const SLICE_MS = 6;
/**
 * Past this many changed nodes in one batch, sorting out which blocks changed costs more than it saves: the whole
 * page is walked again instead, in slices like the first scan.
 */
const HUGE_BATCH = 1000;

export interface HighlighterOptions {
  matcher: Matcher;
  entities: readonly (readonly [string, string, EntityKind])[];
  kinds: readonly EntityKind[];
  style: HighlightStyle;
  /** Runs `fn` once the page has been quiet for a moment (batching mutations); returns a cancel function. */
  later(fn: () => void): () => void;
  /** The number of distinct names on the page changed (after a scan settles). */
  onNamesChanged?(count: number): void;
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

function documentOrder(a: Node, b: Node): number {
  if (a === b) return 0;
  return a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
}

export function startHighlighter(root: Node, options: HighlighterOptions): Highlighter {
  const { matcher } = options;
  const highlights = new KindHighlights();
  let kinds = [...options.kinds];
  let style = options.style;
  const index = new PageIndex<Node>(
    options.entities,
    kinds,
    {
      added: (m, kind) => highlights.add(kind, m.range),
      removed: (m, kind) => highlights.delete(kind, m.range),
    },
    documentOrder,
  );
  highlights.show(kinds, style);

  let destroyed = false;
  /** Subtrees to walk; `fresh` when nothing in them can have been matched before (no stale matches to drop). */
  const queue: { node: Node; fresh: boolean }[] = [{ node: root, fresh: true }];
  let current: TextScan | null = null;
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

  const sink = {
    revisit(node: Text) {
      if (index.has(node)) index.drop(node);
    },
    matched(nodes: readonly Text[], lengths: readonly number[], spans: readonly MatchSpan[]) {
      const located = locateSpans(lengths, spans);
      spans.forEach((span, i) => {
        const [startNode, startOffset, endNode, endOffset] = located[i] ?? [0, 0, 0, 0];
        const first = nodes[startNode];
        const last = nodes[endNode];
        if (!first || !last) return;
        const range = new StaticRange({ startContainer: first, startOffset, endContainer: last, endOffset });
        const match: PageMatch<Node> = {
          entity: span.entity,
          range,
          nodes: nodes.slice(startNode, endNode + 1),
          startOffset,
          endOffset,
        };
        index.add(match);
      });
    },
    shadowRoot(shadow: ShadowRoot) {
      styleShadowRoot(shadow);
      queue.push({ node: shadow, fresh: observe(shadow) });
    },
  };

  const stats: ScanStats = { textNodes: 0, chars: 0 };

  /** Turn the noted mutations into subtrees to rescan: the block around changed text, or an added block. */
  function runBatch(): void {
    cancelBatch = null;
    if (destroyed) return;
    if (removals) {
      removals = false;
      index.dropWhere((n) => !n.isConnected);
    }
    if (added.length + toggled.length > HUGE_BATCH) {
      // Matches inside newly hidden or editable parts would survive a rescan (it never visits them): start over.
      if (toggled.length > 0) index.clear();
      added.length = 0;
      toggled.length = 0;
      queue.push({ node: root, fresh: false });
      void pump();
      return;
    }
    const roots = new Set<Node>();
    for (const el of toggled.splice(0)) {
      if (!el.isConnected) continue;
      // Hidden or made editable: what was highlighted inside goes; shown again: rescanned below.
      index.dropWhere((n) => el.contains(n));
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
    for (const node of roots) queue.push({ node, fresh: false });
    void pump();
  }

  /** Works through the queue in slices until it is empty; one pump at a time, later roots join the running one. */
  async function pump(): Promise<void> {
    if (pumping) return;
    pumping = true;
    try {
      const timing: ScanTiming = {
        textNodes: 0,
        chars: 0,
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
        if (!done) await yieldToMain();
      }
      if (destroyed) return;
      timing.textNodes = stats.textNodes - before.textNodes;
      timing.chars = stats.chars - before.chars;
      timing.matches = index.size;
      recordTiming(startedAt, timing);
      report();
    } finally {
      pumping = false;
    }
  }

  /** One step of work; true when there is nothing left to do. */
  function step(deadline: number): boolean {
    if (current?.lost) {
      // The page moved the node we were about to read: read this subtree again from the top.
      queue.unshift({ node: current.root, fresh: false });
      current = null;
    }
    if (!current) {
      const next = queue.shift();
      if (next === undefined) return true;
      if (!next.node.isConnected || isInSkippedSubtree(next.node)) return queue.length === 0;
      current = new TextScan(next.node, matcher, sink, stats, next.fresh);
    }
    if (current.run(deadline)) current = null;
    return !current && queue.length === 0;
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
    const count = index.pageNames().length;
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
      if (!destroyed) highlights.show(kinds, style);
      report();
    },
    setStyle(next) {
      style = next;
      if (!destroyed) highlights.show(kinds, style);
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
      current = null;
    },
  };
}

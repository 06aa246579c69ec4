// The first scan of a page that holds none of the names, without the walk. Reading a page node by node from an
// isolated world costs a binding call and a wrapper per node (the bench's floor row), more than matching its text;
// one `textContent` call reads the same text natively, a third of that on a 1 MB page. The matcher's screen lists
// where in it a name might start, whatever runs the text falls into. Each is read as the walk would read it: in
// the text as it stands, unless a run ends within the little text the reading depends on; only there does the
// screen find out where the runs end, from a walk over text nodes alone and the elements around those few
// boundaries (run-bounds.ts). A name found sends the page to the walk as before. Otherwise nothing on the page can
// be highlighted, and only shadow roots, which `textContent` does not reach, are looked for, in a walk over
// elements only. (A large archive has thousands of short forms, and "Ann" starts "Announced" on every page: without
// the reading, almost every page would be walked.)
import { type Matcher, SCREEN_BEHIND } from '../matching/matcher.ts';
import {
  nodeAfterSubtree,
  skippedByAttribute,
  TAG_CLASSES,
  TAG_SHADOW_HOST,
  TAG_SKIPPED,
  tagClass,
} from './dom-rules.ts';
import { sameRun } from './run-bounds.ts';
import type { ScanStats } from './text-scan.ts';
import type { Work } from './types.ts';

/** Characters screened between two looks at the clock. */
const SCREEN_WINDOW = 64 * 1024;
/**
 * Characters read the loosest way at a time, the clock looked at every 16 of them: that reading stops at its first
 * would-be name, which a large archive's matcher finds within a few hundred characters of most pages, and each
 * character it reads past that is a hash lookup.
 */
const LOOSE_WINDOW = 4096;
/** Elements walked between two looks at the clock. */
const CLOCK_EVERY = 32;
/**
 * The largest page screened: `textContent` is one native call that cannot stop for the clock, about 3 ms a
 * megabyte of text on the bench's machine. Past these, the page is walked as before, in slices. The document's
 * size is known from its navigation entry; the element count bounds what scripts built after it.
 */
const SCREEN_MAX_BYTES = 2_500_000;
const SCREEN_MAX_ELEMENTS = 25_000;

/**
 * May a scan of `root` start with the screen? The page itself, or a block the page changed, and only of modest
 * size. (The highlighter asks only where nothing can be stale: a first scan, or a page with no match yet.)
 */
export function screenable(root: Node): root is Element {
  const doc = root.ownerDocument;
  if (!doc || root.nodeType !== Node.ELEMENT_NODE) return false;
  const el = root as Element;
  if (el !== doc.documentElement) return el.getElementsByTagName('*').length <= SCREEN_MAX_ELEMENTS;
  if (!doc.body || doc.getElementsByTagName('*').length > SCREEN_MAX_ELEMENTS) return false;
  try {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    return !nav || nav.decodedBodySize <= SCREEN_MAX_BYTES;
  } catch {
    return true;
  }
}

/**
 * Screens the subtree's text (the body's, for the page), then either hands over to the walk (`walk()`, called
 * once) or looks for open shadow roots (`shadowRoot()` for each, as the walk would have). Each step is resumable
 * at the clock: the would-be names a window of text at a time, the text nodes a few at a time.
 */
export class ScreenedScan implements Work {
  private readonly body: Element;
  private readonly matcher: Matcher;
  private readonly stats: ScanStats;
  private readonly walk: () => Work;
  private readonly shadowRoot: (root: ShadowRoot) => void;
  private readonly skipped: Set<Element>;
  private text: string | null = null;
  /**
   * Where each text node after the first starts in the text. Offsets only: holding the nodes themselves would keep
   * a wrapper for every one alive through the young generation's collections (the walk's own lesson, text-scan.ts).
   */
  private bounds: number[] = [];
  private nodeCount = 0;
  private texts: TreeWalker | null = null;
  /** The loosest reading found a would-be name: the text is read again with where its nodes meet. */
  private bounded = false;
  private offset = 0;
  private at = 0;
  /** Would-be names: start, reach pairs (Matcher.screen). */
  private readonly candidates: number[] = [];
  /** Offsets in the text where one run ends and the next begins, within the candidates' ranges, in order. */
  private readonly splits: number[] = [];
  /** The candidates' ranges merged, and where findSplits() and settle() stand in their work. */
  private ranges: number[] | null = null;
  private range = 0;
  private bound = 0;
  private again: TreeWalker | null = null;
  private prev: Text | null = null;
  private node = 0;
  private split = 0;
  private settled = 0;
  /** The walk, once the screen found a name. */
  private walking: Work | null = null;
  private elements: TreeWalker | null = null;
  private next: Node | null = null;
  private readonly found: number[] = [];

  constructor(
    root: Element,
    matcher: Matcher,
    stats: ScanStats,
    walk: () => Work,
    shadowRoot: (root: ShadowRoot) => void,
  ) {
    this.body = root === root.ownerDocument.documentElement ? (root.ownerDocument.body ?? root) : root;
    this.matcher = matcher;
    this.stats = stats;
    this.walk = walk;
    this.shadowRoot = shadowRoot;
    this.skipped = skippedByAttribute(this.body);
  }

  run(deadline: number): boolean {
    if (this.walking) return this.walking.run(deadline);
    if (this.elements) return this.findShadowRoots(deadline);
    if (this.text === null) {
      // The one call that cannot stop for the clock: the first step of its own slice.
      this.text = this.body.textContent ?? '';
      if (performance.now() >= deadline) return false;
    }
    if (!this.bounded) {
      const first = this.firstLoose(deadline);
      if (first === undefined) return false;
      if (first < 0) return this.screenOut(deadline);
      // Most pages that hold a name show it here, read in the text as it stands: no need to know their nodes.
      if (this.nameAt(first)) return this.startWalk(deadline);
      this.bounded = true;
      this.at = 0;
      this.texts = this.body.ownerDocument.createTreeWalker(this.body, NodeFilter.SHOW_TEXT);
    }
    if (this.texts && !this.readNodes(deadline)) return false;
    if (this.walking) return (this.walking as Work).run(deadline);
    const text = this.text;
    while (this.at < text.length) {
      const to = Math.min(text.length, this.at + SCREEN_WINDOW);
      const from = this.candidates.length;
      this.matcher.screen(text, this.at, to, this.bounds, this.candidates);
      this.at = to;
      for (let i = from; i < this.candidates.length; i += 2) {
        if (this.nameAt(this.candidates[i] as number)) return this.startWalk(deadline);
      }
      if (performance.now() >= deadline) return false;
    }
    if (this.candidates.length === 0) return this.screenOut(deadline);
    if (!this.findSplits(deadline)) return false;
    return this.settle(deadline);
  }

  /**
   * The first would-be name of the loosest reading (a run may end anywhere), -1 if there is none, or undefined
   * when the clock ran out first. A page with none needs nothing more, not even its text nodes: the bundled
   * corpus's usual case. One with some is read again knowing where its text nodes meet.
   */
  private firstLoose(deadline: number): number | undefined {
    const text = this.text as string;
    const out = this.found;
    while (this.at < text.length) {
      const to = Math.min(text.length, this.at + LOOSE_WINDOW);
      this.matcher.screen(text, this.at, to, null, out);
      this.at = to;
      if (out.length > 0) {
        const first = out[0] as number;
        out.length = 0;
        return first;
      }
      if ((to & (LOOSE_WINDOW * 16 - 1)) === 0 && performance.now() >= deadline) return undefined;
    }
    return -1;
  }

  /** Is there a name at `start`, in the text as it stands? */
  private nameAt(start: number): boolean {
    this.matcher.scan(this.text as string, start, start + 1, false, this.found);
    return this.found.length > 0;
  }

  /** The text nodes, a few at a time, and where each starts in the text. True once all are read. */
  private readNodes(deadline: number): boolean {
    const walker = this.texts as TreeWalker;
    const bounds = this.bounds;
    let offset = this.offset;
    let steps = 0;
    for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
      if (this.nodeCount++ > 0) bounds.push(offset);
      offset += n.length;
      if (++steps >= CLOCK_EVERY) {
        steps = 0;
        if (performance.now() >= deadline) {
          this.offset = offset;
          return false;
        }
      }
    }
    this.texts = null;
    // Text the page changed meanwhile (or nodes textContent reads that this walk does not): the walk decides.
    if (offset !== (this.text as string).length) this.walking = this.walk();
    return true;
  }

  private startWalk(deadline: number): boolean {
    this.release();
    this.walking = this.walk();
    return this.walking.run(deadline);
  }

  /**
   * Where two text nodes meet inside a candidate's range: is it where the walk ends a run? The nodes are walked
   * again to find the two at each such place (only would-be names that do not read as names as they stand need
   * it), a few at a time. True once every such place is known.
   */
  private findSplits(deadline: number): boolean {
    const { bounds, splits } = this;
    const skipped = this.skipped.size > 0 ? this.skipped : null;
    if (!this.again) {
      this.ranges = mergedRanges(this.candidates);
      this.again = this.body.ownerDocument.createTreeWalker(this.body, NodeFilter.SHOW_TEXT);
      this.prev = this.again.nextNode() as Text | null;
    }
    const walker = this.again;
    const ranges = this.ranges as number[];
    let steps = 0;
    for (; this.range < ranges.length && this.prev; this.range += 2) {
      const from = ranges[this.range] as number;
      const to = ranges[this.range + 1] as number;
      while (this.bound < bounds.length && (bounds[this.bound] as number) <= from) this.bound++;
      for (; this.bound < bounds.length && (bounds[this.bound] as number) < to; this.bound++) {
        // bounds[i] is where node i + 1 starts.
        while (this.prev && this.node < this.bound) {
          this.prev = walker.nextNode() as Text | null;
          this.node++;
          if (++steps >= CLOCK_EVERY) {
            steps = 0;
            if (performance.now() >= deadline) return false;
          }
        }
        const prev = this.prev;
        const next = walker.nextNode() as Text | null;
        if (!prev || !next) return true;
        walker.currentNode = prev;
        if (!sameRun(prev, next, this.body, skipped)) splits.push(bounds[this.bound] as number);
      }
    }
    return true;
  }

  /** Every would-be name read in its own run, where a run ends within its range; then the walk or none. */
  private settle(deadline: number): boolean {
    const { candidates, splits, found, matcher } = this;
    const text = this.text as string;
    for (; this.settled < candidates.length; this.settled += 2) {
      const start = candidates[this.settled] as number;
      const reach = candidates[this.settled + 1] as number;
      const from = Math.max(0, start - SCREEN_BEHIND);
      while (this.split < splits.length && (splits[this.split] as number) <= from) this.split++;
      // The run around `start`: from the last split at or before it to the first after, within the range.
      let head = from;
      let tail = reach;
      for (let k = this.split; k < splits.length && (splits[k] as number) < reach; k++) {
        const at = splits[k] as number;
        if (at <= start) head = at;
        else {
          tail = at;
          break;
        }
      }
      if (head === from && tail === reach) continue;
      matcher.scan(text.slice(head, tail), start - head, start - head + 1, false, found);
      if (found.length > 0) return this.startWalk(deadline);
      if ((this.settled & 63) === 0 && performance.now() >= deadline) {
        this.settled += 2;
        return false;
      }
    }
    return this.screenOut(deadline);
  }

  /** Lets go of the text and the nodes. */
  private release(): void {
    this.text = '';
    this.bounds = [];
    this.texts = null;
    this.again = null;
    this.prev = null;
  }

  private screenOut(deadline: number): boolean {
    this.stats.chars += (this.text as string).length;
    this.stats.screenedOut++;
    this.release();
    const doc = this.body.ownerDocument;
    this.elements = doc.createTreeWalker(this.body, NodeFilter.SHOW_ELEMENT);
    this.next = this.body;
    return this.findShadowRoots(deadline);
  }

  /** The walk's shadow-root rule over elements only: skipped subtrees are stepped over whole, as the walk does. */
  private findShadowRoots(deadline: number): boolean {
    const walker = this.elements as TreeWalker;
    const skipped = this.skipped.size > 0 ? this.skipped : null;
    let n = this.next;
    let steps = 0;
    while (n) {
      if (++steps >= CLOCK_EVERY) {
        steps = 0;
        if (performance.now() >= deadline) {
          this.next = n;
          return false;
        }
      }
      const el = n as Element;
      const tag = el.localName;
      const cls = TAG_CLASSES.get(tag) ?? tagClass(tag);
      if ((cls & TAG_SKIPPED) !== 0 || skipped?.has(el) === true) {
        n = nodeAfterSubtree(walker, el);
        continue;
      }
      if (cls & TAG_SHADOW_HOST) {
        const shadow = el.shadowRoot;
        if (shadow) this.shadowRoot(shadow);
      }
      n = walker.nextNode();
    }
    this.next = null;
    return true;
  }
}

/** The ranges [start - SCREEN_BEHIND, reach) of start, reach pairs in the order of their starts, merged. */
function mergedRanges(candidates: readonly number[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < candidates.length; i += 2) {
    const from = Math.max(0, (candidates[i] as number) - SCREEN_BEHIND);
    const to = candidates[i + 1] as number;
    const last = out.length - 1;
    if (last > 0 && from <= (out[last] as number)) out[last] = Math.max(out[last] as number, to);
    else out.push(from, to);
  }
  return out;
}

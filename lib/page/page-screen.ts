// The first scan of a page that holds none of the names, without the walk. Reading a page node by node from an
// isolated world costs a binding call and a wrapper per node (the bench's floor row), more than matching its text;
// one `textContent` call reads the same text natively, a third of that on a 1 MB page. The matcher's screen says
// whether a name might start anywhere in it: if so, the walk runs as before (the screen cost a few percent);
// if not, nothing on the page can be highlighted, and only shadow roots, which `textContent` does not reach, are
// looked for, in a walk over elements only.
import type { Matcher } from '../matching/matcher.ts';
import {
  nodeAfterSubtree,
  skippedByAttribute,
  TAG_CLASSES,
  TAG_SHADOW_HOST,
  TAG_SKIPPED,
  tagClass,
} from './dom-rules.ts';
import type { ScanStats } from './text-scan.ts';
import type { Work } from './types.ts';

/** Characters screened between two looks at the clock. */
const SCREEN_WINDOW = 64 * 1024;
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
 * Screens the subtree's text (the body's, for the page), then either hands over to the walk (`walk()`, called once) or looks for open shadow
 * roots (`shadowRoot()` for each, as the walk would have).
 */
export class ScreenedScan implements Work {
  private readonly body: Element;
  private readonly matcher: Matcher;
  private readonly stats: ScanStats;
  private readonly walk: () => Work;
  private readonly shadowRoot: (root: ShadowRoot) => void;
  private text: string | null = null;
  private at = 0;
  /** The walk, once the screen found a would-be name. */
  private walking: Work | null = null;
  private elements: TreeWalker | null = null;
  private skipped: Set<Element> | null = null;
  private next: Node | null = null;

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
  }

  run(deadline: number): boolean {
    if (this.walking) return this.walking.run(deadline);
    if (this.elements) return this.findShadowRoots(deadline);
    // The one call that cannot stop for the clock: the first step of its own slice.
    this.text ??= this.body.textContent ?? '';
    const text = this.text;
    while (this.at < text.length) {
      const to = Math.min(text.length, this.at + SCREEN_WINDOW);
      if (this.matcher.screen(text, this.at, to) >= 0) {
        this.text = null;
        this.walking = this.walk();
        return this.walking.run(deadline);
      }
      this.at = to;
      if (performance.now() >= deadline) return false;
    }
    this.stats.chars += text.length;
    this.stats.screenedOut++;
    this.text = null;
    this.skipped = skippedByAttribute(this.body);
    const doc = this.body.ownerDocument;
    this.elements = doc.createTreeWalker(this.body, NodeFilter.SHOW_ELEMENT);
    this.next = this.body;
    return this.findShadowRoots(deadline);
  }

  /** The walk's shadow-root rule over elements only: skipped subtrees are stepped over whole, as the walk does. */
  private findShadowRoots(deadline: number): boolean {
    const walker = this.elements as TreeWalker;
    const skipped = this.skipped && this.skipped.size > 0 ? this.skipped : null;
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

// One resumable walk over a subtree's text: skipped subtrees are stepped over whole, text nodes are gathered into
// runs (one line of flow each) and every run is matched as one string. Everything runs in one loop with the
// filter inline, and each node is asked as little as possible: from an extension's isolated world every DOM
// property read crosses a binding, and on a first (cold) scan that cost dominates.
import type { Matcher } from '../matching/matcher.ts';
import type { MatchSpan } from '../matching/types.ts';
import { blockOf, isInlineTag, isSkippedTag, skippedByAttribute } from './dom-rules.ts';

/** A run is cut at a node boundary past this length: one giant inline block must not become one long task. */
const MAX_RUN_CHARS = 64 * 1024;
/** Look at the clock every this many nodes: performance.now() itself costs a binding call. */
const CLOCK_EVERY = 64;

export interface ScanSink {
  /** A text node about to be matched again: its old matches are stale. Not called on a first scan. */
  revisit(node: Text): void;
  /**
   * Matches in one run; `nodes` and `lengths` describe the run (valid during the call only: they are reused),
   * spans are offsets into its joined text.
   */
  matched(nodes: readonly Text[], lengths: readonly number[], spans: readonly MatchSpan[]): void;
  shadowRoot(root: ShadowRoot): void;
}

export interface ScanStats {
  textNodes: number;
  chars: number;
}

export class TextScan {
  readonly root: Node;
  private readonly walker: TreeWalker;
  private readonly matcher: Matcher;
  private readonly sink: ScanSink;
  private readonly stats: ScanStats;
  /** First scan of this subtree: nothing in it can have matches yet. */
  private readonly fresh: boolean;
  /** The next node to look at; null when the walk is over. */
  private next: Node | null;
  // The current run, reused from run to run (emptied, not reallocated: a first scan is mostly allocation).
  private readonly nodes: Text[] = [];
  private readonly texts: string[] = [];
  private readonly lengths: number[] = [];
  private chars = 0;
  private block: Node | null = null;
  private lastParent: Node | null = null;
  /** Block of each parent seen in this walk: most text nodes share a parent with a neighbour. */
  private readonly blocks = new Map<Node, Node>();
  /**
   * Hidden and editable elements, as the walk started. One that becomes so later shows up as an attribute
   * mutation and is handled by the next batch.
   */
  private readonly skippedElements: Set<Element>;

  constructor(root: Node, matcher: Matcher, sink: ScanSink, stats: ScanStats, fresh: boolean) {
    this.root = root;
    this.matcher = matcher;
    this.sink = sink;
    this.stats = stats;
    this.fresh = fresh;
    this.skippedElements = skippedByAttribute(root);
    const doc = root.ownerDocument ?? (root as Document);
    this.walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    if (root.nodeType === Node.TEXT_NODE) {
      this.next = root;
    } else {
      if (root.nodeType === Node.ELEMENT_NODE) this.noteShadowRoot(root as Element);
      this.next = this.walker.nextNode();
    }
  }

  /** True when the page moved the node we were about to visit out of the tree: start this subtree over. */
  get lost(): boolean {
    return this.next !== null && !this.next.isConnected;
  }

  /** Walk until done (true) or until `deadline` (performance.now()) passes, between runs (false). */
  run(deadline: number): boolean {
    const walker = this.walker;
    let n = this.next;
    let steps = 0;
    while (n) {
      if (++steps >= CLOCK_EVERY) {
        steps = 0;
        if (this.nodes.length === 0 && performance.now() >= deadline) {
          this.next = n;
          return false;
        }
      }
      if (n.nodeType === Node.TEXT_NODE) {
        const text = n as Text;
        const parent = text.parentNode;
        if (parent !== this.lastParent) {
          const block = parent ? this.blockOfParent(parent, text) : text;
          if (block !== this.block) {
            this.flush();
            this.block = block;
          }
          this.lastParent = parent;
        }
        if (this.chars > MAX_RUN_CHARS) this.flush();
        if (!this.fresh) this.sink.revisit(text);
        const data = text.data;
        this.nodes.push(text);
        this.texts.push(data);
        this.lengths.push(data.length);
        this.chars += data.length;
        n = walker.nextNode();
      } else {
        const el = n as Element;
        const tag = el.localName;
        if (isSkippedTag(tag) || this.skippedElements.has(el)) {
          this.flush();
          n = this.skipSubtree(el);
          continue;
        }
        if (!isInlineTag(tag)) this.flush();
        this.noteShadowRoot(el);
        n = walker.nextNode();
      }
    }
    this.flush();
    this.next = null;
    return true;
  }

  private blockOfParent(parent: Node, text: Text): Node {
    let block = this.blocks.get(parent);
    if (block === undefined) {
      block = blockOf(text);
      this.blocks.set(parent, block);
    }
    return block;
  }

  private noteShadowRoot(el: Element): void {
    const shadow = el.shadowRoot;
    if (shadow) this.sink.shadowRoot(shadow);
  }

  private skipSubtree(el: Element): Node | null {
    this.walker.currentNode = el;
    for (;;) {
      const sibling = this.walker.nextSibling();
      if (sibling) return sibling;
      if (!this.walker.parentNode()) return null;
    }
  }

  private flush(): void {
    const { nodes, lengths, texts } = this;
    if (nodes.length === 0) return;
    const text = texts.length === 1 ? (texts[0] ?? '') : texts.join('');
    this.stats.textNodes += nodes.length;
    this.stats.chars += text.length;
    const spans = this.matcher.find(text);
    if (spans.length > 0) this.sink.matched(nodes, lengths, spans);
    nodes.length = 0;
    texts.length = 0;
    lengths.length = 0;
    this.chars = 0;
    this.block = null;
    this.lastParent = null;
  }
}

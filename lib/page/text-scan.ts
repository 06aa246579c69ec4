// One resumable walk over a subtree's text: skipped subtrees are stepped over whole, text nodes are gathered into
// runs (one line of flow each) and every run is matched as one string. Everything runs in one loop with the
// filter inline, and each node is asked as little as possible: from an extension's isolated world every DOM
// property read crosses a binding, and on a first (cold) scan that cost dominates.
//
// The walk can stop at any point once its deadline has passed: between nodes (the clock is read every few
// nodes), in the middle of gathering a run, between windows of a long run's text, and between the mentions it
// registers. No unit of work between two looks at the clock grows with the page.
import type { Matcher } from '../matching/matcher.ts';
import { CUE_REACH, type SharedNames } from '../matching/resolve.ts';
import {
  blockOfParent,
  nodeAfterSubtree,
  skippedByAttribute,
  TAG_CLASSES,
  TAG_INLINE,
  TAG_SHADOW_HOST,
  TAG_SKIPPED,
  tagClass,
} from './dom-rules.ts';
import { RunMatch } from './run-match.ts';
import { RunLocator } from './run-offsets.ts';

/** Look at the clock every this many nodes or registered mentions: performance.now() itself costs a binding call. */
const CLOCK_EVERY = 32;

/** A run of whitespace only, and the length below which a one-node run is tested for it. */
const BLANK = /^\s*$/;
const BLANK_MAX = 64;

export interface ScanSink {
  /** A text node about to be matched again: its old matches are stale. Not called on a first scan. */
  revisit(node: Text): void;
  /**
   * One mention, from `startOffset` in `nodes[first]` to `endOffset` in `nodes[last]`. `nodes` is the run
   * (valid during the call only: it is reused).
   */
  matched(
    nodes: readonly Text[],
    first: number,
    startOffset: number,
    last: number,
    endOffset: number,
    entity: number,
    /** The shared form the page wrote (the entity chosen from context), or -1. */
    shared: number,
  ): void;
  shadowRoot(root: ShadowRoot): void;
}

export interface ScanStats {
  textNodes: number;
  chars: number;
  /** Subtrees the screen found no name in, read without a walk (page-screen.ts). */
  screenedOut: number;
}

export class TextScan {
  readonly root: Node;
  private readonly walker: TreeWalker;
  private readonly sink: ScanSink;
  private readonly stats: ScanStats;
  /** First scan of this subtree: nothing in it can have matches yet. */
  private readonly fresh: boolean;
  /** The next node to look at; null when the walk is over. */
  private next: Node | null;
  // The current run: its first `count` entries, the arrays reused from run to run and never shortened. Emptying an
  // array (length = 0) drops its backing store, so the next run's pushes would allocate anew; and any allocation
  // during a first scan is costly, as the young generation then holds every node wrapper the walk just made, which
  // each scavenge copies.
  private readonly nodes: Text[] = [];
  private readonly texts: string[] = [];
  private readonly lengths: number[] = [];
  private count = 0;
  private chars = 0;
  private block: Node | null = null;
  private lastParent: Node | null = null;
  /** The inline element most recently entered within the current block: text in it continues the run. */
  private lastInline: Node | null = null;
  /**
   * Hidden and editable elements, as the walk started. One that becomes so later shows up as an attribute
   * mutation and is handled by the next batch.
   */
  private readonly skippedElements: Set<Element>;
  /** The run is complete and being matched (a window at a time); false while gathering. */
  private matching = false;
  private readonly match: RunMatch;
  /** Mentions found in the run but not yet registered: start, end, entity triples in run offsets. */
  private readonly found: number[] = [];
  private foundAt = 0;
  private readonly locator = new RunLocator();
  private readonly names: SharedNames;

  constructor(root: Node, matcher: Matcher, names: SharedNames, sink: ScanSink, stats: ScanStats, fresh: boolean) {
    this.root = root;
    this.names = names;
    this.sink = sink;
    this.stats = stats;
    this.fresh = fresh;
    this.match = new RunMatch(matcher);
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

  /**
   * True when the page moved the node we were about to visit out of the tree: start this subtree over. A run in
   * hand whose text the page changes meanwhile needs nothing here: the mutation batch rescans that block after
   * this scan (dropping what was registered from the old text), and sweeps out matches on removed text.
   */
  lost(): boolean {
    return this.next !== null && !this.next.isConnected;
  }

  /**
   * Walk until done (true) or until `deadline` (performance.now()) passes (false); resumes where it stopped.
   *
   * The walk's state lives in locals inside the loop and goes back to the fields only where the loop stops or
   * hands a run over: a content script runs once per page, mostly in the engine's baseline tiers, where every
   * field access is a property load of its own and the loop body is most of the walk's cost beyond the DOM's.
   */
  run(deadline: number): boolean {
    // A run whose matching the last deadline interrupted comes first.
    if (this.matching && !this.matchRun(deadline)) return false;
    const walker = this.walker;
    const nodes = this.nodes;
    const texts = this.texts;
    const lengths = this.lengths;
    const fresh = this.fresh;
    // Most pages hide nothing: no lookup then (a Set keyed by an element gives its wrapper an identity hash).
    const skipped = this.skippedElements.size > 0 ? this.skippedElements : null;
    const classes = TAG_CLASSES;
    let block = this.block;
    let lastParent = this.lastParent;
    let lastInline = this.lastInline;
    let chars = this.chars;
    let count = this.count;
    let n = this.next;
    let steps = 0;
    /** The walk stopped for the deadline: at the clock, or while matching a run it handed over. */
    let stopped = false;
    while (n) {
      if (++steps >= CLOCK_EVERY) {
        steps = 0;
        if (performance.now() >= deadline) {
          stopped = true;
          break;
        }
      }
      // Text has no localName: one property miss instead of a nodeType call per node.
      const tag = (n as Element).localName;
      if (tag === undefined) {
        const text = n as Text;
        const parent = text.parentNode;
        // The common cases need no look up the tree: text back in the run's block, or in the inline element just
        // entered. Anything else (out of nested inline elements, up from a block that ended) asks for its block.
        if (parent !== lastParent && parent !== block && parent !== lastInline) {
          const up = parent ? blockOfParent(parent) : text;
          if (up !== block) {
            block = up;
            lastInline = null;
            if (count > 0) {
              // This text starts the next run: the one in hand is matched first (and this node visited again).
              chars = this.handOver(chars, count, deadline);
              count = 0;
              if (chars < 0) {
                stopped = true;
                break;
              }
            }
          }
        }
        lastParent = parent;
        if (!fresh) this.sink.revisit(text);
        const data = text.data;
        nodes[count] = text;
        texts[count] = data;
        lengths[count] = data.length;
        count++;
        chars += data.length;
        n = walker.nextNode();
        continue;
      }
      const el = n as Element;
      const cls = classes.get(tag) ?? tagClass(tag);
      const skip = (cls & TAG_SKIPPED) !== 0 || skipped?.has(el) === true;
      if (!skip && (cls & TAG_INLINE) !== 0) {
        if (cls & TAG_SHADOW_HOST) this.noteShadowRoot(el);
        // Only an inline element inside the current line continues it: one entered after leaving a block
        // (`<p>a</p><span>b</span>`) leaves its text to find its own block.
        const up = el.parentNode;
        lastInline = up === block || (up !== null && up === lastInline) ? el : null;
        n = walker.nextNode();
        continue;
      }
      // A skipped subtree is stepped over whole; any other element starts a line of its own. Either ends the line.
      if (skip) {
        n = nodeAfterSubtree(this.walker, el);
      } else {
        if (cls & TAG_SHADOW_HOST) this.noteShadowRoot(el);
        n = walker.nextNode();
        // An inline element entered before it is not part of its line.
        block = el;
        lastParent = el;
        lastInline = null;
      }
      if (count > 0) {
        chars = this.handOver(chars, count, deadline);
        count = 0;
        if (chars < 0) {
          stopped = true;
          break;
        }
      }
    }
    this.block = block;
    this.lastParent = lastParent;
    this.lastInline = lastInline;
    this.next = n;
    if (stopped) {
      // A run handed over keeps its own counts in the fields until it is matched.
      if (chars >= 0) {
        this.chars = chars;
        this.count = count;
      }
      return false;
    }
    this.chars = chars;
    this.count = count;
    this.next = null;
    if (count === 0) return true;
    this.endRun();
    return this.matchRun(deadline);
  }

  /** The run in hand is complete: match it. 0 (the next run's count) when done, -1 if the deadline came first. */
  private handOver(chars: number, count: number, deadline: number): number {
    // Whitespace between blocks (the page's indentation) is a run of its own, of one short node: nothing in it can
    // be matched, so it skips the matching's bookkeeping.
    if (chars < BLANK_MAX && count === 1 && BLANK.test(this.texts[0] ?? '')) {
      this.stats.textNodes++;
      this.stats.chars += chars;
      return 0;
    }
    this.chars = chars;
    this.count = count;
    this.endRun();
    return this.matchRun(deadline) ? 0 : -1;
  }

  private noteShadowRoot(el: Element): void {
    const shadow = el.shadowRoot;
    if (shadow) this.sink.shadowRoot(shadow);
  }

  /** The run in hand is complete: matchRun() matches and registers it. */
  private endRun(): void {
    this.matching = true;
    this.match.reset(this.texts, this.chars, this.count);
    if (this.found.length > 0) this.found.length = 0;
    this.foundAt = 0;
    this.locator.reset();
  }

  /** Match and register the run, a window and a few mentions at a time; true once it is done. */
  private matchRun(deadline: number): boolean {
    const { found, match } = this;
    let registered = 0;
    for (;;) {
      while (this.foundAt < found.length) {
        const at = this.foundAt;
        this.register(found[at] ?? 0, found[at + 1] ?? 0, found[at + 2] ?? -1);
        this.foundAt = at + 3;
        if (++registered >= CLOCK_EVERY) {
          registered = 0;
          if (performance.now() >= deadline) return false;
        }
      }
      if (match.done) break;
      // A run of one window is matched straight away (the walk looked at the clock a few nodes ago).
      if (match.long && performance.now() >= deadline) return false;
      if (found.length > 0) found.length = 0;
      this.foundAt = 0;
      match.next(found);
    }
    this.stats.textNodes += this.count;
    this.stats.chars += this.chars;
    this.count = 0;
    this.chars = 0;
    this.matching = false;
    return true;
  }

  private register(start: number, end: number, code: number): void {
    const locator = this.locator;
    locator.locate(this.lengths, start, end, this.count);
    let entity = code;
    let shared = -1;
    if (code < 0) {
      shared = -1 - code;
      entity = this.names.pick(shared, this.textBefore(locator.startNode, locator.startOffset));
      if (entity < 0) return;
    } else {
      this.names.saw(code);
    }
    this.sink.matched(
      this.nodes,
      locator.startNode,
      locator.startOffset,
      locator.endNode,
      locator.endOffset,
      entity,
      shared,
    );
  }

  /** Up to CUE_REACH characters of the run before a position: where a shared name's cue would be. */
  private textBefore(node: number, offset: number): string {
    let text = (this.texts[node] ?? '').slice(Math.max(0, offset - CUE_REACH), offset);
    for (let i = node - 1; i >= 0 && text.length < CUE_REACH; i--) {
      const t = this.texts[i] ?? '';
      text = t.slice(Math.max(0, t.length - (CUE_REACH - text.length))) + text;
    }
    return text;
  }
}

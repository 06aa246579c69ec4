// What the highlighter knows about the page: every match, reachable from each text node it touches, so the hover
// hit-test is a map lookup. Generic in the node type so the bookkeeping is unit-tested without a browser.
import type { EntityKind } from '../corpus/types.ts';
import type { HighlightHit, HighlightIndex, PageEntity } from './types.ts';

export interface PageMatch<N> {
  entity: number;
  /** The shared form the page wrote, or -1: the entity was chosen among several. */
  shared: number;
  range: AbstractRange;
  /** Every node the match covers, first to last; usually one. */
  nodes: N[];
  startOffset: number;
  endOffset: number;
}

export interface IndexEvents<N> {
  added(match: PageMatch<N>, kind: EntityKind): void;
  removed(match: PageMatch<N>, kind: EntityKind): void;
  /** Every match went at once (clear()): one call instead of one removed() per match. */
  cleared(): void;
}

export class PageIndex<N extends object> implements HighlightIndex {
  private readonly byNode = new Map<N, PageMatch<N>[]>();
  private readonly counts = new Map<number, number>();
  private kinds: ReadonlySet<EntityKind>;
  private readonly kindOf: (entity: number) => EntityKind;
  private readonly events: IndexEvents<N>;
  /** Document order of two nodes: negative when `a` comes first. */
  private readonly compare: (a: N, b: N) => number;
  /** The reader's choices for shared names: shared form → entity. */
  private readonly chosen = new Map<number, number>();

  constructor(
    kindOf: (entity: number) => EntityKind,
    kinds: Iterable<EntityKind>,
    events: IndexEvents<N>,
    compare: (a: N, b: N) => number,
  ) {
    this.kindOf = kindOf;
    this.kinds = new Set(kinds);
    this.events = events;
    this.compare = compare;
  }

  add(match: PageMatch<N>): void {
    if (match.shared >= 0) match.entity = this.chosen.get(match.shared) ?? match.entity;
    for (const node of match.nodes) {
      const list = this.byNode.get(node);
      if (list) list.push(match);
      else this.byNode.set(node, [match]);
    }
    this.count(match.entity, 1);
    this.events.added(match, this.kindOf(match.entity));
  }

  has(node: N): boolean {
    return this.byNode.size > 0 && this.byNode.has(node);
  }

  /** Forget every match that touches `node`, on all the nodes those matches cover. */
  drop(node: N): void {
    const list = this.byNode.get(node);
    if (!list) return;
    for (const match of list) {
      for (const other of match.nodes) {
        if (other === node) continue;
        const rest = this.byNode.get(other)?.filter((m) => m !== match);
        if (rest?.length) this.byNode.set(other, rest);
        else this.byNode.delete(other);
      }
      this.count(match.entity, -1);
      this.events.removed(match, this.kindOf(match.entity));
    }
    this.byNode.delete(node);
  }

  /** Drop the matches of every node for which `gone` is true (removed from the page, or now skipped). */
  dropWhere(gone: (node: N) => boolean): void {
    for (const node of this.nodes()) if (this.byNode.has(node) && gone(node)) this.drop(node);
  }

  /** The nodes that hold matches right now: a snapshot, to go through in slices. */
  nodes(): N[] {
    return [...this.byNode.keys()];
  }

  /** Forget every match at once. */
  clear(): void {
    if (this.byNode.size === 0) return;
    this.byNode.clear();
    this.counts.clear();
    this.events.cleared();
  }

  setKinds(kinds: Iterable<EntityKind>): void {
    this.kinds = new Set(kinds);
  }

  /** How many matches the index holds (all kinds): for tests and timings. */
  get size(): number {
    let n = 0;
    for (const c of this.counts.values()) n += c;
    return n;
  }

  choose(shared: number, entity: number): void {
    this.chosen.set(shared, entity);
    for (const [node, list] of this.byNode) {
      for (const match of list) {
        // Each match once: at its first node.
        if (match.shared !== shared || match.entity === entity || match.nodes[0] !== node) continue;
        this.count(match.entity, -1);
        this.events.removed(match, this.kindOf(match.entity));
        match.entity = entity;
        this.count(entity, 1);
        this.events.added(match, this.kindOf(entity));
      }
    }
  }

  hitAt(node: Node, offset: number): HighlightHit | null {
    const list = this.byNode.get(node as unknown as N);
    if (!list) return null;
    // A caret position at a match's end still points at it (the pointer is over its last character's right half),
    // but a match that covers the offset strictly comes first.
    let edge: PageMatch<N> | null = null;
    for (const match of list) {
      if (!this.kinds.has(this.kindOf(match.entity))) continue;
      const start = match.nodes[0] === (node as unknown) ? match.startOffset : 0;
      const end =
        match.nodes[match.nodes.length - 1] === (node as unknown) ? match.endOffset : Number.POSITIVE_INFINITY;
      if (offset >= start && offset < end) return this.hit(match);
      if (offset === end) edge ??= match;
    }
    return edge ? this.hit(edge) : null;
  }

  firstMention(entity: number): HighlightHit | null {
    if (!this.kinds.has(this.kindOf(entity))) return null;
    let first: PageMatch<N> | null = null;
    for (const [node, list] of this.byNode) {
      for (const match of list) {
        if (match.entity !== entity || match.nodes[0] !== node) continue;
        if (!first || this.before(match, first)) first = match;
      }
    }
    return first ? this.hit(first) : null;
  }

  pageEntities(): PageEntity[] {
    const out: PageEntity[] = [];
    for (const [entity, count] of this.counts) {
      const kind = this.kindOf(entity);
      if (count > 0 && this.kinds.has(kind)) out.push({ entity, kind, count });
    }
    return out.sort((a, b) => b.count - a.count || a.entity - b.entity);
  }

  /** How many different names are on the page (of the kinds shown): pageEntities().length, without the list. */
  nameCount(): number {
    let count = 0;
    for (const [entity, c] of this.counts) if (c > 0 && this.kinds.has(this.kindOf(entity))) count++;
    return count;
  }

  private count(entity: number, by: number): void {
    this.counts.set(entity, (this.counts.get(entity) ?? 0) + by);
  }

  private before(a: PageMatch<N>, b: PageMatch<N>): boolean {
    const [na, nb] = [a.nodes[0], b.nodes[0]];
    if (!na || !nb) return false;
    if (na === nb) return a.startOffset < b.startOffset;
    return this.compare(na, nb) < 0;
  }

  private hit(match: PageMatch<N>): HighlightHit {
    return { entity: match.entity, shared: match.shared, kind: this.kindOf(match.entity), range: match.range };
  }
}

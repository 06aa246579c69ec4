// What the highlighter knows about the page: every match, reachable from each text node it touches, so the hover
// hit-test is a map lookup. Generic in the node type so the bookkeeping is unit-tested without a browser.
import type { EntityKind } from '../corpus/types.ts';
import type { PageName } from '../messaging.ts';
import type { HighlightHit, HighlightIndex } from './types.ts';

export interface PageMatch<N> {
  entity: number;
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
  private readonly counts: number[];
  private readonly entityIndex: Map<string, number>;
  private kinds: ReadonlySet<EntityKind>;
  private readonly entities: readonly (readonly [string, string, EntityKind])[];
  private readonly events: IndexEvents<N>;
  /** Document order of two nodes: negative when `a` comes first. */
  private readonly compare: (a: N, b: N) => number;

  constructor(
    entities: readonly (readonly [string, string, EntityKind])[],
    kinds: Iterable<EntityKind>,
    events: IndexEvents<N>,
    compare: (a: N, b: N) => number,
  ) {
    this.entities = entities;
    this.counts = entities.map(() => 0);
    this.entityIndex = new Map(entities.map(([id], i) => [id, i]));
    this.kinds = new Set(kinds);
    this.events = events;
    this.compare = compare;
  }

  kindOf(entity: number): EntityKind {
    return this.entities[entity]?.[2] ?? 'term';
  }

  add(match: PageMatch<N>): void {
    for (const node of match.nodes) {
      const list = this.byNode.get(node);
      if (list) list.push(match);
      else this.byNode.set(node, [match]);
    }
    this.counts[match.entity] = (this.counts[match.entity] ?? 0) + 1;
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
      this.counts[match.entity] = (this.counts[match.entity] ?? 1) - 1;
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
    this.counts.fill(0);
    this.events.cleared();
  }

  setKinds(kinds: Iterable<EntityKind>): void {
    this.kinds = new Set(kinds);
  }

  /** How many matches the index holds (all kinds): for tests and timings. */
  get size(): number {
    return this.counts.reduce((a, b) => a + b, 0);
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

  firstMention(entityId: string): HighlightHit | null {
    const entity = this.entityIndex.get(entityId);
    if (entity === undefined || !this.kinds.has(this.kindOf(entity))) return null;
    let first: PageMatch<N> | null = null;
    for (const [node, list] of this.byNode) {
      for (const match of list) {
        if (match.entity !== entity || match.nodes[0] !== node) continue;
        if (!first || this.before(match, first)) first = match;
      }
    }
    return first ? this.hit(first) : null;
  }

  pageNames(): PageName[] {
    const names: PageName[] = [];
    this.counts.forEach((count, i) => {
      const e = this.entities[i];
      if (count > 0 && e && this.kinds.has(e[2])) names.push({ entityId: e[0], name: e[1], kind: e[2], count });
    });
    // Not localeCompare: the first call creates an ICU collator, over 10 ms in a page's renderer.
    return names.sort((a, b) => b.count - a.count || byName(a.name, b.name));
  }

  /** How many different names are on the page (of the kinds shown): pageNames().length, without the list. */
  nameCount(): number {
    let count = 0;
    this.counts.forEach((c, i) => {
      const e = this.entities[i];
      if (c > 0 && e && this.kinds.has(e[2])) count++;
    });
    return count;
  }

  private before(a: PageMatch<N>, b: PageMatch<N>): boolean {
    const [na, nb] = [a.nodes[0], b.nodes[0]];
    if (!na || !nb) return false;
    if (na === nb) return a.startOffset < b.startOffset;
    return this.compare(na, nb) < 0;
  }

  private hit(match: PageMatch<N>): HighlightHit {
    const e = this.entities[match.entity];
    return { entityId: e?.[0] ?? '', kind: e?.[2] ?? 'term', range: match.range };
  }
}

/** Alphabetical by code unit, ignoring case first: enough to order names of equal count the same way each time. */
function byName(a: string, b: string): number {
  const [la, lb] = [a.toLowerCase(), b.toLowerCase()];
  if (la !== lb) return la < lb ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

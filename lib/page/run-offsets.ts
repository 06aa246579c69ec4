// A run is the text of consecutive text nodes in one line of flow, matched as one string so that a name split by
// markup ("Ada <b>Lovelace</b>") is still found. These map offsets in the run back to nodes.

/** Where a match lies in a run's nodes: [startNode, startOffset, endNode, endOffset], node indices into the run. */
export type NodeSpan = [number, number, number, number];

/**
 * Maps [start, end) offsets in a run's joined text to node positions, for matches given in order (sorted, not
 * overlapping): each search starts where the previous one stopped, so a run of many nodes is walked once. A match
 * starts in the node holding its first character and ends in the node holding its last one, so an empty node
 * between two others is never an endpoint. The answer is in the fields, not a new object per match.
 */
export class RunLocator {
  startNode = 0;
  startOffset = 0;
  endNode = 0;
  endOffset = 0;
  private node = 0;
  private nodeStart = 0;

  /** Back to the first node, for the next run. */
  reset(): void {
    this.node = 0;
    this.nodeStart = 0;
  }

  /** `lengths[i]` is the length of node i's text, for the run's first `count` nodes. */
  locate(lengths: readonly number[], start: number, end: number, count = lengths.length): void {
    const last = count - 1;
    let node = this.node;
    let nodeStart = this.nodeStart;
    while (node < last && nodeStart + (lengths[node] ?? 0) <= start) {
      nodeStart += lengths[node] ?? 0;
      node++;
    }
    this.node = node;
    this.nodeStart = nodeStart;
    this.startNode = node;
    this.startOffset = start - nodeStart;
    let endNode = node;
    let endNodeStart = nodeStart;
    while (endNode < last && endNodeStart + (lengths[endNode] ?? 0) < end) {
      endNodeStart += lengths[endNode] ?? 0;
      endNode++;
    }
    this.endNode = endNode;
    this.endOffset = end - endNodeStart;
  }
}

/** Map sorted, non-overlapping [start, end) offsets in the joined text to node positions (see RunLocator). */
export function locateSpans(lengths: readonly number[], spans: readonly { start: number; end: number }[]): NodeSpan[] {
  const locator = new RunLocator();
  return spans.map(({ start, end }) => {
    locator.locate(lengths, start, end);
    return [locator.startNode, locator.startOffset, locator.endNode, locator.endOffset];
  });
}

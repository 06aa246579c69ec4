// A run is the text of consecutive text nodes in one line of flow, matched as one string so that a name split by
// markup ("Ada <b>Lovelace</b>") is still found. These map offsets in the run back to nodes.

/** Where a match lies in a run's nodes: [startNode, startOffset, endNode, endOffset], node indices into the run. */
export type NodeSpan = [number, number, number, number];

/**
 * Map sorted, non-overlapping [start, end) offsets in the joined text to node positions. `lengths[i]` is the
 * length of node i's text. A match starts in the node holding its first character and ends in the node holding
 * its last one, so an empty node between two others is never an endpoint.
 */
export function locateSpans(lengths: readonly number[], spans: readonly { start: number; end: number }[]): NodeSpan[] {
  const out: NodeSpan[] = [];
  let node = 0;
  let nodeStart = 0;
  for (const { start, end } of spans) {
    while (node < lengths.length - 1 && nodeStart + (lengths[node] ?? 0) <= start) {
      nodeStart += lengths[node] ?? 0;
      node++;
    }
    const startNode = node;
    const startOffset = start - nodeStart;
    let endNode = node;
    let endNodeStart = nodeStart;
    while (endNode < lengths.length - 1 && endNodeStart + (lengths[endNode] ?? 0) < end) {
      endNodeStart += lengths[endNode] ?? 0;
      endNode++;
    }
    out.push([startNode, startOffset, endNode, end - endNodeStart]);
  }
  return out;
}

import { describe, expect, it } from 'vitest';
import { locateSpans } from '../../../lib/page/run-offsets.ts';

/** Nodes of a run as strings; returns each span as the node texts it starts and ends in, with offsets. */
function locate(nodes: string[], text: string, names: string[]) {
  expect(nodes.join('')).toBe(text);
  const spans = names.map((name) => ({ start: text.indexOf(name), end: text.indexOf(name) + name.length }));
  return locateSpans(
    nodes.map((n) => n.length),
    spans,
  ).map(([a, ao, b, bo]) => [nodes[a]?.slice(ao), nodes[b]?.slice(0, bo)]);
}

describe('locateSpans', () => {
  it('maps a name inside one node to that node', () => {
    expect(locate(['NATO met in Kyiv'], 'NATO met in Kyiv', ['Kyiv'])).toEqual([['Kyiv', 'NATO met in Kyiv']]);
  });

  it('maps a name split by markup to the nodes holding its first and last characters', () => {
    const nodes = ['Chief Jens ', 'Stoltenberg', ' said'];
    expect(locate(nodes, nodes.join(''), ['Jens Stoltenberg'])).toEqual([['Jens ', 'Stoltenberg']]);
  });

  it('never starts or ends a match in an empty node or at the very end of a node', () => {
    const nodes = ['Ask ', '', 'NATO', '', ' now'];
    expect(locateSpans([4, 0, 4, 0, 4], [{ start: 4, end: 8 }])).toEqual([[2, 0, 2, 4]]);
    expect(locate(nodes, nodes.join(''), ['NATO'])).toEqual([['NATO', 'NATO']]);
  });

  it('locates several matches in order across many nodes', () => {
    const nodes = ['NATO and ', 'Ukraine', ' and ', 'Boris ', 'Johnson'];
    expect(locate(nodes, nodes.join(''), ['NATO', 'Ukraine', 'Boris Johnson'])).toEqual([
      ['NATO and ', 'NATO'],
      ['Ukraine', 'Ukraine'],
      ['Boris ', 'Johnson'],
    ]);
  });
});

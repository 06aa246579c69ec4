import { describe, expect, it } from 'vitest';
import type { EntityKind } from '../../../lib/corpus/types.ts';
import { PageIndex, type PageMatch } from '../../../lib/page/page-index.ts';

// Text nodes stand in as plain objects with a document position; ranges only need to be recognisable.
interface FakeNode {
  pos: number;
}
const ENTITIES: [string, string, EntityKind][] = [
  ['person:jens-stoltenberg', 'Jens Stoltenberg', 'person'],
  ['organization:nato', 'NATO', 'organization'],
  ['place:ukraine', 'Ukraine', 'place'],
];
const [JENS, NATO, UKRAINE] = [0, 1, 2];

function setup(kinds: EntityKind[] = ['person', 'organization', 'place', 'term']) {
  const shown = new Map<AbstractRange, EntityKind>();
  const index = new PageIndex<FakeNode>(
    ENTITIES,
    kinds,
    {
      added: (m, kind) => shown.set(m.range, kind),
      removed: (m) => shown.delete(m.range),
      cleared: () => shown.clear(),
    },
    (a, b) => a.pos - b.pos,
  );
  const add = (entity: number, nodes: FakeNode[], startOffset: number, endOffset: number) => {
    const match: PageMatch<FakeNode> = {
      entity,
      range: { label: `${entity}@${nodes[0]?.pos}:${startOffset}` } as unknown as AbstractRange,
      nodes,
      startOffset,
      endOffset,
    };
    index.add(match);
    return match;
  };
  const hit = (node: FakeNode, offset: number) => index.hitAt(node as unknown as Node, offset)?.entityId ?? null;
  return { index, shown, add, hit };
}

describe('PageIndex', () => {
  it('finds the match under a position in a text node, including its last caret position', () => {
    const { add, hit } = setup();
    const t = { pos: 1 };
    add(NATO, [t], 0, 4); // "NATO and Ukraine"
    add(UKRAINE, [t], 9, 16);
    expect([hit(t, 0), hit(t, 3), hit(t, 4), hit(t, 5), hit(t, 9), hit(t, 16)]).toEqual([
      'organization:nato',
      'organization:nato',
      'organization:nato',
      null,
      'place:ukraine',
      'place:ukraine',
    ]);
    expect(hit({ pos: 2 }, 0)).toBeNull();
  });

  it('finds a match that spans nodes from each of them', () => {
    const { add, hit } = setup();
    const [a, b] = [{ pos: 1 }, { pos: 2 }]; // "Chief Jens " + "Stoltenberg"
    add(JENS, [a, b], 6, 11);
    expect([hit(a, 5), hit(a, 6), hit(b, 0), hit(b, 11)]).toEqual([
      null,
      'person:jens-stoltenberg',
      'person:jens-stoltenberg',
      'person:jens-stoltenberg',
    ]);
  });

  it('counts names on the page, most frequent first', () => {
    const { index, add } = setup();
    add(NATO, [{ pos: 1 }], 0, 4);
    add(UKRAINE, [{ pos: 2 }], 0, 7);
    add(NATO, [{ pos: 3 }], 0, 4);
    expect(index.pageNames()).toEqual([
      { entityId: 'organization:nato', name: 'NATO', kind: 'organization', count: 2 },
      { entityId: 'place:ukraine', name: 'Ukraine', kind: 'place', count: 1 },
    ]);
  });

  it('drops every match of a removed node, on all the nodes it covered, and unshows it', () => {
    const { index, shown, add, hit } = setup();
    const [a, b, c] = [{ pos: 1 }, { pos: 2 }, { pos: 3 }];
    add(JENS, [a, b], 6, 11);
    add(NATO, [c], 0, 4);
    index.drop(a);
    expect(hit(b, 0)).toBeNull();
    expect(index.pageNames().map((n) => n.name)).toEqual(['NATO']);
    expect(shown.size).toBe(1);
    index.dropWhere((n) => n === c);
    expect(index.pageNames()).toEqual([]);
    expect(shown.size).toBe(0);
  });

  it('gives the first mention in document order, whatever order matches were found in', () => {
    const { index, add } = setup();
    const late = add(NATO, [{ pos: 9 }], 0, 4);
    const early = add(NATO, [{ pos: 2 }], 5, 9);
    add(NATO, [{ pos: 2 }], 10, 14);
    expect(index.firstMention('organization:nato')?.range).toBe(early.range);
    expect(index.firstMention('organization:nato')?.range).not.toBe(late.range);
    expect(index.firstMention('place:ukraine')).toBeNull();
    expect(index.firstMention('person:nobody')).toBeNull();
  });

  it('answers only for the kinds the reader chose to highlight', () => {
    const { index, add, hit } = setup(['place']);
    const t = { pos: 1 };
    add(NATO, [t], 0, 4);
    add(UKRAINE, [t], 9, 16);
    expect(hit(t, 1)).toBeNull();
    expect(index.firstMention('organization:nato')).toBeNull();
    expect(index.pageNames().map((n) => n.name)).toEqual(['Ukraine']);
    index.setKinds(['place', 'organization']);
    expect(hit(t, 1)).toBe('organization:nato');
    expect(index.pageNames().map((n) => n.name)).toEqual(['NATO', 'Ukraine']);
  });
});

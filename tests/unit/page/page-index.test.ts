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
    (entity) => ENTITIES[entity]?.[2] ?? 'term',
    kinds,
    {
      added: (m, kind) => shown.set(m.range, kind),
      removed: (m) => shown.delete(m.range),
      cleared: () => shown.clear(),
    },
    (a, b) => a.pos - b.pos,
  );
  const add = (entity: number, nodes: FakeNode[], startOffset: number, endOffset: number, shared = -1) => {
    const match: PageMatch<FakeNode> = {
      entity,
      shared,
      range: { label: `${entity}@${nodes[0]?.pos}:${startOffset}` } as unknown as AbstractRange,
      nodes,
      startOffset,
      endOffset,
    };
    index.add(match);
    return match;
  };
  const idOf = (entity: number | undefined) => (entity === undefined ? null : (ENTITIES[entity]?.[0] ?? null));
  const hit = (node: FakeNode, offset: number) => idOf(index.hitAt(node as unknown as Node, offset)?.entity);
  /** The page's names as the popup lists them. */
  const names = () =>
    index.pageEntities().map((e) => ({ name: ENTITIES[e.entity]?.[1], kind: e.kind, count: e.count }));
  return { index, shown, add, hit, names };
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
    const { add, names } = setup();
    add(NATO, [{ pos: 1 }], 0, 4);
    add(UKRAINE, [{ pos: 2 }], 0, 7);
    add(NATO, [{ pos: 3 }], 0, 4);
    expect(names()).toEqual([
      { name: 'NATO', kind: 'organization', count: 2 },
      { name: 'Ukraine', kind: 'place', count: 1 },
    ]);
  });

  it('drops every match of a removed node, on all the nodes it covered, and unshows it', () => {
    const { index, shown, add, hit, names } = setup();
    const [a, b, c] = [{ pos: 1 }, { pos: 2 }, { pos: 3 }];
    add(JENS, [a, b], 6, 11);
    add(NATO, [c], 0, 4);
    index.drop(a);
    expect(hit(b, 0)).toBeNull();
    expect(names().map((n) => n.name)).toEqual(['NATO']);
    expect(shown.size).toBe(1);
    index.dropWhere((n) => n === c);
    expect(names()).toEqual([]);
    expect(shown.size).toBe(0);
  });

  it('gives the first mention in document order, whatever order matches were found in', () => {
    const { index, add } = setup();
    const late = add(NATO, [{ pos: 9 }], 0, 4);
    const early = add(NATO, [{ pos: 2 }], 5, 9);
    add(NATO, [{ pos: 2 }], 10, 14);
    expect(index.firstMention(NATO)?.range).toBe(early.range);
    expect(index.firstMention(NATO)?.range).not.toBe(late.range);
    expect(index.firstMention(UKRAINE)).toBeNull();
    expect(index.firstMention(99)).toBeNull();
  });

  it('answers only for the kinds the reader chose to highlight', () => {
    const { index, add, hit, names } = setup(['place']);
    const t = { pos: 1 };
    add(NATO, [t], 0, 4);
    add(UKRAINE, [t], 9, 16);
    expect(hit(t, 1)).toBeNull();
    expect(index.firstMention(NATO)).toBeNull();
    expect(names().map((n) => n.name)).toEqual(['Ukraine']);
    index.setKinds(['place', 'organization']);
    expect(hit(t, 1)).toBe('organization:nato');
    expect(names().map((n) => n.name)).toEqual(['NATO', 'Ukraine']);
  });

  it("applies the reader's choice for a shared name to all its mentions, now and later", () => {
    const { index, shown, add, hit, names } = setup();
    const [a, b, c] = [{ pos: 1 }, { pos: 2 }, { pos: 3 }];
    // A shared form (number 0) that the page resolved to NATO twice, and NATO named unambiguously once.
    add(NATO, [a], 0, 4, 0);
    add(NATO, [b], 0, 4, 0);
    add(NATO, [c], 0, 4);
    index.choose(0, UKRAINE);
    expect([hit(a, 1), hit(b, 1), hit(c, 1)]).toEqual(['place:ukraine', 'place:ukraine', 'organization:nato']);
    expect(names()).toEqual([
      { name: 'Ukraine', kind: 'place', count: 2 },
      { name: 'NATO', kind: 'organization', count: 1 },
    ]);
    expect([...shown.values()].sort()).toEqual(['organization', 'place', 'place']);
    const d = { pos: 4 };
    add(NATO, [d], 0, 4, 0);
    expect(hit(d, 0)).toBe('place:ukraine');
  });
});

import { describe, expect, it } from 'vitest';
import { hitAtCaret, nearestHit, sameHit } from '../../../lib/page/hover-hit.ts';
import type { HighlightHit, HighlightIndex } from '../../../lib/page/types.ts';

// A text node stand-in and a highlight map like the highlighter's: node → [start, end, entity].
const text = 'NATO chief Jens Stoltenberg met Biden.';
const node = { nodeType: 3 } as unknown as Node;
const other = { nodeType: 3 } as unknown as Node;
const [NATO, STOLTENBERG, BIDEN] = [0, 1, 2];
const matches: [number, number, number][] = [
  [0, 4, NATO],
  [11, 27, STOLTENBERG],
  [32, 37, BIDEN],
];
const hits = new Map<string, HighlightHit>();
const hitAt: HighlightIndex['hitAt'] = (n, offset) => {
  if (n !== node) return null;
  const m = matches.find(([s, e]) => offset >= s && offset < e);
  if (!m) return null;
  const key = `${m[0]}`;
  let hit = hits.get(key);
  if (!hit) {
    const range = { startContainer: node, startOffset: m[0], endContainer: node, endOffset: m[1] } as AbstractRange;
    hit = { entity: m[2], shared: -1, kind: 'person', range };
    hits.set(key, hit);
  }
  return hit;
};

describe('hit-test against the highlight map', () => {
  it('finds the name under the caret', () => {
    expect(hitAtCaret(hitAt, node, text.indexOf('Stoltenberg'))?.entity).toBe(STOLTENBERG);
  });

  it('counts the last letter of a name, where the caret snaps past it', () => {
    expect(hitAtCaret(hitAt, node, 27)?.entity).toBe(STOLTENBERG);
    expect(hitAtCaret(hitAt, node, 4)?.entity).toBe(NATO);
  });

  it('finds nothing between names or in text the highlighter does not know', () => {
    expect(hitAtCaret(hitAt, node, 7)).toBeNull();
    expect(hitAtCaret(hitAt, other, 3)).toBeNull();
    expect(hitAtCaret(hitAt, node, 0)?.entity).toBe(NATO);
  });

  it('finds the highlighted name nearest a caret, either side', () => {
    expect(nearestHit(hitAt, node, 29, text.length)?.entity).toBe(STOLTENBERG);
    expect(nearestHit(hitAt, node, 30, text.length)?.entity).toBe(BIDEN);
    expect(nearestHit(hitAt, node, 5, text.length, 3)?.entity).toBe(NATO);
    expect(nearestHit(hitAt, node, 7, text.length, 2)).toBeNull();
    expect(nearestHit(hitAt, other, 0, 10)).toBeNull();
  });

  it('tells two occurrences of a name apart, and the same one found twice alike', () => {
    const a = hitAtCaret(hitAt, node, 12);
    const b = hitAtCaret(hitAt, node, 20);
    const nato = hitAtCaret(hitAt, node, 1);
    if (!a || !b || !nato) throw new Error('fixture');
    expect(sameHit(a, b)).toBe(true);
    expect(sameHit(a, nato)).toBe(false);
    expect(sameHit(a, { ...a, range: { ...a.range, startOffset: 0 } as AbstractRange })).toBe(false);
  });
});

// Map lookups from a caret position to a highlighted name: no DOM reads beyond node identity.
import type { HighlightHit, HighlightIndex } from './types.ts';

type HitAt = HighlightIndex['hitAt'];

/**
 * The name at a caret position. A caret falls between characters, nearest the point: over the right half
 * of a name's last letter it sits just past the name, so the character before the caret counts too.
 * (The caller still checks the point lies on the name's box, since a caret also snaps to a line's end.)
 */
export function hitAtCaret(hitAt: HitAt, node: Node, offset: number): HighlightHit | null {
  return hitAt(node, offset) ?? (offset > 0 ? hitAt(node, offset - 1) : null);
}

/** The highlighted name nearest a caret within the same text node, up to `reach` characters either side. */
export function nearestHit(hitAt: HitAt, node: Node, offset: number, length: number, reach = 40): HighlightHit | null {
  for (let d = 0; d <= reach; d++) {
    const after = offset + d;
    const before = offset - 1 - d;
    if (after >= length && before < 0) break;
    const h = (after < length ? hitAt(node, after) : null) ?? (before >= 0 ? hitAt(node, before) : null);
    if (h) return h;
  }
  return null;
}

/** What hover tracks: a name's occurrence, whether the pointer found it or the keyboard command did. */
export type Anchored = Pick<HighlightHit, 'entity' | 'shared' | 'range'>;

/** The same occurrence of a name: same entity over the same characters (a re-scan may rebuild the range). */
export function sameHit(a: Anchored, b: Anchored): boolean {
  return (
    a.entity === b.entity &&
    a.range.startContainer === b.range.startContainer &&
    a.range.startOffset === b.range.startOffset &&
    a.range.endContainer === b.range.endContainer &&
    a.range.endOffset === b.range.endOffset
  );
}

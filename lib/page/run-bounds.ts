// Where the walk (text-scan.ts) ends one run and starts the next, asked of two neighbouring text nodes alone, as
// the screen (page-screen.ts) needs it at the few places a run's end could change what a name reads as. The walk
// learns it by visiting every node in order; here it is worked out from the two nodes and the elements between
// them, by the walk's own rules: a run goes on across inline elements in one block, and ends at any other element
// the walk enters, at a skipped subtree, and where the text's block changes.
import { blockOfParent, TAG_CLASSES, TAG_INLINE, TAG_SKIPPED, tagClass } from './dom-rules.ts';

/**
 * Would the walk of `root` read `next` in the same run as `prev`, the text node just before it in document order?
 * `skipped` holds the hidden and editable elements, as skippedByAttribute() found them.
 */
export function sameRun(prev: Text, next: Text, root: Node, skipped: ReadonlySet<Element> | null): boolean {
  if (inSkipped(prev, root, skipped) || inSkipped(next, root, skipped)) return false;
  // The elements the walk enters after `prev` and up to `next`: ancestors of `next` that do not hold `prev`, and
  // whatever stands whole between the two (an image, a line break, an empty span).
  let x: Node = next;
  for (;;) {
    for (let s = x.previousSibling; s; s = s.previousSibling) {
      if (s === prev || (s.nodeType === Node.ELEMENT_NODE && s.contains(prev))) {
        return (
          onlyInlineAfter(prev, s, skipped) &&
          blockOfParent(prev.parentNode ?? prev) === blockOfParent(next.parentNode ?? next)
        );
      }
      if (s.nodeType === Node.ELEMENT_NODE && !inlineSubtree(s as Element, skipped)) return false;
    }
    const up = x.parentNode;
    if (!up || up === root || up.nodeType !== Node.ELEMENT_NODE || !continuesLine(up as Element, skipped)) {
      return false;
    }
    x = up;
  }
}

/** Do only elements that continue the line follow `prev` inside `top` (`<b>a<br></b>`)? */
function onlyInlineAfter(prev: Node, top: Node, skipped: ReadonlySet<Element> | null): boolean {
  for (let y: Node | null = prev; y && y !== top; y = y.parentNode) {
    for (let z = y.nextSibling; z; z = z.nextSibling) {
      if (z.nodeType === Node.ELEMENT_NODE && !inlineSubtree(z as Element, skipped)) return false;
    }
  }
  return true;
}

/** An element the walk enters without ending the line: inline, and not skipped. */
function continuesLine(el: Element, skipped: ReadonlySet<Element> | null): boolean {
  const tag = el.localName;
  const cls = TAG_CLASSES.get(tag) ?? tagClass(tag);
  return (cls & TAG_SKIPPED) === 0 && (cls & TAG_INLINE) !== 0 && skipped?.has(el) !== true;
}

/** An element with no text in it, all of whose elements continue the line. */
function inlineSubtree(el: Element, skipped: ReadonlySet<Element> | null): boolean {
  if (!continuesLine(el, skipped)) return false;
  for (const inner of el.getElementsByTagName('*')) if (!continuesLine(inner, skipped)) return false;
  return true;
}

/** Is `node` inside a subtree the walk steps over (a script, a hidden or editable element)? */
function inSkipped(node: Node, root: Node, skipped: ReadonlySet<Element> | null): boolean {
  for (let n = node.parentNode; n && n !== root; n = n.parentNode) {
    if (n.nodeType !== Node.ELEMENT_NODE) continue;
    const tag = (n as Element).localName;
    const cls = TAG_CLASSES.get(tag) ?? tagClass(tag);
    if ((cls & TAG_SKIPPED) !== 0 || skipped?.has(n as Element) === true) return true;
  }
  return false;
}

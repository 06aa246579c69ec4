// What the highlighter reads on a page and what it leaves alone, decided from tags and attributes only:
// computed style would force a style recalculation per element.

/** Subtrees a reader is not reading, is typing into, or that belong to Backgrounder itself. */
const SKIPPED_TAGS: ReadonlySet<string> = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'textarea',
  'input',
  'select',
  'option',
  'code',
  'pre',
  'kbd',
  'samp',
  'svg',
  'math',
  'canvas',
  'iframe',
  'object',
  'video',
  'audio',
  'head',
  'backgrounder-popover',
]);

/** Elements that flow inside a line of text: a name may run across them ("Ada <b>Lovelace</b>"). */
const INLINE_TAGS: ReadonlySet<string> = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'cite',
  'data',
  'del',
  'dfn',
  'em',
  'font',
  'i',
  'ins',
  'label',
  'mark',
  'q',
  's',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
]);

function isHiddenOrEditable(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  const editable = el.getAttribute('contenteditable');
  return editable !== null && editable !== 'false';
}

export function isSkipped(el: Element): boolean {
  return SKIPPED_TAGS.has(el.localName) || isHiddenOrEditable(el);
}

/**
 * Elements under `root` skipped for their attributes (hidden, contenteditable), found with one query instead of
 * two attribute reads per element during the walk.
 */
export function skippedByAttribute(root: Node): Set<Element> {
  const out = new Set<Element>();
  if (!('querySelectorAll' in root)) return out;
  for (const el of (root as ParentNode).querySelectorAll('[hidden],[contenteditable]')) {
    if (isHiddenOrEditable(el)) out.add(el);
  }
  return out;
}

/**
 * Elements that may have a shadow root attached (the DOM standard's list, and custom elements): the only ones
 * whose shadowRoot the walk reads, a binding call saved on every link, list item and table cell.
 */
const SHADOW_HOSTS: ReadonlySet<string> = new Set([
  'article',
  'aside',
  'blockquote',
  'body',
  'div',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'main',
  'nav',
  'p',
  'section',
  'span',
]);

export function canHostShadow(localName: string): boolean {
  return SHADOW_HOSTS.has(localName) || localName.includes('-');
}

/** tagClass() bits. */
export const TAG_INLINE = 1;
export const TAG_SKIPPED = 2;
export const TAG_SHADOW_HOST = 4;

/**
 * Each tag's class as tagClass() computed it, for the walk to read with one lookup per element instead of three
 * set lookups and as many calls (the walk runs mostly in the engine's baseline tiers). Grows with the distinct
 * tags of the pages seen, not with their elements.
 */
export const TAG_CLASSES: Map<string, number> = new Map();

/** An element's class from its tag: TAG_SKIPPED, TAG_INLINE (never both), and TAG_SHADOW_HOST. */
export function tagClass(localName: string): number {
  let c = TAG_CLASSES.get(localName);
  if (c === undefined) {
    c =
      (SKIPPED_TAGS.has(localName) ? TAG_SKIPPED : INLINE_TAGS.has(localName) ? TAG_INLINE : 0) |
      (canHostShadow(localName) ? TAG_SHADOW_HOST : 0);
    TAG_CLASSES.set(localName, c);
  }
  return c;
}

export function isInline(el: Element): boolean {
  return INLINE_TAGS.has(el.localName);
}

/** The parent across a shadow boundary too: a shadow root's parent is its host. */
function parentOf(node: Node): Node | null {
  return (
    node.parentNode ?? (node.nodeType === Node.DOCUMENT_FRAGMENT_NODE ? ((node as ShadowRoot).host ?? null) : null)
  );
}

/** Is `node` inside (or itself) a skipped subtree? Walks up to the document, crossing shadow hosts. */
export function isInSkippedSubtree(node: Node): boolean {
  if (node.ownerDocument?.designMode === 'on') return true;
  for (let n: Node | null = node; n; n = parentOf(n)) {
    if (n.nodeType === Node.ELEMENT_NODE && isSkipped(n as Element)) return true;
  }
  return false;
}

/**
 * The nearest ancestor that is not inline: the block a text node's line belongs to. For text at the top of a
 * shadow root that is the shadow root itself.
 */
export function blockOf(node: Node): Node {
  const parent = node.parentNode;
  return parent ? blockOfParent(parent) : node;
}

/** The block a node's line belongs to, given the node's parent: that parent, or its nearest non-inline ancestor. */
export function blockOfParent(parent: Node): Node {
  let n = parent;
  while (n.nodeType === Node.ELEMENT_NODE && isInline(n as Element)) {
    const up = n.parentNode;
    if (!up) break;
    n = up;
  }
  return n;
}

/** The node after `el`'s subtree in `walker`'s order: a skipped subtree stepped over whole. Leaves the walker there. */
export function nodeAfterSubtree(walker: TreeWalker, el: Element): Node | null {
  walker.currentNode = el;
  for (;;) {
    const sibling = walker.nextSibling();
    if (sibling) return sibling;
    if (!walker.parentNode()) return null;
  }
}

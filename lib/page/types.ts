// The seam between highlighting (#4, lib/page/highlighter*) and hover/popover (#5, lib/page/hover*, popover*).
import type { EntityKind } from '../corpus/types.ts';
import type { PageName } from '../messaging.ts';

export interface HighlightHit {
  entityId: string;
  kind: EntityKind;
  /** The highlighted match under the point: anchor for positioning the popover. */
  range: AbstractRange;
}

/** What the highlighter knows about the page, kept current as the page changes. */
export interface HighlightIndex {
  /** The match covering `offset` in `node`, if any: a map lookup, no layout. */
  hitAt(node: Node, offset: number): HighlightHit | null;
  /** The first mention of an entity in document order, for "On this page" → reveal. */
  firstMention(entityId: string): HighlightHit | null;
  /** Names on the page with their counts, most frequent first. */
  pageNames(): PageName[];
}

/** What hover/popover offers back to the content script's wiring. */
export interface PopoverController {
  /** Open the briefing for an entity anchored at a range; `focus` moves keyboard focus into the popover. */
  open(entityId: string, anchor: AbstractRange, options?: { focus?: boolean }): Promise<void>;
  close(): void;
  /**
   * The keyboard command and context menu (ToContent `openBriefingAtSelection`): open the briefing for the
   * selected text, else the highlighted name nearest the caret, with focus inside; a selection naming no
   * entity gets a popover offering a search. Resolves false when there is nothing to brief.
   */
  openAtSelection(): Promise<boolean>;
  /** Remove every listener and the popover host (extension disabled or site switched off). */
  destroy(): void;
}

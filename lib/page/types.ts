// The seam between highlighting (#4, lib/page/highlighter*) and hover/popover (#5, lib/page/hover*, popover*).
import type { EntityKind } from '../corpus/types.ts';

export interface HighlightHit {
  /** The entity's number in the page's matcher (the background knows it by that number too). */
  entity: number;
  /** The shared form's number when the name on the page is one several entities claim, else -1. */
  shared: number;
  kind: EntityKind;
  /** The highlighted match under the point: anchor for positioning the popover. */
  range: AbstractRange;
}

/** An entity on the page, how often, for the popup's list and the badge. */
export interface PageEntity {
  entity: number;
  kind: EntityKind;
  count: number;
}

/** What the highlighter knows about the page, kept current as the page changes. */
export interface HighlightIndex {
  /** The match covering `offset` in `node`, if any: a map lookup, no layout. */
  hitAt(node: Node, offset: number): HighlightHit | null;
  /** The first mention of an entity in document order, for "On this page" → reveal. */
  firstMention(entity: number): HighlightHit | null;
  /** Entities on the page with their counts, most frequent first (names come from the background). */
  pageEntities(): PageEntity[];
  /** The reader chose `entity` for a shared name: every mention of that shared form on the page means it now. */
  choose(shared: number, entity: number): void;
}

/** What hover/popover offers back to the content script's wiring. */
export interface PopoverController {
  /** Open the briefing for a name anchored at a range; `focus` moves keyboard focus into the popover. */
  open(hit: Pick<HighlightHit, 'entity' | 'shared' | 'range'>, options?: { focus?: boolean }): Promise<void>;
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

/** Work that does not fit in one slice: run() until done (true) or the deadline passes (false), then resume. */
export interface Work {
  run(deadline: number): boolean;
}

// Custom Highlight API registration: one Highlight per entity kind, registered under a name that picks its style
// in highlight.css. Switching style or kinds only re-registers the same Highlight objects; no range is rebuilt.
import type { EntityKind } from '../corpus/types.ts';
import { ENTITY_KINDS } from '../corpus/types.ts';
import type { HighlightStyle } from '../settings.ts';

/** The `::highlight()` name for a kind in a style; highlight.css styles exactly these. */
export function highlightName(kind: EntityKind, style: HighlightStyle): string {
  return style === 'background' ? `backgrounder-${kind}-background` : `backgrounder-${kind}`;
}

export function supportsHighlights(): boolean {
  return typeof Highlight === 'function' && typeof CSS !== 'undefined' && 'highlights' in CSS;
}

export class KindHighlights {
  private readonly sets = new Map<EntityKind, Highlight>();
  private shown: string[] = [];

  add(kind: EntityKind, range: AbstractRange): void {
    let set = this.sets.get(kind);
    if (!set) {
      set = new Highlight();
      this.sets.set(kind, set);
    }
    set.add(range);
  }

  delete(kind: EntityKind, range: AbstractRange): void {
    this.sets.get(kind)?.delete(range);
  }

  /** Remove every range, one call per kind (registered Highlights stay registered, now empty). */
  clear(): void {
    for (const set of this.sets.values()) set.clear();
  }

  /** Register the Highlights of `kinds` in `style`, and nothing else of ours. */
  show(kinds: readonly EntityKind[], style: HighlightStyle): void {
    this.hide();
    for (const kind of ENTITY_KINDS) {
      if (!kinds.includes(kind)) continue;
      let set = this.sets.get(kind);
      if (!set) {
        set = new Highlight();
        this.sets.set(kind, set);
      }
      const name = highlightName(kind, style);
      CSS.highlights.set(name, set);
      this.shown.push(name);
    }
  }

  hide(): void {
    for (const name of this.shown) CSS.highlights.delete(name);
    this.shown = [];
  }
}

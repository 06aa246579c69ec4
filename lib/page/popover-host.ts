// The popover on a page: Preact in a CLOSED shadow root (page scripts can neither read nor restyle it),
// in the top layer where supported, placed against the name with Floating UI. The host element is in the
// page only while the popover is open. Part of the lazily loaded popover UI (popover-ui.ts): nothing here may
// import the messaging, storage or polyfill modules; what needs the background arrives in `actions`.
import {
  autoUpdate,
  computePosition,
  flip,
  hide,
  inline,
  offset,
  shift,
  size,
  type VirtualElement,
} from '@floating-ui/dom';
import { h, render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { copyPlainText } from '../../components/popover/clipboard.ts';
import { Popover, type PopoverContent } from '../../components/popover/Popover.tsx';
import { POPOVER_CSS } from '../../components/popover/styles.ts';
import { citationText } from '../briefing/citation.ts';
import type { BriefingRoute } from '../briefing/links.ts';
import type { CitedQuote } from '../briefing/types.ts';
import type { Lifetime } from './lifetime.ts';
import { POPOVER_TAG } from './popover-tag.ts';

const GAP = 6;
const EDGE = 8;
const MAX_HEIGHT = 440;

export type { PopoverContent };
export type DismissReason = 'escape' | 'button' | 'outside' | 'hidden';

export interface PopoverActions {
  /** The popover closed itself; the host is already hidden when this runs. */
  onDismiss(reason: DismissReason): void;
  onOpen(route: BriefingRoute): void;
  /** The reader chose another entity a shared name could mean ("also: …"), by its matcher number. */
  onSwitch(entity: number): void;
}

export interface ShowOptions {
  /** Move keyboard focus into the popover (keyboard command); Escape then returns it. */
  focus?: boolean;
  /** Where the pointer is, so a name wrapped over two lines anchors on the line under it. */
  point?: { x: number; y: number };
}

export interface PopoverHost {
  /** Show or replace the content, anchored at a range in the page; false when the anchor is gone. */
  show(content: PopoverContent, anchor: AbstractRange, options?: ShowOptions): boolean;
  hide(): void;
  isOpen(): boolean;
  /** Whether an event's target, as the page's document sees it, is the popover. */
  owns(target: EventTarget | null): boolean;
  destroy(): void;
}

interface Mounted {
  floating: HTMLElement;
}

export async function createPopoverHost(ctx: Lifetime, actions: PopoverActions): Promise<PopoverHost> {
  // WXT's shadow-root UI reads only onInvalidated and options from a context, which a Lifetime has.
  const ui = await createShadowRootUi<Mounted>(ctx as unknown as ContentScriptContext, {
    name: POPOVER_TAG,
    position: 'inline',
    // The root element, not body: a page's transformed or clipped body cannot trap or hide the popover.
    anchor: () => document.documentElement,
    append: 'last',
    mode: 'closed',
    css: POPOVER_CSS,
    // Keys typed in the popover must not reach page shortcuts (a news site's "j"/"k", a player's Space).
    isolateEvents: true,
    onMount(container) {
      const root = document.createElement('div');
      root.className = 'root';
      const floating = document.createElement('div');
      floating.className = 'floating';
      if (supportsTopLayer) floating.setAttribute('popover', 'manual');
      root.append(floating);
      container.append(root);
      return { floating };
    },
    onRemove(mounted) {
      if (mounted) render(null, mounted.floating);
    },
  });

  const abort = new AbortController();
  ctx.onInvalidated(() => abort.abort());
  let open = false;
  let stopAutoUpdate: (() => void) | null = null;
  let anchorRange: Range | null = null;
  let returnFocusTo: HTMLElement | null = null;

  const dismiss = (reason: DismissReason) => {
    if (!open) return;
    hideNow(reason === 'escape' || reason === 'button');
    actions.onDismiss(reason);
  };

  const hideNow = (restoreFocus: boolean) => {
    if (!open) return;
    open = false;
    stopAutoUpdate?.();
    stopAutoUpdate = null;
    anchorRange = null;
    const target = returnFocusTo;
    returnFocusTo = null;
    ui.remove();
    if (restoreFocus && target?.isConnected) target.focus({ preventScroll: true });
  };

  const owns = (target: EventTarget | null) => target === ui.shadowHost;

  // Click elsewhere closes; a click in the popover arrives retargeted to its host element.
  document.addEventListener(
    'pointerdown',
    (event) => {
      if (open && !owns(event.target)) dismiss('outside');
    },
    { capture: true, passive: true, signal: abort.signal },
  );
  // Escape while focus is still in the page (a hovered popover); inside the popover the dialog handles it.
  window.addEventListener(
    'keydown',
    (event) => {
      if (open && event.key === 'Escape' && !owns(event.target)) dismiss('escape');
    },
    { capture: true, signal: abort.signal },
  );

  const renderContent = (floating: HTMLElement, content: PopoverContent) => {
    const props = {
      content,
      onClose: () => dismiss('button'),
      onOpen: actions.onOpen,
      onCopy: copyQuote,
      onSwitch: actions.onSwitch,
    };
    render(h(Popover, props), floating);
  };

  return {
    show(content, anchor, options = {}) {
      const range = liveRange(anchor);
      if (!range) return false;
      const wasOpen = open;
      if (!open) {
        ui.mount();
        open = true;
      }
      const floating = ui.mounted?.floating;
      if (!floating) return false;
      renderContent(floating, content);
      if (supportsTopLayer && !floating.matches(':popover-open')) floating.showPopover();

      anchorRange = range;
      stopAutoUpdate?.();
      const reference = virtualAnchor(range);
      // Focus waits for the first placement: the popover is invisible (so unfocusable) until it is placed.
      let focusPending = options.focus === true;
      const update = () => {
        void place(reference, floating, options.point).then((hidden) => {
          if (anchorRange !== range) return;
          if (hidden) dismiss('hidden');
          else if (focusPending) {
            focusPending = false;
            floating.querySelector<HTMLElement>('[role="dialog"]')?.focus({ preventScroll: true });
          }
        });
      };
      stopAutoUpdate = autoUpdate(reference, floating, update);

      if (options.focus) {
        if (!wasOpen || !returnFocusTo) {
          const active = document.activeElement;
          returnFocusTo = active instanceof HTMLElement && active !== document.body && !owns(active) ? active : null;
        }
      }
      return true;
    },
    hide: () => hideNow(false),
    isOpen: () => open,
    owns,
    destroy() {
      hideNow(false);
      abort.abort();
    },
  };
}

const supportsTopLayer = typeof HTMLElement !== 'undefined' && 'showPopover' in HTMLElement.prototype;

const copyQuote = (quote: CitedQuote): Promise<boolean> => copyPlainText(citationText(quote));

/** Our own live Range over the anchor (a StaticRange has no geometry); null when the page changed under it. */
function liveRange(anchor: AbstractRange): Range | null {
  try {
    if (!anchor.startContainer.isConnected) return null;
    const range = document.createRange();
    range.setStart(anchor.startContainer, anchor.startOffset);
    range.setEnd(anchor.endContainer, anchor.endOffset);
    return range;
  } catch {
    return null;
  }
}

function virtualAnchor(range: Range): VirtualElement {
  const container = range.commonAncestorContainer;
  const contextElement = container instanceof Element ? container : (container.parentElement ?? undefined);
  return {
    getBoundingClientRect: () => range.getBoundingClientRect(),
    getClientRects: () => range.getClientRects(),
    contextElement,
  };
}

/** Positions the popover; resolves true when the name has scrolled out of view (or left the page). */
async function place(reference: VirtualElement, floating: HTMLElement, point?: { x: number; y: number }) {
  const { x, y, middlewareData } = await computePosition(reference, floating, {
    strategy: 'fixed',
    placement: 'bottom-start',
    middleware: [
      inline(point),
      offset(GAP),
      flip({ padding: EDGE, fallbackPlacements: ['top-start', 'bottom-end', 'top-end'] }),
      shift({ padding: EDGE }),
      size({
        padding: EDGE,
        apply({ availableHeight, elements }) {
          elements.floating.style.maxHeight = `${Math.max(160, Math.min(MAX_HEIGHT, availableHeight))}px`;
        },
      }),
      hide({ strategy: 'referenceHidden' }),
    ],
  });
  const gone = !reference.contextElement?.isConnected || middlewareData.hide?.referenceHidden === true;
  if (!gone) {
    floating.style.left = `${Math.round(x)}px`;
    floating.style.top = `${Math.round(y)}px`;
    floating.classList.add('placed');
  }
  return gone;
}

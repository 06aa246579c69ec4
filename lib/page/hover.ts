// Hover on a page: one pointer listener, at most one hit-test per frame against the highlighter's map,
// hover intent from hover-intent.ts, and the popover host, whose UI is a separate module loaded on demand
// (popover-loader.ts). Reads the page; never changes its nodes.
import { sendToBackground } from '../messaging-content.ts';
import { type Anchored, hitAtCaret, nearestHit, sameHit } from './hover-hit.ts';
import {
  createHoverIntent,
  createSpeedometer,
  HOVER_TIMING,
  type HoverAction,
  type PointerTarget,
} from './hover-intent.ts';
import type { Lifetime } from './lifetime.ts';
import { createBriefingCache } from './popover-briefings.ts';
import { loadPopoverUi } from './popover-loader.ts';
import type { PopoverHost, ShowOptions } from './popover-ui.ts';
import type { HighlightHit, HighlightIndex, PopoverController } from './types.ts';

/**
 * Chrome stops an idle MV3 service worker after ~30 s, and waking it can take longer than the dwell. When the
 * pointer starts moving after this long without a request, one request (the page's most named entity) goes
 * out at once, so the worker is awake by the time the pointer rests on a name.
 */
const WAKE_AFTER_MS = 20_000;

interface PointerSample {
  x: number;
  y: number;
  target: EventTarget | null;
  buttons: number;
}

export function startHover(ctx: Lifetime, index: HighlightIndex): PopoverController {
  const abort = new AbortController();
  ctx.onInvalidated(() => abort.abort());
  const listen = { capture: true, passive: true, signal: abort.signal };

  const intent = createHoverIntent<Anchored>(sameHit);
  const speed = createSpeedometer();
  let lastRequest = Number.NEGATIVE_INFINITY;
  const briefings = createBriefingCache((entity, shared) => {
    lastRequest = performance.now();
    return sendToBackground(shared >= 0 ? { type: 'getBriefing', entity, shared } : { type: 'getBriefing', entity });
  });
  const hitAt = (node: Node, offset: number) => index.hitAt(node, offset);

  let host: PopoverHost | null = null;
  let hostReady: Promise<PopoverHost> | null = null;
  let destroyed = false;
  let warned = false;
  /**
   * The popover UI is a separate module (popover-loader.ts), loaded once the pointer moves on a page with names,
   * or when it reaches a name or a popover is asked for; its host is then created detached, so showing is fast.
   */
  const loadHost = (): Promise<PopoverHost> => {
    if (hostReady) return hostReady;
    const pending = (async () => {
      if (ctx.isInvalid) throw new Error('extension context invalidated');
      const ui = await loadPopoverUi();
      const h = await ui.createPopoverHost(ctx, {
        onDismiss: (reason) => {
          generation++;
          intent.dismissed(reason === 'escape' || reason === 'button');
          schedule();
        },
        onOpen: (route) => void sendToBackground({ type: 'openBriefingPage', route }),
        onSwitch: (entity) => void switchTo(entity),
      });
      if (destroyed) {
        h.destroy();
        throw new Error('hover stopped');
      }
      host = h;
      return h;
    })();
    hostReady = pending;
    // A failed load (extension reloading, a blocked request) is retried on the next hover, not cached.
    pending.catch((error: unknown) => {
      if (hostReady === pending) hostReady = null;
      if (!warned && !destroyed && !ctx.isInvalid) console.warn('Backgrounder: could not load the popover', error);
      warned = true;
    });
    return pending;
  };

  let latest: PointerSample | null = null;
  let frame = 0;
  let timer: number | undefined;
  /** Bumped by every open and close, so a late briefing never shows after the pointer has moved on. */
  let generation = 0;

  document.addEventListener(
    'pointermove',
    (event) => {
      if (event.pointerType === 'touch') return;
      if (event.timeStamp - lastRequest > WAKE_AFTER_MS) wakeBackground();
      speed.add(event.timeStamp, event.clientX, event.clientY);
      latest = { x: event.clientX, y: event.clientY, target: event.target, buttons: event.buttons };
      if (!frame) frame = ctx.requestAnimationFrame(onFrame);
    },
    listen,
  );
  // Leaving the window counts as leaving the name.
  document.addEventListener(
    'pointerout',
    (event) => {
      if (event.relatedTarget !== null || event.pointerType === 'touch') return;
      latest = { x: -1, y: -1, target: null, buttons: 0 };
      if (!frame) frame = ctx.requestAnimationFrame(onFrame);
    },
    listen,
  );

  function wakeBackground() {
    const top = index.pageEntities()[0];
    // No names on this page: nothing to hover, nothing to wake for (and no retry on every move).
    if (!top) {
      lastRequest = performance.now();
      return;
    }
    briefings.refresh(top.entity, -1).catch(() => undefined);
    // The pointer is moving on a page with names: load the popover UI now, well before a dwell can end.
    loadHost().catch(() => undefined);
  }

  function onFrame() {
    frame = 0;
    const p = latest;
    if (!p) return;
    apply(intent.observe(performance.now(), speed.speed() > HOVER_TIMING.maxSpeed, targetOf(p)));
  }

  function targetOf(p: PointerSample): PointerTarget<Anchored> {
    if (host?.owns(p.target)) return { kind: 'popover' };
    // A pressed button means text is being selected, not read.
    if (p.target === null || p.buttons !== 0) return { kind: 'none' };
    const caret = caretAt(p.x, p.y);
    if (!caret || caret.node.nodeType !== Node.TEXT_NODE) return { kind: 'none' };
    const hit = hitAtCaret(hitAt, caret.node, caret.offset);
    return hit && pointOn(hit.range, p.x, p.y) ? { kind: 'hit', hit } : { kind: 'none' };
  }

  function apply(actions: HoverAction<Anchored>[]) {
    for (const action of actions) {
      if (action.type === 'prefetch') {
        briefings.get(action.hit.entity, action.hit.shared).catch(() => undefined);
        loadHost().catch(() => undefined);
      } else if (action.type === 'open') {
        const point = latest ? { x: latest.x, y: latest.y } : undefined;
        void showBriefing(action.hit, point ? { point } : {});
      } else close();
    }
    schedule();
  }

  function schedule() {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    const deadline = intent.nextDeadline();
    if (deadline === null) return;
    timer = ctx.setTimeout(() => apply(intent.tick(performance.now())), Math.max(0, deadline - performance.now()));
  }

  /** The name shown now: what "also:" switches. */
  let showing: Anchored | null = null;

  async function showBriefing(hit: Anchored, options: ShowOptions): Promise<boolean> {
    const mine = ++generation;
    const [briefing, h] = await Promise.all([
      briefings.get(hit.entity, hit.shared).catch(() => null),
      host ?? loadHost().catch(() => null),
    ]);
    if (mine !== generation || !briefing || !h) return false;
    showing = hit;
    return h.show({ kind: 'briefing', briefing }, hit.range, options);
  }

  /** The reader picked another entity for a shared name: every mention of it on the page, and the popover. */
  async function switchTo(entity: number) {
    const current = showing;
    if (!current || current.shared < 0) return;
    index.choose(current.shared, entity);
    const next = { ...current, entity };
    if (await showBriefing(next, { focus: true })) intent.pinned(next);
    schedule();
  }

  function close() {
    generation++;
    showing = null;
    host?.hide();
  }

  async function openFocused(hit: Anchored): Promise<boolean> {
    const shown = await showBriefing(hit, { focus: true });
    if (shown) intent.pinned(hit);
    return shown;
  }

  return {
    async open(hit, options = {}) {
      const anchored: Anchored = { entity: hit.entity, shared: hit.shared, range: hit.range };
      if (options.focus) await openFocused(anchored);
      else if (await showBriefing(anchored, {})) intent.pinned(anchored);
      schedule();
    },
    close() {
      close();
      intent.dismissed(true);
      schedule();
    },
    async openAtSelection() {
      const selection = document.getSelection();
      if (!selection || selection.rangeCount === 0) return false;
      const range = selection.getRangeAt(0);
      if (range.collapsed) {
        const node = range.startContainer;
        if (node.nodeType !== Node.TEXT_NODE) return false;
        const hit = nearestHit(hitAt, node, range.startOffset, (node as Text).length);
        return hit ? openFocused(hit) : false;
      }
      const hit = hitInRange(hitAt, range);
      if (hit) return openFocused(hit);
      const text = selection.toString().trim().slice(0, 10_000);
      if (!text) return false;
      const anchor = new StaticRange(range);
      const found = await sendToBackground({ type: 'findEntity', text });
      if (found) return openFocused({ entity: found.entity, shared: -1, range: anchor });
      const h = host ?? (await loadHost().catch(() => null));
      generation++;
      if (!h) return false;
      const shown = h.show({ kind: 'no-match', text }, anchor, { focus: true });
      if (shown) intent.pinned({ entity: -1, shared: -1, range: anchor });
      schedule();
      return shown;
    },
    destroy() {
      abort.abort();
      if (frame) cancelAnimationFrame(frame);
      if (timer !== undefined) clearTimeout(timer);
      generation++;
      destroyed = true;
      host?.destroy();
      host = null;
    },
  };
}

/** The text position under a point: the standard call, or the WebKit-era one where it is missing. */
function caretAt(x: number, y: number): { node: Node; offset: number } | null {
  if (typeof document.caretPositionFromPoint === 'function') {
    const pos = document.caretPositionFromPoint(x, y);
    return pos ? { node: pos.offsetNode, offset: pos.offset } : null;
  }
  const legacy = (document as { caretRangeFromPoint?: (x: number, y: number) => Range | null }).caretRangeFromPoint;
  const range = legacy?.call(document, x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

/** The first highlighted name in a selection: its text nodes in order, the selected characters of each. */
function hitInRange(hitAt: HighlightIndex['hitAt'], range: Range, maxNodes = 64): HighlightHit | null {
  const root = range.commonAncestorContainer;
  const texts: Node[] = [];
  if (root.nodeType === Node.TEXT_NODE) texts.push(root);
  else {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n && texts.length < maxNodes; n = walker.nextNode()) {
      if (range.intersectsNode(n)) texts.push(n);
      // Selected text nodes are contiguous in document order: past the last one, stop.
      else if (texts.length) break;
    }
  }
  for (const node of texts) {
    const from = node === range.startContainer ? range.startOffset : 0;
    const to = node === range.endContainer ? range.endOffset : (node as Text).length;
    for (let o = from; o < to; o++) {
      const h = hitAt(node, o);
      if (h) return h;
    }
  }
  return null;
}

/** A Range reused for every hit test, made on the first one (no work at load). */
let probe: Range | null = null;

/**
 * Whether the point lies on the name's own boxes: a caret also snaps to the end of a line when the pointer
 * is in the blank space beyond it. One layout read per frame, and only when a name is under the caret.
 */
function pointOn(range: AbstractRange, x: number, y: number): boolean {
  probe ??= document.createRange();
  const p = probe;
  try {
    p.setStart(range.startContainer, range.startOffset);
    p.setEnd(range.endContainer, range.endOffset);
    for (const r of p.getClientRects()) {
      if (x >= r.left - 1 && x <= r.right + 1 && y >= r.top - 1 && y <= r.bottom + 1) return true;
    }
    return false;
  } catch {
    return false;
  } finally {
    // Park the probe so it is not a live range inside the page's text between frames.
    p.setStart(document, 0);
    p.collapse(true);
  }
}

// The content script's wiring: settings decide whether this page is highlighted; the highlighter and the hover
// popover start and stop with them, live, in every frame. The top frame also answers the popup and the badge.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Matcher } from '../matching/matcher.ts';
import { createMatcher } from '../matching/matcher.ts';
import type { CompiledMatcher } from '../matching/types.ts';
import { handleContentMessages, sendToBackground } from '../messaging.ts';
import { type Activation, watchActivation } from '../settings.ts';
import { type Highlighter, startHighlighter } from './highlighter.ts';
import { supportsHighlights } from './highlights.ts';
import { startHover } from './hover.ts';
import type { HighlightIndex, PopoverController } from './types.ts';
import { yieldToMain } from './yield.ts';

/** How long the page must be quiet before changed text is rescanned; well inside the 500 ms promise. */
const BATCH_IDLE_MS = 250;

const EMPTY_INDEX: HighlightIndex = { hitAt: () => null, firstMention: () => null, pageNames: () => [] };

interface Running {
  highlighter: Highlighter;
  popover: PopoverController;
}

export async function runContentScript(ctx: ContentScriptContext): Promise<void> {
  if (!supportsHighlights()) return;
  const isTop = window === window.top;
  let running: Running | null = null;
  let active = false;
  let compiled: Promise<{ matcher: Matcher; compiled: CompiledMatcher }> | null = null;
  /** Bumped by every settings change, so a slow matcher load never starts a page that was switched off. */
  let generation = 0;

  const reportNames = (count: number) => {
    if (isTop && ctx.isValid) void sendToBackground({ type: 'pageNames', count }).catch(() => {});
  };

  const loadMatcher = () => {
    compiled ??= sendToBackground({ type: 'getMatcher' }).then((c) => ({ matcher: createMatcher(c), compiled: c }));
    // A failed load (background restarting) is retried on the next switch-on rather than cached.
    compiled.catch(() => {
      compiled = null;
    });
    return compiled;
  };

  const stop = () => {
    if (!running) return;
    running.popover.destroy();
    running.highlighter.destroy();
    running = null;
  };

  const apply = async (a: Activation) => {
    const ticket = ++generation;
    active = a.active;
    // With every kind switched off there is nothing to show: as good as off, but the site switch still reads on.
    if (!a.active || a.kinds.length === 0) {
      if (running) reportNames(0);
      stop();
      return;
    }
    if (running) {
      running.highlighter.setStyle(a.style);
      running.highlighter.setKinds(a.kinds);
      return;
    }
    const { matcher, compiled: c } = await loadMatcher();
    // The pattern is compiled in steps, each in a task of its own after the one that delivered the matcher.
    do {
      await yieldToMain();
      if (ticket !== generation || ctx.isInvalid || running) return;
    } while (!matcher.warmUp());
    await yieldToMain();
    if (ticket !== generation || ctx.isInvalid || running) return;
    const highlighter = startHighlighter(document.documentElement, {
      matcher,
      entities: c.entities,
      kinds: a.kinds,
      style: a.style,
      // Not ctx.requestIdleCallback: it adds an invalidation listener per call, and a live blog batches every
      // second. The highlighter is destroyed on invalidation, which cancels its pending batch.
      later: (fn) => {
        const id = requestIdleCallback(fn, { timeout: BATCH_IDLE_MS });
        return () => cancelIdleCallback(id);
      },
      onNamesChanged: reportNames,
    });
    running = { highlighter, popover: startHover(ctx, highlighter.index) };
  };

  const index = (): HighlightIndex => running?.highlighter.index ?? EMPTY_INDEX;

  const unwatch = watchActivation(location.hostname, (a) => {
    if (ctx.isValid) void apply(a).catch((error: unknown) => console.warn('Backgrounder: could not start', error));
  });
  ctx.onInvalidated(() => {
    unwatch();
    stop();
  });

  if (isTop) {
    const unlisten = handleContentMessages({
      getPageState: () => ({ href: location.href, host: location.hostname, active, names: index().pageNames() }),
      reveal: async ({ entityId }) => {
        const hit = index().firstMention(entityId);
        if (!hit || !running) return false;
        const anchor = hit.range.startContainer.parentElement;
        anchor?.scrollIntoView({ block: 'center', behavior: 'instant' });
        await running.popover.open(entityId, hit.range, { focus: true });
        return true;
      },
      openBriefingAtSelection: async () => (running ? running.popover.openAtSelection() : false),
    });
    ctx.onInvalidated(unlisten);
  }
}

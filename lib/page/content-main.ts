// The content script's wiring: settings decide whether this page is highlighted; the highlighter and the hover
// popover start and stop with them, live, in every frame. The top frame also answers the popup and the badge.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Matcher } from '../matching/matcher.ts';
import { createMatcher } from '../matching/matcher.ts';
import type { CompiledMatcher } from '../matching/types.ts';
import { handleContentMessages, sendToBackground } from '../messaging.ts';
import type { Activation } from '../settings.ts';
import { SETTING_KEYS, watchStorageKeys } from '../settings-keys.ts';
import { loadPageExtract } from './extract-loader.ts';
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
  // Evaluating the script was one task; everything else starts in the next, so neither is long.
  await yieldToMain();
  if (ctx.isInvalid) return;
  const isTop = window === window.top;
  let running: Running | null = null;
  let active = false;
  let loaded: { matcher: Matcher; compiled: CompiledMatcher } | null = null;
  /** Bumped by every settings change, so a slow answer never starts a page that was switched off since. */
  let generation = 0;

  const reportNames = (count: number) => {
    if (isTop && ctx.isValid) void sendToBackground({ type: 'pageNames', count }).catch(() => {});
  };

  const stop = () => {
    if (!running) return;
    running.popover.destroy();
    running.highlighter.destroy();
    running = null;
  };

  // The background decides from the settings (this script never loads the storage layer) and sends the matcher
  // with the first answer that switches this page on.
  const refresh = async () => {
    const ticket = ++generation;
    const reply = await sendToBackground({ type: 'activate', host: location.hostname, withMatcher: !loaded });
    if (ticket !== generation || ctx.isInvalid) return;
    if (reply.matcher && !loaded) loaded = { matcher: createMatcher(reply.matcher), compiled: reply.matcher };
    await apply(reply.activation, ticket);
  };

  const apply = async (a: Activation, ticket: number) => {
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
    if (!loaded) throw new Error('the background switched this page on without sending the matcher');
    const { matcher, compiled } = loaded;
    // The pattern is compiled in steps, each in a task of its own after the one that delivered the matcher.
    do {
      await yieldToMain();
      if (ticket !== generation || ctx.isInvalid || running) return;
    } while (!matcher.warmUp());
    await yieldToMain();
    if (ticket !== generation || ctx.isInvalid || running) return;
    const highlighter = startHighlighter(document.documentElement, {
      matcher,
      entities: compiled.entities,
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

  const follow = () => {
    if (ctx.isValid) void refresh().catch((error: unknown) => console.warn('Backgrounder: could not start', error));
  };
  const unwatch = watchStorageKeys(SETTING_KEYS, follow);
  ctx.onInvalidated(() => {
    unwatch();
    stop();
  });
  follow();

  const index = (): HighlightIndex => running?.highlighter.index ?? EMPTY_INDEX;

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
      // "Add this page" (popup or context menu): on or off for this site, the reader asked for it.
      extractArticle: async () => (await loadPageExtract()).extractArticle(document),
      showNotice: async ({ text, ok }) => {
        (await loadPageExtract()).showNotice(text, ok);
        return true;
      },
    });
    ctx.onInvalidated(unlisten);
  }
}

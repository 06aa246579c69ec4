// The content script's wiring: settings decide whether this page is highlighted; the highlighter and the hover
// popover start and stop with them, live, in every frame. The top frame also answers the popup and the badge.
// What a page pays before it shows a name is kept to this module's evaluation, one `activate` round trip and the
// walk, all after the page's load event: highlights are registered, their stylesheet inserted, hover listens and
// the badge is told only once a name is found.
import { createMatcher, type Matcher } from '../matching/matcher.ts';
import {
  answerContentMessage,
  type ContentHandlers,
  handleContentMessages,
  listenForCorpusChanges,
  type PageName,
  sendToBackground,
} from '../messaging-content.ts';
import type { Activation } from '../settings.ts';
import { SETTING_KEYS, watchStorageKeys } from '../settings-keys.ts';
import { loadPageExtract } from './extract-loader.ts';
import { type Highlighter, startHighlighter } from './highlighter.ts';
import { startHover } from './hover.ts';
import { createLifetime, type Lifetime } from './lifetime.ts';
import type { HighlightIndex, PageEntity, PopoverController } from './types.ts';
import { UserOverlay } from './user-overlay.ts';
import { yieldToMain } from './yield.ts';

/** How long the page must be quiet before changed text is rescanned; well inside the 500 ms promise. */
const BATCH_IDLE_MS = 250;

const EMPTY_INDEX: HighlightIndex = {
  hitAt: () => null,
  firstMention: () => null,
  pageEntities: () => [],
  choose: () => {},
};

interface Running {
  highlighter: Highlighter;
  /** Started with the first name found. */
  popover: PopoverController | null;
}

/** Answers one ToContent message that reached the content script before this module was running. */
export type EarlyAnswer = (raw: unknown) => Promise<unknown>;

const NOT_RUNNING: EarlyAnswer = () => Promise.reject(new Error('Backgrounder is not running in this page'));

/**
 * Starts Backgrounder in this frame (lib/page/content-start.ts calls it once the page has loaded, or as soon as the
 * popup asks something first). From its return on, this module's own listener answers the popup; the function it
 * returns answers what was asked before.
 */
export function runContentScript(): EarlyAnswer {
  const life = createLifetime();
  if (life.isInvalid) return NOT_RUNNING;
  const isTop = window === window.top;
  let running: Running | null = null;
  let active = false;
  let matcher: Matcher | null = null;
  /** The reader's own articles' names, beside the bundled matcher; renewed after each change to them. */
  const overlay = new UserOverlay();
  /** Bumped by every settings change, so a slow answer never starts a page that was switched off since. */
  let generation = 0;
  let reported = 0;
  let styled = false;

  const reportNames = (count: number) => {
    // A page that never had a name says nothing (the badge is empty already).
    if (!isTop || (count === 0 && reported === 0) || life.isInvalid) return;
    reported = count;
    void sendToBackground({ type: 'pageNames', count }).catch(() => {});
  };

  const stop = () => {
    if (!running) return;
    running.popover?.destroy();
    running.highlighter.destroy();
    running = null;
  };

  // The background decides from the settings (this script never loads the storage layer) and sends the matcher
  // with the first answer that switches this page on.
  const refresh = async () => {
    const ticket = ++generation;
    const reply = await sendToBackground({
      type: 'activate',
      host: location.hostname,
      withMatcher: !matcher,
      ...(overlay.stamp ? { userStamp: overlay.stamp } : {}),
    });
    if (ticket !== generation || life.isInvalid) return;
    if (reply.matcher && !matcher) matcher = createMatcher(reply.matcher);
    // New names to match (an article added or removed): scan the page again with them.
    if (overlay.update(reply.user) && running) {
      if (reported > 0) reportNames(0);
      stop();
    }
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
    if (!matcher) throw new Error('the background switched this page on without sending the matcher');
    // The matcher arrived in this task; the walk starts in the next.
    await yieldToMain();
    if (ticket !== generation || life.isInvalid || running) return;
    const started: Running = { highlighter: null as unknown as Highlighter, popover: null };
    started.highlighter = startHighlighter(document.documentElement, {
      matcher: overlay.matcher(matcher),
      kinds: a.kinds,
      style: a.style,
      // An idle callback per batch, not a wrapper that adds an invalidation listener per call: a live blog
      // batches every second. The highlighter is destroyed on invalidation, which cancels its pending batch.
      later: (fn) => {
        const id = requestIdleCallback(fn, { timeout: BATCH_IDLE_MS });
        return () => cancelIdleCallback(id);
      },
      onFirstShown: () => {
        if (styled) return;
        styled = true;
        void sendToBackground({ type: 'showStyles' }).catch(() => {});
      },
      onNamesChanged: (count) => {
        // Hover listens only on a page with something to hover.
        if (count > 0 && !started.popover && running === started) {
          started.popover = startHover(life, started.highlighter.index);
        }
        reportNames(count);
      },
    });
    running = started;
  };

  const follow = () => {
    if (life.isValid) void refresh().catch((error: unknown) => console.warn('Backgrounder: could not start', error));
  };
  const unwatch = watchStorageKeys(SETTING_KEYS, follow);
  const unlistenCorpus = listenForCorpusChanges(follow);
  life.onInvalidated(() => {
    unwatch();
    unlistenCorpus();
    stop();
  });
  follow();

  if (!isTop) return NOT_RUNNING;
  const handlers = listenToPopup(
    life,
    () => running?.highlighter.index ?? EMPTY_INDEX,
    () => active,
    () => running,
    () => overlay.stamp,
  );
  return (raw) => answerContentMessage(handlers, raw);
}

/** The popup's questions to the top frame: what is on the page, show me this name, brief the selection. */
function listenToPopup(
  life: Lifetime,
  index: () => HighlightIndex,
  isActive: () => boolean,
  current: () => Running | null,
  userStamp: () => string | undefined,
): ContentHandlers {
  const names = new EntityNames(userStamp);
  const handlers: ContentHandlers = {
    getPageState: async () => ({
      href: location.href,
      host: location.hostname,
      active: isActive(),
      names: await names.of(index().pageEntities()),
    }),
    reveal: async ({ entityId }) => {
      const entity = await names.numberOf(entityId, index().pageEntities());
      const hit = entity < 0 ? null : index().firstMention(entity);
      const popover = current()?.popover;
      if (!hit || !popover) return false;
      const anchor = hit.range.startContainer.parentElement;
      anchor?.scrollIntoView({ block: 'center', behavior: 'instant' });
      await popover.open(hit, { focus: true });
      return true;
    },
    openBriefingAtSelection: async () => current()?.popover?.openAtSelection() ?? false,
    // "Add this page" (popup or context menu): on or off for this site, the reader asked for it.
    extractArticle: async () => (await loadPageExtract()).extractArticle(document),
    showNotice: async ({ text, ok }) => {
      (await loadPageExtract()).showNotice(text, ok);
      return true;
    },
  };
  life.onInvalidated(handleContentMessages(handlers));
  return handlers;
}

/**
 * Ids and names of the entities found, asked from the background when the popup wants them: the matcher a page
 * gets carries only numbers, so a corpus of thousands of names costs a page nothing for them.
 */
class EntityNames {
  private readonly known = new Map<number, [string, string]>();
  private readonly stamp: () => string | undefined;
  /** The user matcher the names were asked under: the reader's own entities are renumbered when it changes. */
  private knownStamp: string | undefined;

  constructor(stamp: () => string | undefined) {
    this.stamp = stamp;
  }

  async of(entities: PageEntity[]): Promise<PageName[]> {
    await this.fetch(entities.map((e) => e.entity));
    const out: PageName[] = entities.flatMap(({ entity, kind, count }) => {
      const n = this.known.get(entity);
      return n ? [{ entityId: n[0], name: n[1], kind, count }] : [];
    });
    return out.sort((a, b) => b.count - a.count || byName(a.name, b.name));
  }

  async numberOf(entityId: string, onPage: PageEntity[]): Promise<number> {
    await this.fetch(onPage.map((e) => e.entity));
    for (const [n, [id]] of this.known) if (id === entityId) return n;
    return -1;
  }

  private async fetch(entities: number[]): Promise<void> {
    if (this.stamp() !== this.knownStamp) {
      this.known.clear();
      this.knownStamp = this.stamp();
    }
    const missing = entities.filter((e) => !this.known.has(e)).slice(0, 5000);
    if (missing.length === 0) return;
    const answer = await sendToBackground({ type: 'entityNames', entities: missing });
    missing.forEach((e, i) => {
      const n = answer[i];
      if (n) this.known.set(e, n);
    });
  }
}

/** Alphabetical by code unit, ignoring case first. Not localeCompare: its first call builds an ICU collator. */
function byName(a: string, b: string): number {
  const [la, lb] = [a.toLowerCase(), b.toLowerCase()];
  if (la !== lb) return la < lb ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

// Helpers for the popover and briefing-page suites: where a word is on a page, moving the pointer like a
// reader (rest on a name) or like someone passing by (sweep), and timing hover-to-visible from the page.
import type { JSHandle, Page } from 'puppeteer-core';
import type { Entity, Pack, Quote } from '../../lib/corpus/types.ts';
import { HOVER_TIMING } from '../../lib/page/hover-intent.ts';
import { POPOVER_TAG } from '../../lib/page/popover-tag.ts';
import { type BrowserName, readBuiltJson, type Session, shadowUi, waitUntil } from './harness.ts';

export { POPOVER_TAG };

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A Range over the n-th occurrence of `word` in the page's text (main world), or null. */
function wordRange(page: Page, word: string, occurrence: number): Promise<JSHandle<Range | null>> {
  return page.evaluateHandle(
    (w, n): Range | null => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      let seen = 0;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.nodeValue ?? '';
        for (let at = text.indexOf(w); at >= 0; at = text.indexOf(w, at + 1)) {
          if (seen++ < n) continue;
          const range = document.createRange();
          range.setStart(node, at);
          range.setEnd(node, at + w.length);
          return range;
        }
      }
      return null;
    },
    word,
    occurrence,
  );
}

/** The box of the n-th occurrence of `word` in the page's text (layout read only). */
export async function wordBox(page: Page, word: string, occurrence = 0): Promise<Box> {
  const range = await wordRange(page, word, occurrence);
  const box = await range.evaluate((r) => {
    const rect = r?.getClientRects()[0];
    return rect ? { x: rect.x, y: rect.y, width: rect.width, height: rect.height } : null;
  });
  await range.dispose();
  if (!box) throw new Error(`"${word}" (#${occurrence}) is not on the page`);
  return box;
}

export const centre = (b: Box) => ({ x: b.x + b.width / 2, y: b.y + b.height / 2 });

/** Move onto a word slowly, as a reader does, and leave the pointer resting there. */
export async function restOn(page: Page, word: string, occurrence = 0): Promise<{ x: number; y: number }> {
  const b = await wordBox(page, word, occurrence);
  const to = centre(b);
  await page.mouse.move(to.x, to.y);
  return to;
}

/**
 * Glide onto a word from up to 400 px to its left, 120 px per frame, and rest there: how a reader's pointer
 * arrives at a name (a quick move, then a stop), rather than appearing on it. Each step is longer than half a
 * name, so only the final position is on it and the dwell starts with the last move, however slow the frames.
 */
export async function glideOnto(page: Page, word: string, occurrence = 0): Promise<void> {
  const to = centre(await wordBox(page, word, occurrence));
  const fromX = Math.max(2, to.x - 400);
  const steps = Math.max(1, Math.ceil((to.x - fromX) / 120));
  for (let i = 0; i <= steps; i++) {
    await page.mouse.move(fromX + ((to.x - fromX) * i) / steps, to.y);
    await page.evaluate(() => new Promise(requestAnimationFrame));
  }
}

/** Park the pointer somewhere with no text (top-left corner), and let a frame see it there. */
export async function parkPointer(page: Page): Promise<void> {
  await page.mouse.move(2, 2);
  await nextFrames(page);
}

/** Wait for the page to render two frames (hover looks at the pointer once per frame). */
export async function nextFrames(page: Page): Promise<void> {
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

export async function popoverOpen(page: Page): Promise<boolean> {
  return (await shadowUi(page, 'count', '[role="dialog"]')).count === 1;
}

export async function waitForPopoverClosed(page: Page): Promise<void> {
  await waitUntil(async () => !(await page.$(POPOVER_TAG)), { message: 'the popover to close', timeout: 5_000 });
}

interface Timing {
  /** Start of the first frame after the last pointermove: where hover's dwell starts counting. */
  moveFrame: number;
  /** Start of the first frame after the popover host was added: the frame that paints it. */
  shownFrame: number | null;
}

/**
 * Records, in the page's main world, the frame after the last pointermove and the frame after the popover host
 * is added (its content is rendered in the same task). Main-world and content-script frame callbacks run in
 * the same frames. Call before hovering; read with `hoverLatency`.
 */
export async function watchPopoverTiming(page: Page): Promise<void> {
  await page.evaluate((tag) => {
    const w = window as unknown as { __bgTiming: Timing };
    w.__bgTiming = { moveFrame: 0, shownFrame: null };
    document.addEventListener('pointermove', () => requestAnimationFrame((t) => (w.__bgTiming.moveFrame = t)), {
      capture: true,
    });
    new MutationObserver(() => {
      if (w.__bgTiming.shownFrame === null && document.querySelector(tag)) {
        requestAnimationFrame((t) => {
          w.__bgTiming.shownFrame ??= t;
        });
      }
    }).observe(document.documentElement, { childList: true });
  }, POPOVER_TAG);
}

/** Milliseconds from the end of the dwell to the frame that paints the popover. */
export async function hoverLatency(page: Page): Promise<number> {
  const t = await waitUntil(
    () =>
      page.evaluate(() => {
        const timing = (window as unknown as { __bgTiming: Timing }).__bgTiming;
        return timing.shownFrame === null ? null : timing;
      }),
    { message: 'the popover to become visible' },
  );
  return (t.shownFrame ?? 0) - (t.moveFrame + HOVER_TIMING.dwellMs);
}

/**
 * Chromium: stop the extension's service worker (as the browser does after 30 s idle), so the next message has
 * to wake it. Puppeteer's target list lags behind, so the stop is confirmed from the ServiceWorker domain.
 */
export async function stopServiceWorker(session: Session, returnTo: Page): Promise<void> {
  const blank = await session.newPage();
  try {
    const cdp = await blank.createCDPSession();
    let stopped = false;
    cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
      const ours = versions.filter((v) => v.scriptURL.startsWith(session.extensionOrigin));
      if (ours.length && ours.every((v) => v.runningStatus === 'stopped')) stopped = true;
    });
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await waitUntil(() => stopped, { message: 'the service worker to stop', timeout: 5_000 });
  } finally {
    await blank.close();
    await returnTo.bringToFront();
  }
}

/** The slice of the WebExtension tabs API the command helper uses, as seen from extension code. */
interface TabsApi {
  tabs: {
    query(q: object): Promise<{ id?: number }[]>;
    getCurrent(): Promise<{ id?: number } | undefined>;
    sendMessage(tabId: number, msg: unknown, options: { frameId: number }): Promise<unknown>;
  };
}

/**
 * Ask the page's content script to open the briefing at the selection, as the keyboard command does. The call
 * is made from an extension page in both browsers: Firefox gives no handle on its background page, and
 * attaching DevTools to Chromium's service worker would keep it from being stopped and woken naturally later.
 * Without the `tabs` permission URLs are hidden, so every other tab is asked; only a page with a selection
 * answers true.
 */
export async function sendOpenBriefingCommand(session: Session, page: Page): Promise<boolean> {
  const ext = await session.openExtensionPage('briefing.html');
  try {
    return await ext.evaluate(async () => {
      const g = globalThis as unknown as { browser?: TabsApi; chrome: TabsApi };
      const b = g.browser ?? g.chrome;
      const self = await b.tabs.getCurrent();
      const tabs = (await b.tabs.query({})).filter((t) => t.id !== undefined && t.id !== self?.id);
      const answers = await Promise.allSettled(
        tabs.map((t) => b.tabs.sendMessage(t.id as number, { type: 'openBriefingAtSelection' }, { frameId: 0 })),
      );
      return answers.some((a) => a.status === 'fulfilled' && a.value === true);
    });
  } finally {
    await ext.close();
    await page.bringToFront();
  }
}

/**
 * What the system clipboard holds, read the way a user would get it back: pasted into a text field.
 * Chromium is asked through the Clipboard API (permission granted to the page); Firefox pastes with Ctrl+V.
 */
export async function readClipboard(session: Session, page: Page): Promise<string> {
  await page.bringToFront();
  if (session.name === 'chromium') {
    await session.browser.defaultBrowserContext().overridePermissions(new URL(page.url()).origin, ['clipboard-read']);
    return page.evaluate(() => navigator.clipboard.readText());
  }
  await page.evaluate(() => {
    const area = document.createElement('textarea');
    area.id = '__bg-paste';
    document.body.append(area);
    area.focus();
  });
  await page.keyboard.down('Control');
  await page.keyboard.press('v');
  await page.keyboard.up('Control');
  return page.evaluate(() => {
    const area = document.getElementById('__bg-paste') as HTMLTextAreaElement;
    const value = area.value;
    area.remove();
    return value;
  });
}

/**
 * The tab that the extension opens at a URL starting with `prefix`. Asks each page where it is, since
 * Firefox's WebDriver BiDi keeps reporting a tab the extension opened as about:blank.
 */
export async function waitForOpenedPage(session: Session, prefix: string, known: Page[]): Promise<Page> {
  return waitUntil(
    async () => {
      for (const p of await session.browser.pages()) {
        if (known.includes(p)) continue;
        const href = await p.evaluate(() => location.href).catch(() => '');
        if (href.startsWith(prefix)) return p;
      }
      return null;
    },
    { message: `a tab at ${prefix}` },
  );
}

/** Select the n-th occurrence of a word in the page, as a reader would by double-clicking it. */
export async function selectWord(page: Page, word: string, occurrence = 0): Promise<void> {
  const range = await wordRange(page, word, occurrence);
  const found = await range.evaluate((r) => {
    if (!r) return false;
    const sel = getSelection();
    sel?.removeAllRanges();
    sel?.addRange(r);
    return true;
  });
  await range.dispose();
  if (!found) throw new Error(`"${word}" (#${occurrence}) is not on the page`);
}

// ---------------------------------------------------------------------------------------------------------
// What the built pack says, so expectations follow the corpus rather than being hard-coded.

export interface PackFacts {
  pack: Pack;
  entity: Entity;
  /** Quotes said by the entity, with their article titles. */
  ownQuotes: (Quote & { articleTitle: string })[];
}

export function packFacts(name: BrowserName, entityName: string): PackFacts {
  const pack = readBuiltJson<Pack>(name, 'pack.json');
  const entity = pack.entities.find((e) => e.name === entityName || e.aliases.includes(entityName));
  if (!entity) throw new Error(`the built pack has no entity named "${entityName}"`);
  const titles = new Map(pack.articles.map((a) => [a.id, a.title]));
  const ownQuotes = pack.quotes
    .filter((q) => q.speakerId === entity.id)
    .map((q) => ({ ...q, articleTitle: titles.get(q.articleId) ?? '' }));
  return { pack, entity, ownQuotes };
}

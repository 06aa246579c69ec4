// Helpers for the popup and options suites: drive the popup like a reader, read what it shows, and ask a
// tab's content script what it decided.
import type { Page, WebWorker } from 'puppeteer-core';
import type { PageState } from '../../lib/messaging.ts';
import { openPopup, type Session, waitUntil } from './harness.ts';

/** The slice of the extension API these helpers call inside extension pages. */
interface ExtensionApi {
  tabs: {
    query(q: object): Promise<{ id?: number }[]>;
    sendMessage(tabId: number, message: unknown, options?: { frameId?: number }): Promise<unknown>;
  };
  action: { getBadgeText(details: { tabId?: number }): Promise<string> };
}

/**
 * Open the popup over `page` after any earlier popup is fully gone: waitForTarget would otherwise hand back a
 * popup target that is closing.
 */
export async function freshPopup(session: Session, page: Page): Promise<Page> {
  const popups = () =>
    session.browser.targets().filter((t) => t.url().startsWith(`${session.extensionOrigin}/popup.html`));
  for (const target of popups()) await (await target.asPage())?.close().catch(() => undefined);
  await waitUntil(() => popups().length === 0, { message: 'earlier popup closed' });
  return openPopup(session, page);
}

export interface ShownItem {
  group: string;
  text: string;
  marks: string[];
  selected: boolean;
}

/** What the popup lists now, group by group, with the text of every <mark>. */
export async function shownResults(popup: Page): Promise<ShownItem[]> {
  return popup.evaluate(() =>
    [...document.querySelectorAll('[role="option"]')].map((option) => ({
      group: option.closest('[role="group"]')?.querySelector('.group-label')?.textContent ?? '',
      text: option.textContent ?? '',
      marks: [...option.querySelectorAll('mark')].map((m) => m.textContent ?? ''),
      selected: option.getAttribute('aria-selected') === 'true',
    })),
  );
}

/** Type into the focused search field key by key, as a reader does. */
export async function typeQuery(popup: Page, query: string): Promise<void> {
  await popup.click('#search', { count: 3 });
  await popup.keyboard.press('Backspace');
  await popup.keyboard.type(query);
}

/** Put a long text in at once, as a paste does (typing 10,000 keys would only measure the test). */
export async function pasteQuery(popup: Page, query: string): Promise<void> {
  await popup.$eval(
    '#search',
    (input, text) => {
      const el = input as HTMLInputElement;
      el.value = text;
      el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
    },
    query,
  );
}

/** Waits until the popup shows results for `query` (the bench mark carries the query it rendered). */
export async function waitForResults(popup: Page, query: string): Promise<ShownItem[]> {
  await waitUntil(
    () =>
      popup.evaluate(
        (q) =>
          performance
            .getEntriesByName('backgrounder:results')
            .some((e) => (e as PerformanceMark).detail?.query === q) ||
          document.querySelector('.notice[role="status"]')?.textContent?.includes('Nothing') === true,
        query.slice(0, 10_000),
      ),
    { message: `results for "${query.slice(0, 40)}"` },
  );
  return shownResults(popup);
}

/** The toolbar badge of the popup's tab. */
export async function badgeFromPopup(popup: Page): Promise<string> {
  return popup.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: ExtensionApi }).chrome;
    const [tab] = await api.tabs.query({ active: true, currentWindow: true });
    return api.action.getBadgeText({ tabId: tab?.id });
  });
}

/**
 * From an extension page or the service worker: the content script states of every tab on `host`
 * (tabs.query({}) works without the tabs permission; the host comes from each content script's answer).
 */
export async function pageStatesOn(extensionContext: Page | WebWorker, host: string): Promise<PageState[]> {
  return extensionContext.evaluate(async (wanted: string) => {
    const g = globalThis as unknown as { browser?: ExtensionApi; chrome: ExtensionApi };
    const api = g.browser ?? g.chrome;
    const tabs = await api.tabs.query({});
    const states = await Promise.all(
      tabs.map(async (tab) => {
        if (tab.id === undefined) return null;
        try {
          return (await api.tabs.sendMessage(tab.id, { type: 'getPageState' }, { frameId: 0 })) as PageState;
        } catch {
          return null;
        }
      }),
    );
    return states.filter((s): s is PageState => s?.host === wanted);
  }, host);
}

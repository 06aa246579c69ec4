// The browser's own UI: the "Briefing for “…”" context menu and the keyboard commands. Listeners are added
// synchronously while the background starts, so an event that wakes the MV3 service worker finds them.
import { browser } from 'wxt/browser';
import { sendToTab } from '../messaging.ts';
import { paused } from '../settings.ts';
import { openBriefingPage } from './briefing-handlers.ts';
import type { PackStore } from './pack-store.ts';
import type { UserArticles } from './user-article-handlers.ts';
import { isServiceWorker } from './worker-scope.ts';

export const MENU_BRIEFING = 'backgrounder-briefing';
export const MENU_ADD_PAGE = 'backgrounder-add-page';

export function registerBrowserUi(store: PackStore, userArticles?: Pick<UserArticles, 'addPageFromTab'>): void {
  // Chrome keeps an extension's menus across worker restarts and browser sessions, so its service worker creates
  // them once per install or update (and spends no wake-up on them); Firefox's background page forgets them when
  // it stops, so it recreates them on every start (removeAll first either way, or the duplicate id is refused).
  if (isServiceWorker()) browser.runtime.onInstalled.addListener(() => createMenus(Boolean(userArticles)));
  else createMenus(Boolean(userArticles));

  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === MENU_ADD_PAGE && userArticles && tab?.id !== undefined) {
      void addPageFromMenu(userArticles, tab.id);
      return;
    }
    if (info.menuItemId !== MENU_BRIEFING) return;
    void briefSelection(store, info.selectionText ?? '', tab?.id, info.frameId ?? 0);
  });

  browser.commands.onCommand.addListener((command, tab) => {
    if (command === 'open-briefing') void briefAtCaret(tab?.id);
    else if (command === 'toggle-pause') void togglePause();
  });
}

function createMenus(addPage: boolean): void {
  void browser.contextMenus
    .removeAll()
    .then(() => {
      browser.contextMenus.create({
        id: MENU_BRIEFING,
        title: browser.i18n.getMessage('contextMenuBriefing'),
        contexts: ['selection'],
      });
      // Pages Backgrounder can read: the browser shows no extension menu on its own pages anyway.
      if (addPage) {
        browser.contextMenus.create({
          id: MENU_ADD_PAGE,
          title: browser.i18n.getMessage('contextMenuAddPage'),
          contexts: ['page'],
          documentUrlPatterns: ['http://*/*', 'https://*/*'],
        });
      }
    })
    .catch(() => undefined);
}

/**
 * Context menu: the page's own popover when its content script can show one (it knows where the selection
 * is); otherwise (Backgrounder off on that site, or a page without content scripts) the briefing page:
 * the entity's dossier, or the search results for a selection that names no one.
 */
export async function briefSelection(store: PackStore, text: string, tabId?: number, frameId = 0): Promise<void> {
  if (tabId !== undefined && tabId >= 0) {
    try {
      if (await sendToTab(tabId, { type: 'openBriefingAtSelection' }, frameId)) return;
    } catch {
      // No content script answered in that frame.
    }
  }
  const query = text.trim().slice(0, 500);
  const entityId = query ? await store.findEntity(query) : null;
  await openBriefingPage(entityId ? { view: 'entity', entityId } : { view: 'search', query }, tabId);
}

/**
 * Context menu "Add this page to Backgrounder": the same path as the popup's button; with no popup open to say
 * how it went, the page shows the outcome in a notice of its own (lib/page/notice.ts).
 */
export async function addPageFromMenu(
  userArticles: Pick<UserArticles, 'addPageFromTab'>,
  tabId: number,
): Promise<void> {
  const outcome = await userArticles.addPageFromTab(tabId);
  await sendToTab(tabId, { type: 'showNotice', text: outcome.message, ok: outcome.ok }).catch(() => undefined);
}

/** Keyboard command: the background cannot see the selection, the tab's content script can. */
async function briefAtCaret(tabId?: number): Promise<void> {
  const id = tabId ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (id === undefined || id < 0) return;
  try {
    await sendToTab(id, { type: 'openBriefingAtSelection' });
  } catch {
    // Not a page Backgrounder runs on.
  }
}

async function togglePause(): Promise<void> {
  await paused.setValue(!(await paused.getValue()));
}

// The browser's own UI: the "Briefing for “…”" context menu and the keyboard commands. Listeners are added
// synchronously while the background starts, so an event that wakes the MV3 service worker finds them.
import { browser } from 'wxt/browser';
import { sendToTab } from '../messaging.ts';
import { paused } from '../settings.ts';
import { openBriefingPage } from './briefing-handlers.ts';
import type { PackStore } from './pack-store.ts';

export const MENU_BRIEFING = 'backgrounder-briefing';

export function registerBrowserUi(store: PackStore): void {
  // Chrome keeps menus across worker restarts, Firefox forgets them on restart: recreating on every start
  // is right for both (removeAll first, or Chrome refuses the duplicate id).
  void browser.contextMenus
    .removeAll()
    .then(() =>
      browser.contextMenus.create({
        id: MENU_BRIEFING,
        title: browser.i18n.getMessage('contextMenuBriefing'),
        contexts: ['selection'],
      }),
    )
    .catch(() => undefined);

  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== MENU_BRIEFING) return;
    void briefSelection(store, info.selectionText ?? '', tab?.id, info.frameId ?? 0);
  });

  browser.commands.onCommand.addListener((command, tab) => {
    if (command === 'open-briefing') void briefAtCaret(tab?.id);
    else if (command === 'toggle-pause') void togglePause();
  });
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

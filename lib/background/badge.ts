import { browser } from 'wxt/browser';
import type { BackgroundHandlers } from '../messaging.ts';

/** The toolbar badge counts the names on the page; a tab where Backgrounder is off reports 0 and shows none. */
export function badgeHandlers(): Pick<BackgroundHandlers, 'pageNames'> {
  return {
    pageNames: async ({ count }, sender) => {
      const tabId = sender.tab?.id;
      if (tabId === undefined) return null;
      const action = browser.action ?? browser.browserAction;
      await action.setBadgeText({ tabId, text: count > 0 ? String(count) : '' });
      return null;
    },
  };
}

// The ::highlight() stylesheet reaches a frame only when that frame has a name to show. Declared in the manifest,
// it was in every page from the start, and a stylesheet with ::highlight() rules makes every element's style
// recalculation compute highlight styles too: on a 1 MB page about as much style time again, names or not.
// Inserted through the extension API, it is still no node in the page and not subject to the page's CSP.
import { browser } from 'wxt/browser';
import type { BackgroundHandlers } from '../messaging.ts';
import { HIGHLIGHT_CSS_FILE } from './page-styles-file.ts';

type InsertCss = {
  scripting?: {
    insertCSS(injection: { target: { tabId: number; frameIds: number[] }; files: string[] }): Promise<void>;
  };
  tabs: { insertCSS?(tabId: number, details: { file: string; frameId: number }): Promise<void> };
};

export function pageStyleHandlers(
  api: InsertCss = browser as unknown as InsertCss,
): Pick<BackgroundHandlers, 'showStyles'> {
  return {
    showStyles: async (_msg, sender) => {
      const tabId = sender.tab?.id;
      if (tabId === undefined) return false;
      const frameId = sender.frameId ?? 0;
      try {
        // MV3 (Chromium) has scripting.insertCSS; Firefox's MV2 build has tabs.insertCSS.
        if (api.scripting) {
          await api.scripting.insertCSS({ target: { tabId, frameIds: [frameId] }, files: [HIGHLIGHT_CSS_FILE] });
        } else if (api.tabs.insertCSS) {
          await api.tabs.insertCSS(tabId, { file: `/${HIGHLIGHT_CSS_FILE}`, frameId });
        } else {
          return false;
        }
        return true;
      } catch {
        // The frame navigated or closed since it asked: nothing to style.
        return false;
      }
    },
  };
}

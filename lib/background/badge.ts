import { browser } from 'wxt/browser';
import type { BackgroundHandlers } from '../messaging.ts';
import type { SettingsSnapshot } from '../settings.ts';
import { activationFor, watchSettings } from '../settings.ts';

/**
 * The toolbar badge counts the names on the page. A page where Backgrounder is off shows none: its content
 * script reports 0 when it stops, and the badge also checks the settings itself, so a pause or a site switch
 * clears every affected tab at once even if a content script is slow or gone.
 */
export function badgeHandlers(): Pick<BackgroundHandlers, 'pageNames'> {
  const hosts = new Map<number, string>();
  let settings: SettingsSnapshot | undefined;
  let ready: Promise<void> | undefined;
  const allowed = (host: string) => !settings || activationFor(host, settings).active;
  // Watched from the first count on, not at wake-up: until a page reports, no tab has a badge to clear, and a hover
  // that wakes the worker does not wait behind the settings' storage reads.
  const watching = () => {
    ready ??= new Promise<void>((loaded) => {
      watchSettings((s) => {
        settings = s;
        loaded();
        for (const [tabId, host] of hosts) if (!allowed(host)) void setBadge(tabId, '');
      });
      browser.tabs.onRemoved.addListener((tabId) => hosts.delete(tabId));
    });
    return ready;
  };

  return {
    pageNames: async ({ count }, sender) => {
      const tabId = sender.tab?.id;
      if (tabId === undefined) return null;
      await watching();
      const host = hostOf(sender.url);
      if (host !== undefined) hosts.set(tabId, host);
      const shown = count > 0 && (host === undefined || allowed(host));
      await setBadge(tabId, shown ? String(count) : '');
      return null;
    },
  };
}

async function setBadge(tabId: number, text: string): Promise<void> {
  const action = browser.action ?? browser.browserAction;
  // The tab may have closed since the count was sent.
  await action.setBadgeText({ tabId, text }).catch(() => undefined);
}

function hostOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).hostname;
  } catch {
    return undefined;
  }
}

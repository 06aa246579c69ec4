// After each committed change to the reader's articles: the user layer follows it, then every open tab is told,
// so its content script asks `activate` again for the new names and rescans (tabs.query({}) and
// tabs.sendMessage need no `tabs` permission: no tab's address or title is read).
import { browser } from 'wxt/browser';
import { sendCorpusChanged } from '../messaging.ts';
import type { LayerChange, UserLayer } from '../user-layer/layer.ts';

export function followChanges(layer: UserLayer): (change: LayerChange) => Promise<void> {
  return async (change) => {
    await layer.apply(change);
    const stamp = (await layer.corpus())?.stamp ?? 'none';
    void tellTabs(stamp);
  };
}

async function tellTabs(stamp: string): Promise<void> {
  const tabs = await browser.tabs.query({}).catch(() => []);
  await Promise.all(tabs.map((t) => (t.id === undefined ? undefined : sendCorpusChanged(t.id, stamp))));
}

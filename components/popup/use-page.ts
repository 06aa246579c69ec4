import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { PageState } from '../../lib/messaging.ts';
import { sendToTab } from '../../lib/messaging.ts';

export type PageInfo =
  | { status: 'loading' }
  /** No content script answers: the browser's own pages, extension stores, files, or a tab still loading. */
  | { status: 'unavailable' }
  | { status: 'ready'; tabId: number; state: PageState };

/**
 * The active tab as its content script sees it. The popup has no `tabs` permission, so the host comes from
 * the content script's answer, never from the tab's URL.
 */
export function usePage(): [PageInfo, () => void] {
  const [info, setInfo] = useState<PageInfo>({ status: 'loading' });

  const refresh = useCallback(() => {
    void readPage().then(setInfo);
  }, []);

  useEffect(() => {
    let cancelled = false;
    // A tab still loading has no content script yet (it starts at document_idle): ask a few times before
    // saying Backgrounder cannot run there.
    const attempt = async (delays: number[]) => {
      const result = await readPage();
      if (cancelled) return;
      const [next, ...rest] = delays;
      if (result.status === 'unavailable' && next !== undefined) setTimeout(() => void attempt(rest), next);
      else setInfo(result);
    };
    void attempt([250, 750]);
    return () => {
      cancelled = true;
    };
  }, []);
  return [info, refresh];
}

async function readPage(): Promise<PageInfo> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return { status: 'unavailable' };
  try {
    const state = await sendToTab(tab.id, { type: 'getPageState' });
    if (!isPageState(state)) return { status: 'unavailable' };
    return { status: 'ready', tabId: tab.id, state };
  } catch {
    return { status: 'unavailable' };
  }
}

function isPageState(value: unknown): value is PageState {
  const s = value as PageState | undefined;
  return typeof s?.host === 'string' && s.host !== '' && Array.isArray(s.names);
}

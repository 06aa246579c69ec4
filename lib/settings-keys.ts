// Where each setting lives in storage, and one listener for changes to any of them. Kept apart from the storage
// items (settings.ts) so the content script can follow changes without loading the storage layer: it asks the
// background for its activation instead of reading settings itself.
import { browser } from 'wxt/browser';

/** Preference items, all in storage.sync (settings.ts defines them under these keys). */
export const PREFERENCE_KEYS = {
  paused: 'paused',
  siteMode: 'siteMode',
  highlightKinds: 'highlightKinds',
  highlightStyle: 'highlightStyle',
} as const;

/** The site list's head item in sync, and its fallback copy in local storage (settings-site-list.ts). */
export const SITE_LIST_HEAD_KEY = 'siteRules';
export const SITE_LIST_LOCAL_KEY = 'siteRules';
/** Chunks the list may take in sync: 10 × 8 KB leaves a fifth of the 100 KB area for everything else. */
export const MAX_SYNC_CHUNKS = 10;
export const chunkKey = (index: number) => `${SITE_LIST_HEAD_KEY}.${index}`;

export interface StorageKeys {
  sync?: readonly string[];
  local?: readonly string[];
}

/** Every storage key the site list may occupy, by area. */
export const SITE_LIST_KEYS = {
  sync: [SITE_LIST_HEAD_KEY, ...Array.from({ length: MAX_SYNC_CHUNKS - 1 }, (_, i) => chunkKey(i + 1))],
  local: [SITE_LIST_LOCAL_KEY],
} as const satisfies StorageKeys;

/** Every key of every setting. */
export const SETTING_KEYS: StorageKeys = {
  sync: [...Object.values(PREFERENCE_KEYS), ...SITE_LIST_KEYS.sync],
  local: SITE_LIST_KEYS.local,
};

/** One storage listener for a set of keys: a multi-key write (a split site list) calls back once. */
export function watchStorageKeys(keys: StorageKeys, onChange: () => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    const watched = area === 'sync' ? keys.sync : area === 'local' ? keys.local : undefined;
    if (watched?.some((key) => key in changes)) onChange();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

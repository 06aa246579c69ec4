// Where the background reads the layout from: the extension's own files (fetch of its package URLs, which are not
// network requests), or, in a build made with WXT_PACK_SOURCE=idb for the bench's comparison, an IndexedDB copy
// imported from those same files on install and update (pack-idb.ts).
import { browser } from 'wxt/browser';
import type { LayoutSource } from '../layout/reader.ts';
import { LAYOUT_DIR } from '../layout/types.ts';

/** A file of the extension's layout, as text. */
export async function readBundled(path: string): Promise<string> {
  const url = browser.runtime.getURL(`/${LAYOUT_DIR}/${path}` as '/');
  const response = await fetch(url);
  if (!response.ok) throw new Error(`the extension has no ${LAYOUT_DIR}/${path} (${response.status})`);
  return response.text();
}

export function bundledSource(): LayoutSource {
  return { read: readBundled };
}

// The alternative the bench measures against reading the extension's files: the layout imported once into
// IndexedDB (idb) on install and update, and read from there. Built only with WXT_PACK_SOURCE=idb; the extension's
// files stay the source of truth (the import copies them, keyed by the layout's build id, and any file not yet
// imported is read from the package).
import { type IDBPDatabase, openDB } from 'idb';
import type { LayoutSource } from '../layout/reader.ts';
import type { LayoutMeta } from '../layout/types.ts';

const DB = 'backgrounder-pack';
const FILES = 'files';
const STATE = 'state';
/** Files per transaction: each one all-or-nothing, none long enough to hold up a request. */
const BATCH = 250;

export interface ImportReport {
  build: string;
  files: number;
  ms: number;
  skipped: boolean;
}

export function idbSource(bundled: LayoutSource): LayoutSource & { importAll(): Promise<ImportReport> } {
  let db: Promise<IDBPDatabase> | undefined;
  const open = () => {
    db ??= openDB(DB, 1, {
      upgrade(d) {
        d.createObjectStore(FILES);
        d.createObjectStore(STATE);
      },
    });
    return db;
  };
  return {
    async read(path) {
      const text = (await (await open()).get(FILES, path)) as string | undefined;
      return text ?? bundled.read(path);
    },
    async importAll() {
      const started = performance.now();
      const meta = JSON.parse(await bundled.read('meta.json')) as LayoutMeta;
      const d = await open();
      if ((await d.get(STATE, 'build')) === meta.build) {
        return { build: meta.build, files: 0, ms: performance.now() - started, skipped: true };
      }
      await d.clear(FILES);
      const paths = JSON.parse(await bundled.read('files.json')) as string[];
      for (let i = 0; i < paths.length; i += BATCH) {
        const batch = paths.slice(i, i + BATCH);
        const texts = await Promise.all(batch.map((p) => bundled.read(p)));
        const tx = d.transaction(FILES, 'readwrite');
        await Promise.all([...batch.map((p, j) => tx.store.put(texts[j], p)), tx.done]);
      }
      await d.put(STATE, meta.build, 'build');
      const ms = performance.now() - started;
      await d.put(STATE, { files: paths.length, ms }, 'import');
      return { build: meta.build, files: paths.length, ms, skipped: false };
    },
  };
}

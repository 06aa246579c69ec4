// The reader's article store. Every change is one IndexedDB transaction over the article and its derived
// records, so a worker stopped mid-way (the browser aborts an unfinished transaction) leaves the whole article
// or none of it, and a reader never sees an article without its names and quotes.
import type { IDBPTransaction } from 'idb';
import { isQuotaError, StorageFullError, storageFullMessage } from './errors.ts';
import { type DerivedRecord, openUserDb, type StoredArticle, type UserDb, type UserDbHandle } from './schema.ts';

export interface NewArticle {
  article: StoredArticle;
  derived: DerivedRecord;
}

export interface Duplicate {
  /** The article given. */
  article: StoredArticle;
  /** The one already stored (or earlier in the same batch). */
  existing: Pick<StoredArticle, 'id' | 'title' | 'fileName' | 'url'>;
  by: 'url' | 'text';
}

export type AddResult = { added: true; article: StoredArticle } | ({ added: false } & Duplicate);

/** The list's view of an article: everything but its text. */
export type ArticleSummary = Omit<StoredArticle, 'text' | 'urlKeys' | 'fingerprint'>;

type WriteTx = IDBPTransaction<UserDb, ('articles' | 'derived')[], 'readwrite'>;

export interface StoreOptions {
  /** Opens the database (tests pass a fresh name). */
  open?: () => Promise<UserDbHandle>;
  /**
   * Test seam: runs after an add's writes are queued and before its transaction commits. Throwing (or aborting
   * `tx`) stands for a worker stopped mid-write.
   */
  beforeCommit?: (tx: WriteTx) => void;
  estimate?: () => Promise<StorageEstimate | undefined>;
}

export interface UserArticleStore {
  /** Adds one article and its derived records, or reports the stored article it duplicates (by address or text). */
  add(entry: NewArticle): Promise<AddResult>;
  /** Adds every new article of `entries` in one transaction (all or none); duplicates are reported, not added. */
  addMany(entries: readonly NewArticle[]): Promise<{ added: StoredArticle[]; duplicates: Duplicate[] }>;
  /** The stored article a new one would duplicate, checked before spending time on the pipeline. */
  findDuplicate(
    candidate: Pick<StoredArticle, 'urlKeys'> & { fingerprint?: string },
  ): Promise<(Duplicate['existing'] & { by: 'url' | 'text' }) | undefined>;
  /** Newest first, without texts. */
  list(): Promise<ArticleSummary[]>;
  /** Every article with its text, oldest first (the export). */
  all(): Promise<StoredArticle[]>;
  /** Every derived record (the merged corpus is built from these). */
  derived(): Promise<DerivedRecord[]>;
  get(id: string): Promise<{ article: StoredArticle; derived?: DerivedRecord } | undefined>;
  /** Removes an article and its derived records together; false when there was none. */
  remove(id: string): Promise<boolean>;
  close(): Promise<void>;
}

export function createUserArticleStore(options: StoreOptions = {}): UserArticleStore {
  const open = options.open ?? (() => openUserDb());
  let connection: Promise<UserDbHandle> | undefined;
  const db = () => {
    if (!connection) {
      const opening = open();
      connection = opening;
      opening.then(
        (handle) => {
          // Closed by a newer version elsewhere (schema.ts `blocking`) or by the browser: reopen on next use.
          handle.addEventListener('close', () => {
            if (connection === opening) connection = undefined;
          });
        },
        () => {
          if (connection === opening) connection = undefined;
        },
      );
    }
    return connection;
  };

  const write = async <T>(run: (tx: WriteTx) => Promise<T>): Promise<T> => {
    const tx = (await db()).transaction(['articles', 'derived'], 'readwrite');
    tx.done.catch(() => undefined);
    try {
      const [result] = await Promise.all([run(tx), tx.done]);
      return result;
    } catch (error) {
      abortQuietly(tx);
      const cause = tx.error ?? error;
      if (isQuotaError(cause) || isQuotaError(error)) {
        throw new StorageFullError(await storageFullMessage(options.estimate), { cause });
      }
      throw error;
    }
  };

  // Both writes of an article are queued before either is awaited. A request the aborted transaction fails is
  // marked handled at once: the failure that matters is the transaction's, reported by `write`.
  const put = (tx: WriteTx, entry: NewArticle): Promise<unknown> => {
    const requests: Promise<unknown>[] = [];
    try {
      requests.push(tx.objectStore('articles').add(entry.article));
      requests.push(tx.objectStore('derived').put(entry.derived));
    } catch (error) {
      requests.push(Promise.reject(error));
    }
    for (const r of requests) r.catch(() => undefined);
    return Promise.all(requests);
  };

  const commit = (tx: WriteTx, writes: readonly Promise<unknown>[]) => {
    for (const w of writes) w.catch(() => undefined);
    options.beforeCommit?.(tx);
    return Promise.all(writes);
  };

  return {
    add: (entry) =>
      write(async (tx) => {
        const duplicate = await duplicateIn(tx, entry.article);
        if (duplicate) return { added: false as const, article: entry.article, ...duplicate };
        await commit(tx, [put(tx, entry)]);
        return { added: true as const, article: entry.article };
      }),

    addMany: (entries) =>
      write(async (tx) => {
        const added: StoredArticle[] = [];
        const duplicates: Duplicate[] = [];
        const writes: Promise<unknown>[] = [];
        for (const entry of entries) {
          const duplicate = earlierIn(added, entry.article) ?? (await duplicateIn(tx, entry.article));
          if (duplicate) {
            duplicates.push({ article: entry.article, ...duplicate });
            continue;
          }
          added.push(entry.article);
          writes.push(put(tx, entry));
        }
        await commit(tx, writes);
        return { added, duplicates };
      }),

    async findDuplicate(candidate) {
      const tx = (await db()).transaction('articles');
      const found = await duplicateIn(tx as never, candidate);
      await tx.done;
      return found ? { ...found.existing, by: found.by } : undefined;
    },

    async list() {
      const all = await (await db()).getAllFromIndex('articles', 'byAdded');
      return all.reverse().map(({ text: _text, urlKeys: _keys, fingerprint: _fp, ...summary }) => summary);
    },

    async all() {
      return (await db()).getAllFromIndex('articles', 'byAdded');
    },

    async derived() {
      return (await db()).getAll('derived');
    },

    async get(id) {
      const tx = (await db()).transaction(['articles', 'derived']);
      const [article, derived] = await Promise.all([
        tx.objectStore('articles').get(id),
        tx.objectStore('derived').get(id),
        tx.done,
      ]);
      return article ? { article, ...(derived ? { derived } : {}) } : undefined;
    },

    remove: (id) =>
      write(async (tx) => {
        const existing = await tx.objectStore('articles').getKey(id);
        if (existing === undefined) return false;
        await Promise.all([tx.objectStore('articles').delete(id), tx.objectStore('derived').delete(id)]);
        return true;
      }),

    async close() {
      const current = connection;
      connection = undefined;
      if (current) (await current.catch(() => undefined))?.close();
    },
  };
}

type ReadTx = Pick<WriteTx, 'objectStore'>;

async function duplicateIn(
  tx: ReadTx,
  candidate: Pick<StoredArticle, 'urlKeys'> & { fingerprint?: string },
): Promise<Omit<Duplicate, 'article'> | undefined> {
  const articles = tx.objectStore('articles');
  for (const key of candidate.urlKeys) {
    const existing = await articles.index('byUrl').get(key);
    if (existing) return { existing: pick(existing), by: 'url' };
  }
  if (candidate.fingerprint) {
    const existing = await articles.index('byFingerprint').get(candidate.fingerprint);
    if (existing) return { existing: pick(existing), by: 'text' };
  }
  return undefined;
}

/** A batch may hold the same article twice (an export of two profiles merged by hand). */
function earlierIn(batch: readonly StoredArticle[], a: StoredArticle): Omit<Duplicate, 'article'> | undefined {
  const byUrl = batch.find((b) => b.urlKeys.some((k) => a.urlKeys.includes(k)));
  if (byUrl) return { existing: pick(byUrl), by: 'url' };
  const byText = batch.find((b) => b.fingerprint === a.fingerprint);
  return byText ? { existing: pick(byText), by: 'text' } : undefined;
}

function pick(a: StoredArticle): Duplicate['existing'] {
  return {
    id: a.id,
    title: a.title,
    ...(a.fileName ? { fileName: a.fileName } : {}),
    ...(a.url ? { url: a.url } : {}),
  };
}

function abortQuietly(tx: { abort(): void }): void {
  try {
    tx.abort();
  } catch {
    // Already finished or already aborted.
  }
}

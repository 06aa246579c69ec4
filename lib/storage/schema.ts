// The reader's own articles in IndexedDB: the record types, the database's versioned schema and its migrations.
// idb (a 1 kB promise wrapper that keeps IndexedDB's own transactions) rather than Dexie (~30 kB gzip, its own
// query layer and transaction zones): what this store needs is exactly IndexedDB's all-or-nothing transaction
// over two object stores, and a schema upgrade that runs inside the version-change transaction.
import { type DBSchema, type IDBPDatabase, type IDBPTransaction, openDB, type StoreNames } from 'idb';
import type { Pack } from '../corpus/types.ts';
import type { ArticleOrigin, Contribution } from '../user-corpus/types.ts';

export const USER_DB_NAME = 'backgrounder-articles';

/** One article the reader added: what they gave (the text, where it came from) and what it contributed. */
export interface StoredArticle {
  /** "u-" and 16 hex digits of the text's SHA-256 (lib/user-corpus/identity.ts). */
  id: string;
  origin: ArticleOrigin;
  title: string;
  /** The page it was read from (origin "page", or an imported export of one). */
  url?: string;
  canonicalUrl?: string;
  /** Site name ("The Guardian") or, for a file, what its "Source:" line says. */
  site?: string;
  byline?: string;
  /** ISO 8601 when known ("2019-01-03T07:00"). */
  date?: string;
  /** The page's declared language, when it declared one. */
  lang?: string;
  /** The imported file's name (origin "file"). */
  fileName?: string;
  /** The plain text the pipeline read: the source of truth, from which the derived records can be rebuilt. */
  text: string;
  /** SHA-256 hex of the parsed paragraphs, for spotting the same text again. */
  fingerprint: string;
  /** Normalized forms of `url` and `canonicalUrl` (multi-entry index). */
  urlKeys: string[];
  /** ISO 8601, when it was added. */
  addedAt: string;
  contribution: Contribution;
  /** PACK_VERSION of the pipeline that made the derived records; a newer pipeline may rebuild them from `text`. */
  packVersion: number;
}

/**
 * What the pipeline derived from one article. Today its one-article pack (article, entities, quotes; no search
 * index); the merged corpus (bundled + added) is built from these.
 */
export interface DerivedRecord {
  articleId: string;
  pack: Pack;
}

export interface UserDb extends DBSchema {
  articles: {
    key: string;
    value: StoredArticle;
    indexes: { byUrl: string; byFingerprint: string; byAdded: string };
  };
  derived: { key: string; value: DerivedRecord };
}

export type UserDbHandle = IDBPDatabase<UserDb>;
type UpgradeTx = IDBPTransaction<UserDb, StoreNames<UserDb>[], 'versionchange'>;

/** Migration i takes the database from version i to i + 1, inside the one version-change transaction. */
export type Migration = (db: UserDbHandle, tx: UpgradeTx) => void | Promise<void>;

export const MIGRATIONS: readonly Migration[] = [
  // 0 → 1: the articles (by id, findable by address and by text, listed by date added) and their derived records.
  (db) => {
    const articles = db.createObjectStore('articles', { keyPath: 'id' });
    articles.createIndex('byUrl', 'urlKeys', { multiEntry: true });
    articles.createIndex('byFingerprint', 'fingerprint', { unique: true });
    articles.createIndex('byAdded', 'addedAt');
    db.createObjectStore('derived', { keyPath: 'articleId' });
  },
];

/**
 * Opens (creating or upgrading) the database. A migration that throws aborts the version-change transaction,
 * which leaves the database at its old version with its old data: an upgrade, too, is all or nothing.
 */
export async function openUserDb(
  name: string = USER_DB_NAME,
  migrations: readonly Migration[] = MIGRATIONS,
): Promise<UserDbHandle> {
  let failure: unknown;
  try {
    return await openDB<UserDb>(name, migrations.length, {
      async upgrade(db, oldVersion, _newVersion, tx) {
        // Its failure is the open's failure, reported below.
        tx.done.catch(() => undefined);
        try {
          for (let v = oldVersion; v < migrations.length; v++) await migrations[v]?.(db, tx);
        } catch (error) {
          // idb does not abort for us: without this the half-run upgrade would commit.
          failure = error;
          tx.abort();
        }
      },
      // Another context (an old worker, an options tab) holds an older version open: let it go so the upgrade
      // can proceed; it reopens on its next use.
      blocking(_current, _blocked, event) {
        (event.target as IDBDatabase).close();
      },
    });
  } catch (error) {
    throw failure
      ? new Error(`The article store could not be upgraded: ${String(failure)}`, { cause: failure })
      : error;
  }
}

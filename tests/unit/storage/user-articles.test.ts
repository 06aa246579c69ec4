// The reader's article store on IndexedDB (fake-indexeddb in Node): one transaction per article, so an aborted
// write leaves nothing; duplicates by address and by text; remove takes the derived records along; the
// schema's migrations run in order and an upgrade that fails changes nothing; a full disk gets its message.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PACK_VERSION } from '../../../lib/corpus/types.ts';
import { StorageFullError } from '../../../lib/storage/errors.ts';
import { MIGRATIONS, type Migration, openUserDb, type StoredArticle } from '../../../lib/storage/schema.ts';
import { createUserArticleStore, type NewArticle, type UserArticleStore } from '../../../lib/storage/user-articles.ts';

let n = 0;
function entry(overrides: Partial<StoredArticle> = {}): NewArticle {
  n++;
  const id = overrides.id ?? `u-${String(n).padStart(16, '0')}`;
  const article: StoredArticle = {
    id,
    origin: 'page',
    title: `Harbour story ${n}`,
    url: `https://news.example.org/story-${n}`,
    site: 'Example News',
    text: `Harbour story ${n}\n\nThe harbour reopened on Monday, Ada Quill said.\n`,
    fingerprint: `fp-${n}`,
    urlKeys: [`https://news.example.org/story-${n}`],
    addedAt: new Date(Date.UTC(2025, 0, n)).toISOString(),
    contribution: { people: 1, organizations: 0, places: 1, terms: 0, quotes: 1 },
    packVersion: PACK_VERSION,
    ...overrides,
  };
  const pack = { version: PACK_VERSION, articles: [], entities: [], quotes: [], index: null } as const;
  return { article, derived: { articleId: id, pack: { ...pack, articles: [], entities: [], quotes: [] } } };
}

let store: UserArticleStore;
beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  store = createUserArticleStore();
});
afterEach(async () => {
  await store.close();
});

describe('adding', () => {
  it('stores the article and its derived records together, listed newest first without their text', async () => {
    const a = entry();
    const b = entry();
    expect((await store.add(a)).added).toBe(true);
    expect((await store.add(b)).added).toBe(true);
    const list = await store.list();
    expect(list.map((x) => x.id)).toEqual([b.article.id, a.article.id]);
    expect(list[0]).not.toHaveProperty('text');
    expect((await store.get(a.article.id))?.derived?.articleId).toBe(a.article.id);
    expect((await store.derived()).map((d) => d.articleId).sort()).toEqual([a.article.id, b.article.id].sort());
  });

  it('refuses the same address again (any of its forms), and the same text under another address', async () => {
    const first = entry({ urlKeys: ['https://news.example.org/a', 'https://news.example.org/canonical-a'] });
    await store.add(first);
    const sameCanonical = entry({ urlKeys: ['https://m.example.org/a', 'https://news.example.org/canonical-a'] });
    const byUrl = await store.add(sameCanonical);
    expect(byUrl).toMatchObject({ added: false, by: 'url', existing: { id: first.article.id } });
    const sameText = entry({ fingerprint: first.article.fingerprint });
    expect(await store.add(sameText)).toMatchObject({ added: false, by: 'text', existing: { id: first.article.id } });
    expect((await store.list()).length).toBe(1);
    expect(await store.findDuplicate({ urlKeys: ['https://news.example.org/a'] })).toMatchObject({ by: 'url' });
    expect(await store.findDuplicate({ urlKeys: [], fingerprint: 'none' })).toBeUndefined();
  });

  it('leaves nothing behind when the transaction is aborted mid-way (a worker stopped between the two writes)', async () => {
    const aborting = createUserArticleStore({
      beforeCommit: (tx) => {
        tx.abort();
      },
    });
    await expect(aborting.add(entry())).rejects.toThrow();
    await aborting.close();
    expect(await store.list()).toEqual([]);
    expect(await store.derived()).toEqual([]);
  });

  it('leaves nothing behind when the second write fails (a derived record that cannot be stored)', async () => {
    const bad = entry();
    // A function cannot be cloned into IndexedDB: the derived write fails after the article's was queued.
    (bad.derived.pack as unknown as { index: unknown }).index = () => 0;
    await expect(store.add(bad)).rejects.toThrow();
    expect(await store.list()).toEqual([]);
    expect(await store.get(bad.article.id)).toBeUndefined();
  });

  it('says the disk is full, with the browser’s figures, when the browser refuses the write for quota', async () => {
    const full = createUserArticleStore({
      estimate: async () => ({ usage: 104_857_600, quota: 104_900_000 }),
      beforeCommit: () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      },
    });
    const error = await full.add(entry()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageFullError);
    expect((error as Error).message).toBe(
      'The browser has no more room for Backgrounder’s articles (104.9 MB used of 104.9 MB). Remove articles you no longer need or free some disk space, then try again; nothing was added.',
    );
    await full.close();
    expect(await store.list()).toEqual([]);
  });
});

describe('adding many (an import)', () => {
  it('adds all new articles in one transaction and reports duplicates, within the batch too', async () => {
    const existing = entry();
    await store.add(existing);
    const fresh = entry();
    const again = entry({ fingerprint: existing.article.fingerprint });
    const twin = entry({ fingerprint: fresh.article.fingerprint });
    const result = await store.addMany([fresh, again, twin]);
    expect(result.added.map((a) => a.id)).toEqual([fresh.article.id]);
    expect(result.duplicates.map((d) => [d.article.id, d.existing.id, d.by])).toEqual([
      [again.article.id, existing.article.id, 'text'],
      [twin.article.id, fresh.article.id, 'text'],
    ]);
    expect((await store.list()).length).toBe(2);
  });

  it('adds none when the transaction fails part-way', async () => {
    const failing = createUserArticleStore({
      beforeCommit: (tx) => {
        tx.abort();
      },
    });
    await expect(failing.addMany([entry(), entry(), entry()])).rejects.toThrow();
    await failing.close();
    expect(await store.list()).toEqual([]);
  });
});

describe('removing', () => {
  it('removes the article and its derived records, and says whether there was one', async () => {
    const a = entry();
    const b = entry();
    await store.addMany([a, b]);
    expect(await store.remove(a.article.id)).toBe(true);
    expect(await store.remove(a.article.id)).toBe(false);
    expect((await store.list()).map((x) => x.id)).toEqual([b.article.id]);
    expect((await store.derived()).map((d) => d.articleId)).toEqual([b.article.id]);
    // Its address is free again.
    expect((await store.add(entry({ urlKeys: a.article.urlKeys }))).added).toBe(true);
  });
});

describe('schema versions', () => {
  it('runs each migration once, in order, keeping the data of earlier versions', async () => {
    const db1 = await openUserDb('migrate', MIGRATIONS);
    await db1.put('articles', entry({ id: 'u-old' }).article);
    db1.close();
    // A later version that adds a field to every stored article, inside the upgrade transaction.
    const v2: Migration = async (_db, tx) => {
      const articles = tx.objectStore('articles');
      for (let cursor = await articles.openCursor(); cursor; cursor = await cursor.continue()) {
        await cursor.update({ ...cursor.value, lang: cursor.value.lang ?? 'en' });
      }
    };
    const db2 = await openUserDb('migrate', [...MIGRATIONS, v2]);
    expect(db2.version).toBe(2);
    expect((await db2.get('articles', 'u-old'))?.lang).toBe('en');
    db2.close();
  });

  it('leaves the old version and its data when an upgrade fails', async () => {
    const db1 = await openUserDb('broken', MIGRATIONS);
    await db1.put('articles', entry({ id: 'u-kept' }).article);
    db1.close();
    const failing: Migration = (db) => {
      db.deleteObjectStore('derived');
      throw new Error('migration bug');
    };
    await expect(openUserDb('broken', [...MIGRATIONS, failing])).rejects.toThrow();
    const again = await openUserDb('broken', MIGRATIONS);
    expect(again.version).toBe(1);
    expect(again.objectStoreNames.contains('derived')).toBe(true);
    expect((await again.get('articles', 'u-kept'))?.id).toBe('u-kept');
    again.close();
  });
});

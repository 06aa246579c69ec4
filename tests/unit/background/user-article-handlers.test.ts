// The background's side of the reader's articles, with the real pipeline and IndexedDB (fake-indexeddb): add a
// page (the popup's message and the context menu share the path), text files and pasted text, list, remove,
// export and import (all or nothing); every refusal's sentence; nothing changes when something is refused.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { addPageFromMenu } from '../../../lib/background/browser-ui.ts';
import {
  createUserArticles,
  type UserArticleDeps,
  type UserCorpusChange,
} from '../../../lib/background/user-article-handlers.ts';
import { StorageFullError } from '../../../lib/storage/errors.ts';
import { createUserArticleStore, type UserArticleStore } from '../../../lib/storage/user-articles.ts';
import type { IngestApi } from '../../../lib/user-corpus/ingest-api.ts';
import { ingestPrepared, prepareExtracted, prepareText } from '../../../lib/user-corpus/ingest-one.ts';
import type { AddOutcome } from '../../../lib/user-corpus/outcomes.ts';
import type { ExtractedArticle, ExtractOutcome } from '../../../lib/user-corpus/types.ts';

const pipeline: IngestApi = { prepareText, prepareExtracted, ingestPrepared };
const fromOptions = () => ({ url: `chrome-extension://${fakeBrowser.runtime.id}/options.html` });
const fromPage = { url: 'https://news.example.org/story', tab: { id: 3 } };

const PARAGRAPHS = [
  'PORT ELLIS — The harbour board voted on Tuesday to run ferries through the night from next spring, ending a dispute that had split the town for two years.',
  '“We have listened to the shift workers, and the night crossings will pay for themselves,” said Marguerite Okonjo-Vale, the chair of the harbour board.',
  '“Nobody has shown me the passengers,” Tobias Lindqvist said after the vote.',
];
const page = (patch: Partial<ExtractedArticle> = {}): ExtractOutcome => ({
  ok: true,
  millis: 3,
  article: {
    url: 'https://www.elliscourier.example/news/night-ferries?utm_source=feed',
    title: 'Harbour board backs night ferries',
    siteName: 'The Ellis Courier',
    published: '2025-02-11T09:30:00Z',
    paragraphs: PARAGRAPHS,
    ...patch,
  },
});
const FILE_TEXT = `Quay lights to stay on all night\n\nBy Dana Whitcombe\n\n“The lamps are staying,” said Ines Marchetti-Bloom, the town engineer, on Monday.\n\nThe council agreed after a vote that lasted until midnight, and the lamps along the quay will burn until dawn from next month.\n`;

let store: UserArticleStore;
let changes: UserCorpusChange[];
let tabs: Record<number, ExtractOutcome | Error>;

function setup(overrides: Partial<UserArticleDeps> = {}) {
  return createUserArticles({
    store,
    pipeline: async () => pipeline,
    extract: async (tabId) => {
      const answer = tabs[tabId];
      if (answer instanceof Error) throw answer;
      if (!answer) throw new Error('Could not establish connection. Receiving end does not exist.');
      return answer;
    },
    onChange: (change) => {
      changes.push(change);
    },
    now: () => new Date('2025-03-01T12:00:00Z'),
    ...overrides,
  });
}

beforeEach(() => {
  fakeBrowser.reset();
  globalThis.indexedDB = new IDBFactory();
  store = createUserArticleStore();
  changes = [];
  tabs = { 1: page() };
});

const ok = (o: AddOutcome) => {
  if (!o.ok) throw new Error(o.message);
  return o;
};

describe('adding the page in a tab', () => {
  it('stores it with its derived records and says what it gave', async () => {
    const user = setup();
    const outcome = ok(await user.handlers.addPage({ type: 'addPage', tabId: 1 }, fromOptions()));
    expect(outcome.message).toBe('Added “Harbour board backs night ferries”: 3 names, 2 quotes.');
    expect(outcome.article).toMatchObject({
      origin: 'page',
      site: 'The Ellis Courier',
      date: '2025-02-11T09:30',
      url: 'https://www.elliscourier.example/news/night-ferries?utm_source=feed',
      addedAt: '2025-03-01T12:00:00.000Z',
      contribution: { people: 2, quotes: 2 },
    });
    const stored = await store.get(outcome.article.id);
    expect(stored?.derived?.pack.entities.map((e) => e.name)).toEqual(
      expect.arrayContaining(['Marguerite Okonjo-Vale', 'Tobias Lindqvist']),
    );
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({ type: 'added', articles: [{ id: outcome.article.id }] });
  });

  it('refuses the same page by address (tracking parameters aside) and the same text elsewhere', async () => {
    const user = setup();
    ok(await user.addPageFromTab(1));
    tabs[2] = page({ url: 'https://www.elliscourier.example/news/night-ferries#comments' });
    tabs[3] = page({ url: 'https://syndicated.example/ferries', title: 'Night ferries approved' });
    expect(await user.addPageFromTab(2)).toEqual({
      ok: false,
      reason: 'duplicate',
      message:
        'Already in your articles: “Harbour board backs night ferries” (added from this address). Nothing was added.',
    });
    expect(await user.addPageFromTab(3)).toEqual({
      ok: false,
      reason: 'duplicate',
      message: 'Already in your articles: “Harbour board backs night ferries” (the same text). Nothing was added.',
    });
    expect((await store.list()).length).toBe(1);
    expect(changes).toHaveLength(1);
  });

  it('passes on the page’s own refusal, refuses another language, and says when no content script answers', async () => {
    tabs[4] = { ok: false, reason: 'no-article', message: 'Nothing to add here: this page has no article text.' };
    tabs[5] = page({
      lang: 'fr',
      paragraphs: [
        'Le conseil du port a voté mardi pour faire circuler les ferries toute la nuit à partir du printemps prochain, mettant fin à un conflit.',
      ],
    });
    tabs[6] = new Error('The page-extract module failed to load');
    const user = setup();
    expect(await user.addPageFromTab(4)).toMatchObject({ ok: false, reason: 'no-article' });
    expect(await user.addPageFromTab(5)).toEqual({
      ok: false,
      reason: 'language',
      message: 'This page is in French; Backgrounder reads English articles only, so nothing was added.',
    });
    expect(await user.addPageFromTab(99)).toMatchObject({
      ok: false,
      reason: 'unavailable',
      message: expect.stringMatching(
        /^Backgrounder can’t read this page: browsers keep extensions off their own pages/,
      ),
    });
    expect(await user.addPageFromTab(6)).toMatchObject({
      ok: false,
      reason: 'failed',
      message: 'Backgrounder could not read this page (The page-extract module failed to load). Nothing was added.',
    });
    expect(await store.list()).toEqual([]);
    expect(changes).toEqual([]);
  });

  it('says the browser’s storage is full, and stores nothing', async () => {
    const full = { ...store, add: () => Promise.reject(new StorageFullError('The browser has no more room…')) };
    const user = setup({ store: full });
    expect(await user.addPageFromTab(1)).toEqual({
      ok: false,
      reason: 'storage-full',
      message: 'The browser has no more room…',
    });
    expect(changes).toEqual([]);
  });

  it('takes requests only from Backgrounder’s own pages, never from a content script', async () => {
    const user = setup();
    expect(await user.handlers.addPage({ type: 'addPage', tabId: 1 }, fromPage)).toMatchObject({ ok: false });
    expect(await user.handlers.removeUserArticle({ type: 'removeUserArticle', id: 'u-x' }, fromPage)).toEqual({
      removed: false,
    });
    expect(await store.list()).toEqual([]);
  });

  it('asks the browser to keep the articles once one is stored', async () => {
    const persist = vi.fn(async () => true);
    const user = setup({ persist });
    ok(await user.addPageFromTab(1));
    expect(persist).toHaveBeenCalledTimes(1);
  });
});

describe('the context menu', () => {
  it('adds through the same path and shows the outcome on the page', async () => {
    const user = setup();
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(true);
    await addPageFromMenu(user, 1);
    expect(send).toHaveBeenCalledWith(
      1,
      { type: 'showNotice', text: 'Added “Harbour board backs night ferries”: 3 names, 2 quotes.', ok: true },
      { frameId: 0 },
    );
    await addPageFromMenu(user, 1);
    expect(send).toHaveBeenLastCalledWith(
      1,
      expect.objectContaining({ ok: false, text: expect.stringMatching(/^Already in your articles/) }),
      { frameId: 0 },
    );
  });
});

describe('text files and pasted text', () => {
  it('adds a file with the ingest’s messages, named by the file', async () => {
    const user = setup();
    const added = ok(
      await user.handlers.addText(
        { type: 'addText', origin: 'file', name: 'quay.txt', text: FILE_TEXT },
        fromOptions(),
      ),
    );
    expect(added.message).toMatch(/^Added “Quay lights to stay on all night”: \d+ names?, 1 quote\.$/);
    expect(added.article).toMatchObject({ origin: 'file', fileName: 'quay.txt', byline: 'Dana Whitcombe' });
    const again = await user.handlers.addText(
      { type: 'addText', origin: 'file', name: 'copy.txt', text: `\n${FILE_TEXT.toUpperCase()}` },
      fromOptions(),
    );
    expect(again).toEqual({ ok: false, reason: 'duplicate', message: 'copy.txt: is a duplicate of quay.txt; skipped' });
    const blank = await user.handlers.addText(
      { type: 'addText', origin: 'file', name: 'blank.txt', text: ' \n\n ' },
      fromOptions(),
    );
    expect(blank).toEqual({
      ok: false,
      reason: 'unreadable',
      message: 'blank.txt: is empty (only whitespace); skipped',
    });
  });

  it('adds pasted text under the title given', async () => {
    const user = setup();
    const body = FILE_TEXT.split('\n\n').slice(2).join('\n\n');
    const added = ok(
      await user.handlers.addText(
        { type: 'addText', origin: 'paste', name: 'Lamps stay on', text: body },
        fromOptions(),
      ),
    );
    expect(added.article).toMatchObject({ origin: 'paste', title: 'Lamps stay on' });
    expect(added.article).not.toHaveProperty('fileName');
  });

  it('refuses a file in another language, naming it', async () => {
    const user = setup();
    const german =
      'Hafenrat beschließt Nachtfähren\n\nDer Hafenrat hat am Dienstag beschlossen, ab dem nächsten Frühjahr Fähren auch in der Nacht fahren zu lassen. Damit endet ein Streit, der die Stadt zwei Jahre lang gespalten hatte.\n';
    expect(
      await user.handlers.addText({ type: 'addText', origin: 'file', name: 'hafen.txt', text: german }, fromOptions()),
    ).toEqual({
      ok: false,
      reason: 'language',
      message:
        'hafen.txt: This file does not look like English; Backgrounder reads English articles only, so nothing was added.',
    });
  });
});

describe('list, remove, export, import', () => {
  it('lists newest first, removes an article with its records, and tells the corpus', async () => {
    const user = setup();
    const first = ok(await user.addPageFromTab(1));
    const second = ok(
      await user.handlers.addText(
        { type: 'addText', origin: 'file', name: 'quay.txt', text: FILE_TEXT },
        fromOptions(),
      ),
    );
    const listed = await user.handlers.listUserArticles({ type: 'listUserArticles' }, fromOptions());
    expect(listed.articles.map((a) => a.id)).toEqual([second.article.id, first.article.id]);
    expect(
      await user.handlers.removeUserArticle({ type: 'removeUserArticle', id: first.article.id }, fromOptions()),
    ).toEqual({ removed: true });
    expect(await store.get(first.article.id)).toBeUndefined();
    expect(changes.at(-1)).toEqual({ type: 'removed', ids: [first.article.id] });
  });

  it('exports everything and imports it into an empty profile, ids and places kept', async () => {
    const user = setup();
    const a = ok(await user.addPageFromTab(1));
    const b = ok(
      await user.handlers.addText(
        { type: 'addText', origin: 'file', name: 'quay.txt', text: FILE_TEXT },
        fromOptions(),
      ),
    );
    const file = await user.handlers.exportUserArticles({ type: 'exportUserArticles' }, fromOptions());
    expect(file).toMatchObject({ fileName: 'backgrounder-articles-2025-03-01.json', count: 2 });

    globalThis.indexedDB = new IDBFactory();
    store = createUserArticleStore();
    changes = [];
    const elsewhere = setup();
    expect(
      await elsewhere.handlers.importUserArticles(
        { type: 'importUserArticles', name: 'backup.json', text: file.text },
        fromOptions(),
      ),
    ).toEqual({ ok: true, added: 2, duplicates: 0, message: 'Imported 2 articles from backup.json.' });
    const list = await store.list();
    expect(list.map((x) => x.id)).toEqual([b.article.id, a.article.id]);
    expect(list.find((x) => x.id === a.article.id)).toMatchObject({
      title: 'Harbour board backs night ferries',
      site: 'The Ellis Courier',
      addedAt: a.article.addedAt,
    });
    expect(changes).toHaveLength(1);
    expect(
      await elsewhere.handlers.importUserArticles(
        { type: 'importUserArticles', name: 'backup.json', text: file.text },
        fromOptions(),
      ),
    ).toEqual({
      ok: true,
      added: 0,
      duplicates: 2,
      message: 'Imported 0 articles from backup.json (2 were already in your articles).',
    });
  });

  it('imports all or nothing: one unreadable article and none is added, the error naming it', async () => {
    const user = setup();
    ok(await user.addPageFromTab(1));
    const file = await user.handlers.exportUserArticles({ type: 'exportUserArticles' }, fromOptions());
    const data = JSON.parse(file.text);
    data.articles.push({
      ...data.articles[0],
      title: 'Only furniture',
      url: 'https://x.example/a',
      text: 'By Dana Whitcombe\n\n5 Reads\n',
    });
    globalThis.indexedDB = new IDBFactory();
    store = createUserArticleStore();
    const elsewhere = setup();
    const outcome = await elsewhere.handlers.importUserArticles(
      { type: 'importUserArticles', name: 'backup.json', text: JSON.stringify(data) },
      fromOptions(),
    );
    expect(outcome).toEqual({
      ok: false,
      message:
        'backup.json not imported: articles[1]: has no article paragraphs (only bylines, dates or page furniture) (“Only furniture”). Nothing was added.',
    });
    expect(await store.list()).toEqual([]);
  });

  it('refuses an invalid file, naming the field and value, and adds nothing', async () => {
    const user = setup();
    const outcome = await user.handlers.importUserArticles(
      {
        type: 'importUserArticles',
        name: 'backup.json',
        text: JSON.stringify({
          format: 'backgrounder-articles',
          version: 1,
          articles: [{ origin: 'page', title: 'x', addedAt: '2025-01-01T00:00:00Z', text: 'x', url: 'ftp://x' }],
        }),
      },
      fromOptions(),
    );
    expect(outcome).toEqual({
      ok: false,
      message:
        'backup.json not imported: articles[0].url: expected an http(s) address, found "ftp://x". Nothing was added.',
    });
  });
});

describe('what a page declares, stored so an export of it always imports', () => {
  it('normalizes or drops metadata an export could not carry', async () => {
    tabs[7] = page({
      url: `https://www.elliscourier.example/${'long/'.repeat(900)}story`,
      lang: 'en_GB',
      siteName: `The Ellis Courier ${'and the Harbour Gazette '.repeat(12)}`,
    });
    const user = setup();
    const added = ok(await user.addPageFromTab(7));
    expect(added.article.lang).toBe('en-GB');
    expect(added.article.site?.length).toBeLessThanOrEqual(200);
    expect(added.article).not.toHaveProperty('url');
    const file = await user.handlers.exportUserArticles({ type: 'exportUserArticles' }, fromOptions());
    globalThis.indexedDB = new IDBFactory();
    store = createUserArticleStore();
    const elsewhere = setup();
    expect(
      await elsewhere.handlers.importUserArticles(
        { type: 'importUserArticles', name: 'backup.json', text: file.text },
        fromOptions(),
      ),
    ).toMatchObject({ ok: true, added: 1 });
  });
});

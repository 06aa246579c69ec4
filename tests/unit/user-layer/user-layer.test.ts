// The user layer end to end in Node: a bundled corpus laid out as the build lays it out, the reader's articles
// added through the real handlers, pipeline and IndexedDB (fake-indexeddb), and what the background then answers:
// linking, numbers, briefings, dossiers, the reader, the user page matcher and search. Names are invented.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { MergedStore } from '../../../lib/background/merged-store.ts';
import type { UserArticles } from '../../../lib/background/user-article-handlers.ts';
import { createReaderCorpus, onFirstUse } from '../../../lib/background/user-articles.ts';
import { buildPackReport } from '../../../lib/corpus/pack.ts';
import type { Pack } from '../../../lib/corpus/types.ts';
import { createMatcher } from '../../../lib/matching/matcher.ts';
import { combineMatchers } from '../../../lib/page/user-overlay.ts';
import { createUserArticleStore } from '../../../lib/storage/user-articles.ts';
import type { IngestApi } from '../../../lib/user-corpus/ingest-api.ts';
import { ingestPrepared, prepareExtracted, prepareText } from '../../../lib/user-corpus/ingest-one.ts';
import type { AddOutcome } from '../../../lib/user-corpus/outcomes.ts';
import type { UserLayer } from '../../../lib/user-layer/layer.ts';
import { compatible } from '../../../lib/user-layer/link.ts';
import { storeFor } from '../layout-store.ts';

const pipeline: IngestApi = { prepareText, prepareExtracted, ingestPrepared };
const fromOptions = () => ({ url: `chrome-extension://${fakeBrowser.runtime.id}/options.html` });

const BUNDLED = [
  {
    file: 'ferries.txt',
    text: `Velmora council keeps the night ferries\n\nBy Tess Arbogast\n\nSource: The Velmora Gazette\n\n“We will keep the ferries running through the winter,” said Halvard Brekke, the mayor of Velmora, on Monday.\n\nBrekke said the council had agreed the budget after a long debate, and the harbour office will publish the timetable.\n`,
  },
  {
    file: 'bridge.txt',
    text: `Bridge repairs to start in spring\n\nBy Tess Arbogast\n\nSource: The Velmora Gazette\n\n“The bridge will be closed for six weeks,” said Corwin Aldous, the town engineer, on Friday.\n\nAldous said the work would begin in March, and Halvard Brekke said the council would pay for a shuttle bus.\n`,
  },
];

const ADDED_SURNAME = {
  url: 'https://news.example.org/brekke-budget',
  title: 'Brekke defends the harbour budget',
  siteName: 'North Coast Daily',
  paragraphs: [
    '“Every crossing pays for itself,” Mayor Halvard Brekke told reporters on Tuesday, defending the harbour budget against its critics.',
    'Ysolde Marrick, who leads the harbour pilots, said the pilots had not been asked. “Nobody came to the quay to ask us,” Marrick said.',
    'Brekke said he would meet the pilots next week to hear their concerns about the night crossings and the winter timetable.',
  ],
};
const ADDED_SECOND = {
  url: 'https://another.example.net/pilots-vote',
  title: 'Harbour pilots vote to strike',
  siteName: 'Coastline Weekly',
  paragraphs: [
    'The harbour pilots voted on Thursday to stop work for two days next month, their union said, after talks with the town hall failed.',
    '“We have run out of patience with the town hall,” said Ysolde Marrick, the head of the pilots, after the vote in the union hall.',
    'Marrick said the pilots would guide only emergency vessels during the strike, and the ferries would not sail at night.',
  ],
};

const ADDED_ONLY_SURNAME = {
  url: 'https://news.example.org/brekke-timetable',
  title: 'Winter timetable is out',
  siteName: 'North Coast Daily',
  paragraphs: [
    'The harbour office published the winter timetable on Wednesday, with two more crossings on weekday evenings and none after midnight.',
    '“The late boats were always the ones people asked for,” Brekke said at the quay, standing beside the ticket office.',
    'The first of the new crossings leaves at nine in the evening, and tickets go on sale next week at the harbour office.',
  ],
};

let bundledPack: Pack;
let store: MergedStore;
let layer: UserLayer;
let articles: UserArticles;

async function add(page: typeof ADDED_SURNAME): Promise<Extract<AddOutcome, { ok: true }>> {
  const outcome = await articles.addPageFromTab([ADDED_SURNAME, ADDED_SECOND, ADDED_ONLY_SURNAME].indexOf(page) + 1);
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome;
}

beforeEach(async () => {
  fakeBrowser.reset();
  globalThis.indexedDB = new IDBFactory();
  bundledPack = bundledPack ?? buildPackReport(BUNDLED).pack;
  const pack = await storeFor(bundledPack);
  const tabs: Record<number, typeof ADDED_SURNAME> = { 1: ADDED_SURNAME, 2: ADDED_SECOND, 3: ADDED_ONLY_SURNAME };
  const corpus = createReaderCorpus(pack, createUserArticleStore(), {
    pipeline: async () => pipeline,
    extract: async (tabId) => ({ ok: true, millis: 1, article: tabs[tabId] }),
    persist: undefined,
    persisted: undefined,
    estimate: undefined,
  });
  store = corpus.store;
  layer = corpus.layer;
  articles = corpus.userArticles;
});

const bundledNumber = (id: string) => bundledPack.entities.findIndex((e) => e.id === id);
const brekke = () => {
  const e = bundledPack.entities.find((x) => x.name === 'Halvard Brekke');
  if (!e) throw new Error('the bundled corpus has no Halvard Brekke');
  return e;
};

describe('linking the reader’s articles to the bundled corpus', () => {
  it('joins a bundled person named in an added article: one entity, quotes from both, the page cited', async () => {
    await add(ADDED_SURNAME);
    const corpus = await layer.corpus();
    const linked = corpus?.entities.find((e) => e.bundled?.id === brekke().id);
    expect(linked?.number).toBe(bundledNumber(brekke().id));
    const briefing = await store.briefing(brekke().id);
    const quotes = briefing?.quotes.map((q) => [q.text, q.articleTitle, q.source]);
    expect(quotes).toContainEqual(['Every crossing pays for itself', ADDED_SURNAME.title, 'North Coast Daily']);
    expect(quotes).toContainEqual([
      'We will keep the ferries running through the winter',
      expect.any(String),
      'The Velmora Gazette',
    ]);
    expect(briefing?.quotes.find((q) => q.source === 'North Coast Daily')?.url).toBe(ADDED_SURNAME.url);
    // A hover asks by number: the same merged briefing.
    expect(await store.briefingAt(bundledNumber(brekke().id))).toEqual(briefing);
    // The bundled entity keeps its number: the page matcher needs no new form for a name it already has.
    expect(linked?.forms).not.toContain('Halvard Brekke');
  });

  it('joins an article that names the bundled person by surname alone', async () => {
    await add(ADDED_ONLY_SURNAME);
    const corpus = await layer.corpus();
    expect(corpus?.entities.filter((e) => e.kind === 'person').map((e) => e.bundled?.id)).toEqual([brekke().id]);
    const quotes = (await store.briefing(brekke().id))?.quotes.map((q) => [q.text, q.articleTitle]);
    expect(quotes).toContainEqual(['The late boats were always the ones people asked for', ADDED_ONLY_SURNAME.title]);
  });

  it('makes a new person named in two added articles one entity, numbered after the bundled ones', async () => {
    await add(ADDED_SURNAME);
    await add(ADDED_SECOND);
    const corpus = await layer.corpus();
    const marrick = corpus?.entities.filter((e) => e.name === 'Ysolde Marrick') ?? [];
    expect(marrick).toHaveLength(1);
    const number = marrick[0]?.number ?? -1;
    expect(number).toBeGreaterThanOrEqual(bundledPack.entities.length);
    expect(await store.entityRef(number)).toEqual([marrick[0]?.id, 'Ysolde Marrick']);
    expect(await store.entityNumber(marrick[0]?.id ?? '')).toBe(number);
    const briefing = await store.briefing(marrick[0]?.id ?? '');
    expect(briefing?.entity.name).toBe('Ysolde Marrick');
    expect(await store.briefingAt(number)).toEqual(briefing);
    expect(briefing?.quotes.map((q) => q.source).sort()).toEqual(['Coastline Weekly', 'North Coast Daily']);
    const dossier = await store.dossier(marrick[0]?.id ?? '');
    expect(dossier?.articles.map((a) => a.article.title).sort()).toEqual([ADDED_SURNAME.title, ADDED_SECOND.title]);
  });

  it('takes away on removal only what the removed article alone knew', async () => {
    const first = await add(ADDED_SURNAME);
    const second = await add(ADDED_SECOND);
    const marrickId = (await layer.corpus())?.entities.find((e) => e.name === 'Ysolde Marrick')?.id ?? '';
    await articles.handlers.removeUserArticle({ type: 'removeUserArticle', id: second.article.id }, fromOptions());
    expect((await store.briefing(marrickId))?.quotes.map((q) => q.source)).toEqual(['North Coast Daily']);
    await articles.handlers.removeUserArticle({ type: 'removeUserArticle', id: first.article.id }, fromOptions());
    expect(await store.briefing(marrickId)).toBeNull();
    expect(await layer.corpus()).toBeNull();
    const sources = (await store.briefing(brekke().id))?.quotes.map((q) => q.source);
    expect(sources).not.toContain('North Coast Daily');
    expect(sources).toContain('The Velmora Gazette');
    expect(await layer.matcher()).toBeNull();
  });

  it('reads the store on first use: a worker that wakes after the adds knows them', async () => {
    await add(ADDED_SURNAME);
    const fresh = createReaderCorpus(await storeFor(bundledPack), createUserArticleStore());
    const corpus = await fresh.layer.corpus();
    expect(corpus?.entities.map((e) => e.name)).toContain('Ysolde Marrick');
    expect(corpus?.stamp).toBe((await layer.corpus())?.stamp);
  });

  it('opens no store on a later wake-up while the reader has no articles', async () => {
    expect(await store.briefing(brekke().id)).not.toBeNull();
    const articles = createUserArticleStore();
    const all = vi.spyOn(articles, 'all');
    const next = createReaderCorpus(await storeFor(bundledPack), articles, { pipeline: async () => pipeline });
    expect((await next.store.briefing(brekke().id))?.quotes.length).toBeGreaterThan(0);
    expect(all).not.toHaveBeenCalled();
    // An add in that worker is seen by the next one.
    const added = await next.userArticles.handlers.addText(
      { type: 'addText', origin: 'paste', name: ADDED_SURNAME.title, text: ADDED_SURNAME.paragraphs.join('\n\n') },
      fromOptions(),
    );
    expect(added.ok).toBe(true);
    const third = createReaderCorpus(await storeFor(bundledPack), createUserArticleStore());
    expect((await third.layer.corpus())?.pack.articles).toHaveLength(1);
  });

  it('makes the article store on its first use, not when the worker wakes for a hover', async () => {
    expect(await store.briefing(brekke().id)).not.toBeNull();
    const create = vi.fn(() => createUserArticleStore());
    const next = createReaderCorpus(await storeFor(bundledPack), onFirstUse(create), {
      pipeline: async () => pipeline,
    });
    expect((await next.store.briefing(brekke().id))?.quotes.length).toBeGreaterThan(0);
    expect(create).not.toHaveBeenCalled();
    const listed = await next.userArticles.handlers.listUserArticles({ type: 'listUserArticles' }, fromOptions());
    expect(listed.articles).toEqual([]);
    await next.userArticles.handlers.listUserArticles({ type: 'listUserArticles' }, fromOptions());
    expect(create).toHaveBeenCalledTimes(1);
  });

  it('never links names that only share a surname', () => {
    expect(compatible('Brekke', 'Halvard Brekke')).toBe(true);
    expect(compatible('Ana Brekke', 'Halvard Brekke')).toBe(false);
  });
});

describe('the user page matcher beside the bundled one', () => {
  it('finds the new names and the bundled ones in one pass, with merged numbers', async () => {
    await add(ADDED_SURNAME);
    const user = await layer.matcher();
    if (!user) throw new Error('no user matcher');
    const bundled = createMatcher(await store.matcherPage());
    const both = combineMatchers(bundled, user.data);
    const text = 'Ysolde Marrick met Halvard Brekke and Corwin Aldous; Marrick spoke first.';
    const found = both.find(text).map((s) => [text.slice(s.start, s.end), s.entity]);
    const marrick = (await layer.corpus())?.entities.find((e) => e.name === 'Ysolde Marrick');
    expect(found).toEqual([
      ['Ysolde Marrick', marrick?.number],
      ['Halvard Brekke', bundledNumber(brekke().id)],
      ['Corwin Aldous', bundledNumber(bundledPack.entities.find((e) => e.name === 'Corwin Aldous')?.id ?? '')],
      ['Marrick', marrick?.number],
    ]);
    expect(both.kindOf(marrick?.number ?? -1)).toBe('person');
  });

  it('is announced to every open tab after each committed change', async () => {
    const told: unknown[] = [];
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 4 }, { id: 9 }] as never);
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(async (tabId: number, msg: unknown) => {
      told.push([tabId, msg]);
    });
    await add(ADDED_SURNAME);
    await vi.waitFor(() => expect(told).toHaveLength(2));
    const stamp = (await layer.corpus())?.stamp;
    expect(told).toEqual([
      [4, { type: 'corpusChanged', stamp }],
      [9, { type: 'corpusChanged', stamp }],
    ]);
  });

  it('is sent with activate only when the script does not have the current one', async () => {
    expect(await store.userMatcher(undefined)).toBeNull();
    await add(ADDED_SURNAME);
    const first = await store.userMatcher(undefined);
    expect(first?.numbers.length).toBeGreaterThan(0);
    expect(await store.userMatcher(first?.stamp)).toBeUndefined();
    await add(ADDED_SECOND);
    expect((await store.userMatcher(first?.stamp))?.stamp).not.toBe(first?.stamp);
  });
});

describe('the reader and search over both corpora', () => {
  it('opens an added article in the reader with its names linked', async () => {
    await add(ADDED_SURNAME);
    const corpus = await layer.corpus();
    const articleId = corpus?.pack.articles[0]?.id ?? '';
    const view = await store.article(articleId);
    expect(view?.article.title).toBe(ADDED_SURNAME.title);
    expect(view?.mentions.map((m) => m.entityId)).toContain(brekke().id);
  });

  it('finds added people and quotes, and still the bundled ones', async () => {
    await add(ADDED_SURNAME);
    await add(ADDED_SECOND);
    const searcher = await store.searcher();
    const marrick = await searcher.search('Marrick');
    expect(marrick.people.map((p) => p.name)).toEqual(['Ysolde Marrick']);
    const patience = await searcher.search('patience');
    expect(patience.quotes.map((q) => q.articleTitle)).toEqual([ADDED_SECOND.title]);
    const bridge = await searcher.search('bridge closed');
    expect(bridge.quotes.map((q) => q.text)).toEqual(['The bridge will be closed for six weeks']);
    // One person, not two: the bundled hit and the added articles' hit are the same entity.
    const brekkes = (await searcher.search('Brekke')).people.filter((p) => p.name === 'Halvard Brekke');
    expect(brekkes).toHaveLength(1);
    expect((await searcher.startState()).articleCount).toBe(BUNDLED.length + 2);
  });
});

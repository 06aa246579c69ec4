// The reader's own articles in both browsers: add a served news page (Chromium: the popup's button; Firefox,
// whose popup a test cannot open: the same background path from an extension page), see it in "My articles",
// remove it, export and import the export in a fresh profile, import text files, and each bad input's message.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AddOutcome } from '../../lib/user-corpus/outcomes.ts';
import { axeViolations } from './axe.ts';
import {
  articlePage,
  BROWSERS,
  collectPageErrors,
  domMutations,
  type FixtureServer,
  launch,
  type Session,
  serveFixtures,
  waitUntil,
  watchDom,
} from './harness.ts';
import { freshPopup } from './popup-helpers.ts';

// Invented people, unknown to the bundled articles.
const STORY_TITLE = 'Harbour board backs night ferries after long dispute';
const STORY = [
  'PORT ELLIS — The harbour board voted on Tuesday to run ferries through the night from next spring, ending a dispute that had split the town for two years.',
  '“We have listened to the shift workers, and the night crossings will pay for themselves,” said Marguerite Okonjo-Vale, the chair of the harbour board.',
  'The plan was opposed by Tobias Lindqvist, who runs the Ellis Ferry Company and had warned that night crossings would lose money.',
  '“Nobody has shown me the passengers,” Lindqvist said after the vote. “I hope the board is right, but I will be counting.”',
  'The Port Ellis Chamber of Commerce welcomed the decision. Its president, Ruth Abernathy-Cole, said restaurants near the quay had lost trade since the last evening ferry was cut.',
  '“Every empty table after nine o’clock is a ferry we do not run,” Abernathy-Cole said.',
  'The board will publish a timetable in March. Okonjo-Vale said the first night crossing would leave the quay at 11.40 p.m. on the first Friday of April.',
  'Workers at the fish market, who start before dawn, have campaigned for the service since the bridge closed for repairs. Their union said it would hold the board to its promise.',
];
const META =
  '<meta property="og:site_name" content="The Ellis Courier"><meta property="article:published_time" content="2025-02-11T09:30:00+00:00"><meta name="author" content="Dana Whitcombe">';

const FRENCH = [
  'Le conseil du port a voté mardi pour faire circuler les ferries toute la nuit à partir du printemps prochain, mettant fin à un conflit qui divisait la ville depuis deux ans.',
  '« Nous avons écouté les travailleurs de nuit, et les traversées nocturnes seront rentables », a déclaré la présidente du conseil, qui a défendu le projet devant les habitants.',
  'Le projet était contesté par le directeur de la compagnie de ferries, qui avait prévenu que les traversées de nuit perdraient de l’argent et que les passagers ne viendraient pas.',
  'La chambre de commerce a salué la décision. Selon elle, les restaurants proches du quai ont perdu des clients depuis la suppression du dernier ferry du soir, il y a deux ans.',
];

function hugePage(): string {
  const para = `<p>${'The quay was quiet that night, and the lamps along the water burned late. '.repeat(40)}</p>`;
  return `<!doctype html><html lang="en"><head><title>Archive</title></head><body><article>${para.repeat(1800)}</article></body></html>`;
}

const TEASER =
  '<!doctype html><html lang="en"><head><title>Ellis Courier — home</title></head><body><nav><a href="/a">News</a> <a href="/b">Sport</a></nav><h1>The Ellis Courier</h1><p>Subscribe today.</p></body></html>';

interface Ext {
  tabs: { query(q: object): Promise<{ id?: number }[]> };
  runtime: { sendMessage(message: unknown): Promise<unknown> };
}

describe.each(BROWSERS)('your own articles in %s', (name) => {
  let session: Session;
  let server: FixtureServer;
  let options: Page;
  let optionsErrors: string[];
  const files = mkdtempSync(join(tmpdir(), 'bg-user-articles-'));

  beforeAll(async () => {
    server = await serveFixtures({
      '/story': articlePage(STORY_TITLE, STORY, META),
      '/story-copy': articlePage(STORY_TITLE, STORY),
      // The same text on a page whose last image keeps its load event waiting.
      '/story-loading': articlePage(STORY_TITLE, STORY).replace('</body>', '<img src="/slow.png" alt=""></body>'),
      '/slow.png': { body: '', headers: { 'content-type': 'image/png' }, delayMs: 4000 },
      '/french': articlePage('Le port vote pour les ferries de nuit', FRENCH).replace('lang="en"', 'lang="fr"'),
      '/teaser': TEASER,
      '/huge': hugePage(),
    });
    session = await launch(name, { withShadowReader: false });
    options = await session.openExtensionPage('options.html');
    optionsErrors = collectPageErrors(options);
    await options.waitForSelector('#my-articles-empty');
  });

  afterAll(async () => {
    await session?.close();
    await server?.close();
    rmSync(files, { recursive: true, force: true });
  });

  /** Opens `path` in a new tab, brought to front so an extension page's "active tab" is it. */
  async function openTab(path: string): Promise<Page> {
    const page = await session.newPage();
    await page.goto(server.url(path));
    await page.bringToFront();
    return page;
  }

  /** "Add this page" through the background path the popup and the context menu use, for the active tab. */
  async function addActiveTab(): Promise<AddOutcome> {
    return (await options.evaluate(async () => {
      const ext =
        (globalThis as unknown as { browser?: Ext; chrome: Ext }).browser ??
        (globalThis as unknown as { chrome: Ext }).chrome;
      const [tab] = await ext.tabs.query({ active: true, currentWindow: true });
      return ext.runtime.sendMessage({ type: 'addPage', tabId: tab?.id });
    })) as AddOutcome;
  }

  const listed = () =>
    options.$$eval('#my-articles li', (items) => items.map((li) => li.textContent ?? '')).catch(() => [] as string[]);

  /** The options page lists again when it regains focus (an article added from the popup meanwhile). */
  async function refreshOptions() {
    await options.bringToFront();
    await options.evaluate(() => window.dispatchEvent(new Event('focus')));
  }

  it('adds a served news page and says what it gave; the page’s own DOM is untouched', async () => {
    const page = await session.newPage();
    await watchDom(page);
    await page.goto(server.url('/story'));
    await page.bringToFront();
    let outcome: string;
    if (name === 'chromium') {
      const popup = await freshPopup(session, page);
      await popup.waitForSelector('#add-page:not([disabled])');
      await popup.click('#add-page');
      outcome = await waitUntil(() => popup.$eval('#add-outcome', (el) => el.textContent ?? '').catch(() => ''), {
        message: 'add outcome in the popup',
      });
      expect(await axeViolations(popup)).toEqual([]);
      await popup.close();
    } else {
      const result = await addActiveTab();
      expect(result.ok).toBe(true);
      outcome = result.message;
    }
    expect(outcome).toMatch(new RegExp(`^Added “${STORY_TITLE}”: \\d+ names, \\d+ quotes(, \\d+ terms?)?\\.$`));
    const [, names, quotes] = /(\d+) names, (\d+) quotes/.exec(outcome) ?? [];
    expect(Number(names)).toBeGreaterThanOrEqual(3);
    expect(Number(quotes)).toBeGreaterThanOrEqual(3);
    expect(await domMutations(page)).toEqual([]);
    await page.close();
  });

  it('lists the article in My articles with its source, date and what it gave', async () => {
    await refreshOptions();
    const items = await waitUntil(async () => ((await listed()).length === 1 ? listed() : null), {
      message: 'one article listed',
    });
    expect(items[0]).toContain(STORY_TITLE);
    expect(items[0]).toContain('The Ellis Courier');
    expect(items[0]).toContain('11 Feb 2025');
    expect(items[0]).toMatch(/\d+ names, \d+ quotes/);
    expect(await axeViolations(options)).toEqual([]);
  });

  it('refuses the same page again, by address and by text, and changes nothing', async () => {
    const again = await openTab('/story');
    expect(await addActiveTab()).toMatchObject({
      ok: false,
      reason: 'duplicate',
      message: `Already in your articles: “${STORY_TITLE}” (added from this address). Nothing was added.`,
    });
    await again.close();
    const copy = await openTab('/story-copy');
    expect(await addActiveTab()).toMatchObject({
      ok: false,
      reason: 'duplicate',
      message: `Already in your articles: “${STORY_TITLE}” (the same text). Nothing was added.`,
    });
    await copy.close();
  });

  it('reads a page the reader adds while it is still loading', async () => {
    const page = await session.newPage();
    await page.goto(server.url('/story-loading'), { waitUntil: 'domcontentloaded' });
    await page.bringToFront();
    expect(await page.evaluate(() => document.readyState)).not.toBe('complete');
    expect(await addActiveTab()).toMatchObject({
      ok: false,
      reason: 'duplicate',
      message: `Already in your articles: “${STORY_TITLE}” (the same text). Nothing was added.`,
    });
    expect(await page.evaluate(() => document.readyState)).not.toBe('complete');
    await page.close();
  });

  it('gives each bad page its message: no article, too large, another language, a browser page', async () => {
    const cases: [string, string | RegExp][] = [
      ['/teaser', 'Nothing to add here: this page has no article text.'],
      [
        '/huge',
        /^This page is too large to add: it holds \d+\.\d MB of text, and Backgrounder reads pages of up to 1\.0 MB\. Nothing was added\.$/,
      ],
      ['/french', 'This page is in French; Backgrounder reads English articles only, so nothing was added.'],
    ];
    for (const [path, message] of cases) {
      const page = await openTab(path);
      const outcome = await addActiveTab();
      expect(outcome.ok, path).toBe(false);
      if (typeof message === 'string') expect(outcome.message, path).toBe(message);
      else expect(outcome.message, path).toMatch(message);
      await page.close();
    }
    const blank = await session.newPage();
    await blank.goto('about:blank');
    await blank.bringToFront();
    expect(await addActiveTab()).toMatchObject({ ok: false, reason: 'unavailable' });
    await blank.close();
    await refreshOptions();
    await waitUntil(async () => (await listed()).length === 1, { message: 'still one article listed' });
  });

  it('imports text files with the ingest’s per-file messages', async () => {
    const write = (file: string, content: string | Uint8Array) => {
      const path = join(files, file);
      writeFileSync(path, content);
      return path;
    };
    const good = write(
      'quay-lights.txt',
      `Quay lights to stay on all night\n\nBy Dana Whitcombe\n\n${STORY.slice(0, 4)
        .map((p) => p.replace('ferries', 'lamps'))
        .join('\n\n')}\n\n“The lamps are staying,” said Ines Marchetti-Bloom, the town engineer.\n`,
    );
    const empty = write('empty.txt', '');
    const binary = write('photo.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x0a]));
    const latin1 = write(
      'latin1.txt',
      Buffer.concat([Buffer.from('Caf'), Buffer.from([0xe9]), Buffer.from(' news\n')]),
    );
    const input = (await options.$('#import-text-files')) as ElementHandle<HTMLInputElement>;
    await input.uploadFile(good, empty, binary, latin1);
    const lines = await waitUntil(
      async () => {
        const items = await options.$$eval('#import-articles-outcome li', (els) => els.map((e) => e.textContent ?? ''));
        return items.length === 4 ? items : null;
      },
      { message: 'four import lines', timeout: 20_000 },
    );
    expect(lines[0]).toMatch(
      /^quay-lights\.txt: Added “Quay lights to stay on all night”: \d+ names, \d+ quotes(, \d+ terms?)?\.$/,
    );
    expect(lines.slice(1)).toEqual([
      'empty.txt: is empty; skipped',
      'photo.txt: is a binary file, not text; skipped',
      'latin1.txt:1: is not valid UTF-8 (Latin-1 or another legacy encoding?); save it as UTF-8; skipped',
    ]);
    await waitUntil(async () => (await listed()).length === 2, { message: 'two articles listed' });
  });

  it('removes an article, and exports what is left to a file a fresh profile imports back', async () => {
    const removeButton = await options.waitForSelector(
      'button[aria-label="Remove “Quay lights to stay on all night”"]',
    );
    await removeButton?.click();
    await waitUntil(async () => (await listed()).length === 1, { message: 'one article left' });
    const exported = (await options.evaluate(async () => {
      const ext =
        (globalThis as unknown as { browser?: Ext; chrome: Ext }).browser ??
        (globalThis as unknown as { chrome: Ext }).chrome;
      return ext.runtime.sendMessage({ type: 'exportUserArticles' });
    })) as { fileName: string; text: string; count: number };
    expect(exported.count).toBe(1);
    expect(exported.fileName).toMatch(/^backgrounder-articles-\d{4}-\d{2}-\d{2}\.json$/);
    const exportPath = join(files, exported.fileName);
    writeFileSync(exportPath, exported.text);
    const broken = join(files, 'broken.json');
    const bad = JSON.parse(exported.text);
    bad.articles[0].url = 'javascript:alert(1)';
    writeFileSync(broken, JSON.stringify(bad));

    const fresh = await launch(name, { withShadowReader: false });
    try {
      const other = await fresh.openExtensionPage('options.html');
      await other.waitForSelector('#my-articles-empty');
      const upload = async (path: string) => {
        const input = (await other.$('#import-articles-file')) as ElementHandle<HTMLInputElement>;
        await input.uploadFile(path);
        return waitUntil(
          async () => {
            const text = await other.$eval('#my-articles-outcome', (el) => el.textContent ?? '').catch(() => '');
            return text && !text.startsWith('Reading') ? text : '';
          },
          { message: 'import outcome', timeout: 20_000 },
        );
      };
      expect(await upload(broken)).toBe(
        'broken.json not imported: articles[0].url: expected an http(s) address, found "javascript:alert(1)". Nothing was added.',
      );
      expect(await other.$('#my-articles-empty')).not.toBeNull();
      expect(await upload(exportPath)).toBe(`Imported 1 article from ${exported.fileName}.`);
      const items = await waitUntil(
        async () => {
          const texts = await other.$$eval('#my-articles li', (els) => els.map((e) => e.textContent ?? ''));
          return texts.length === 1 ? texts : null;
        },
        { message: 'imported article listed' },
      );
      expect(items[0]).toContain(STORY_TITLE);
      expect(items[0]).toContain('The Ellis Courier');
      expect(await upload(exportPath)).toBe(
        `Imported 0 articles from ${exported.fileName} (1 was already in your articles).`,
      );
    } finally {
      await fresh.close();
    }
    expect(optionsErrors).toEqual([]);
  });
});

// Chromium only: Firefox's MV2 background is a page that does not stop.
describe('a service worker stopped in the middle of an add (chromium)', () => {
  let session: Session;
  let options: Page;

  beforeAll(async () => {
    session = await launch('chromium', { withShadowReader: false });
    options = await session.openExtensionPage('options.html');
    await options.waitForSelector('#my-articles-empty');
  });
  afterAll(async () => {
    await session?.close();
  });

  /** What IndexedDB holds, read directly from the extension's origin. */
  const stored = () =>
    options.evaluate(
      () =>
        new Promise<{ articles: string[]; derived: string[] }>((resolve, reject) => {
          const open = indexedDB.open('backgrounder-articles');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const db = open.result;
            const tx = db.transaction(['articles', 'derived']);
            const articles = tx.objectStore('articles').getAllKeys();
            const derived = tx.objectStore('derived').getAllKeys();
            tx.oncomplete = () => {
              db.close();
              resolve({ articles: articles.result.map(String), derived: derived.result.map(String) });
            };
          };
        }),
    );

  async function inWorker(expression: string): Promise<unknown> {
    const target = session.browser
      .targets()
      .find((t) => t.type() === 'service_worker' && t.url().startsWith(`${session.extensionOrigin}/`));
    if (!target) return false;
    const cdp = await target.createCDPSession();
    try {
      const r = await cdp.send('Runtime.evaluate', { expression, returnByValue: true });
      return r.result.value;
    } catch {
      return false;
    } finally {
      await cdp.detach().catch(() => undefined);
    }
  }

  async function stopWorker() {
    const cdp = await session.browser.target().createCDPSession();
    try {
      const { targetInfos } = await cdp.send('Target.getTargets');
      const worker = targetInfos.find(
        (t) => t.type === 'service_worker' && t.url.startsWith(`${session.extensionOrigin}/`),
      );
      if (worker) await cdp.send('Target.closeTarget', { targetId: worker.targetId });
    } finally {
      await cdp.detach();
    }
  }

  it('leaves the whole article or none of it, and the next add works in a fresh worker', async () => {
    // About 100 kB: the pipeline runs for hundreds of milliseconds, long enough to be stopped in.
    const paragraphs = Array.from(
      { length: 70 },
      (_, i) =>
        `In the ${i + 1}th hearing, “the ferries must run on time every night of the week, winter and summer alike,” said Marguerite Okonjo-Vale, who chairs the harbour board, before the members voted on amendment ${i + 1} to the timetable that Tobias Lindqvist had proposed for the crossing.`,
    );
    const text = `Harbour board hears the timetable\n\n${paragraphs.join('\n\n')}\n`;
    await options.evaluate((t) => {
      const w = window as unknown as { __add?: Promise<unknown>; chrome: Ext };
      w.__add = w.chrome.runtime
        .sendMessage({ type: 'addText', origin: 'file', name: 'hearing.txt', text: t })
        .catch((e: unknown) => ({ stopped: String(e) }));
    }, text);
    // The pipeline is running once the worker has loaded it: stop the worker then. Each look detaches again (a
    // worker with DevTools attached is never stopped).
    await waitUntil(() => inWorker('performance.getEntriesByName("backgrounder:ingest-load").length > 0'), {
      interval: 5,
      message: 'the pipeline loaded in the worker',
    });
    await stopWorker();
    await options.evaluate(() => (window as unknown as { __add: Promise<unknown> }).__add);
    const after = await stored();
    expect(after.derived).toEqual(after.articles);
    expect(after.articles.length).toBeLessThanOrEqual(1);

    const again = (await options.evaluate(
      (t) =>
        (window as unknown as { chrome: Ext }).chrome.runtime.sendMessage({
          type: 'addText',
          origin: 'file',
          name: 'hearing.txt',
          text: t,
        }),
      text,
    )) as AddOutcome;
    if (after.articles.length === 0) expect(again).toMatchObject({ ok: true });
    else expect(again).toMatchObject({ ok: false, reason: 'duplicate' });
    const final = await stored();
    expect(final.articles).toHaveLength(1);
    expect(final.derived).toEqual(final.articles);
  });
});

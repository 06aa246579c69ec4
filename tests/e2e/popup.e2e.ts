// The real toolbar popup in Chromium, on fixture pages served from two hosts (127.0.0.1 and localhost).
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Entity, Pack } from '../../lib/corpus/types.ts';
import { axeViolations } from './axe.ts';
import {
  articlePage,
  collectPageErrors,
  type FixtureServer,
  launch,
  readBuiltJson,
  type Session,
  serveFixtures,
  totalHighlights,
  waitForPopoverText,
  waitUntil,
} from './harness.ts';
import { glideOnto, parkPointer, stopServiceWorker } from './popover-helpers.ts';
import {
  badgeFromPopup,
  freshPopup,
  pageStatesOn,
  pasteQuery,
  shownResults,
  typeQuery,
  waitForResults,
} from './popup-helpers.ts';

describe('toolbar popup in chromium', () => {
  let session: Session;
  let server: FixtureServer;
  let pack: Pack;
  let stoltenberg: Entity;
  const open: Page[] = [];

  /** A fixture page on `host` and the popup opened over it. */
  async function pageWithPopup(host: '127.0.0.1' | 'localhost', path = '/news') {
    const page = await session.newPage();
    open.push(page);
    await page.goto(server.url(path, host));
    await waitUntil(() => totalHighlights(page), { message: `highlights on ${host}` });
    const popup = await freshPopup(session, page);
    open.push(popup);
    const popupErrors = collectPageErrors(popup);
    await popup.waitForSelector('#search');
    return { page, popup, popupErrors };
  }

  beforeAll(async () => {
    pack = readBuiltJson<Pack>('chromium', 'pack.json');
    const found = pack.entities.find((e) => e.kind === 'person' && e.name.includes('Stoltenberg'));
    if (!found) throw new Error('the bundled corpus has no person named Stoltenberg; these tests read seeds/');
    stoltenberg = found;
    const article = pack.articles.find((a) => a.id === found.mentions[0]?.articleId) ?? pack.articles[0];
    session = await launch('chromium', { withShadowReader: true });
    const html = articlePage(article?.title ?? 'News', article?.paragraphs.slice(0, 8) ?? []);
    server = await serveFixtures({ '/news': html, '/other': html });
  });

  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  async function closeAll() {
    // Closing a page takes its popup with it, so some may already be gone.
    for (const p of open.splice(0).reverse()) if (!p.isClosed()) await p.close().catch(() => undefined);
  }

  it('opens with the search field focused, the start state and the names on this page', async () => {
    const { popup, popupErrors } = await pageWithPopup('127.0.0.1');
    expect(await popup.evaluate(() => document.activeElement?.id)).toBe('search');
    await popup.waitForSelector('[role="option"]');
    const items = await shownResults(popup);
    const groups = new Set(items.map((i) => i.group));
    expect(groups).toContain('On this page');
    expect(groups).toContain('Most quoted');
    expect(items.find((i) => i.group === 'On this page' && i.text.includes(stoltenberg.name))?.text).toMatch(
      /\d+ mentions?/,
    );
    expect(Number(await badgeFromPopup(popup))).toBeGreaterThan(0);
    expect(popupErrors).toEqual([]);
    await closeAll();
  });

  it('choosing a name on this page scrolls to its first mention and opens its popover', async () => {
    const { page, popup } = await pageWithPopup('127.0.0.1');
    const option = await popup.waitForSelector(
      `::-p-xpath(//div[@role="group"][.//*[.="On this page"]]//div[@role="option"][.//*[.="${stoltenberg.name}"]])`,
    );
    await option?.click().catch(() => undefined);
    expect(await waitForPopoverText(page, stoltenberg.name)).toContain(stoltenberg.name);
    await closeAll();
  });

  it('finds people as the reader types, with and without typos, matched words marked', async () => {
    const { popup, popupErrors } = await pageWithPopup('127.0.0.1');
    await typeQuery(popup, 'Stoltenberg');
    let items = await waitForResults(popup, 'Stoltenberg');
    const person = items.find((i) => i.group === 'People');
    expect(person?.text).toContain(stoltenberg.name);
    expect(person?.marks.join(' ')).toMatch(/Stoltenberg/);
    expect(person?.selected).toBe(true);

    await typeQuery(popup, 'Stoltenburg');
    items = await waitForResults(popup, 'Stoltenburg');
    expect(items.find((i) => i.group === 'People')?.text).toContain(stoltenberg.name);
    expect(popupErrors).toEqual([]);
    await closeAll();
  });

  /** How often the worker has loaded its deferred modules (search, the reader's articles) in its lifetime. */
  async function deferredLoads(): Promise<number> {
    const target = session.browser
      .targets()
      .find((t) => t.type() === 'service_worker' && t.url().startsWith(`${session.extensionOrigin}/`));
    if (!target) throw new Error('no service worker is running');
    const cdp = await target.createCDPSession();
    try {
      const expression = 'performance.getEntriesByName("backgrounder:deferred-load").length';
      return (await cdp.send('Runtime.evaluate', { expression, returnByValue: true })).result.value as number;
    } finally {
      await cdp.detach().catch(() => undefined);
    }
  }

  it('searches in a worker woken from stopped, which a hover wakes without loading search', async () => {
    const page = await session.newPage();
    open.push(page);
    await page.goto(server.url('/news', '127.0.0.1'));
    await waitUntil(() => totalHighlights(page), { message: 'highlights' });
    await stopServiceWorker(session, page);
    await parkPointer(page);
    await glideOnto(page, 'Stoltenberg');
    await waitForPopoverText(page, stoltenberg.name);
    expect(await deferredLoads()).toBe(0);
    await stopServiceWorker(session, page);
    const popup = await freshPopup(session, page);
    open.push(popup);
    const popupErrors = collectPageErrors(popup);
    await popup.waitForSelector('#search');
    await typeQuery(popup, 'Stoltenburg');
    const items = await waitForResults(popup, 'Stoltenburg');
    expect(items.find((i) => i.group === 'People')?.text).toContain(stoltenberg.name);
    expect(await deferredLoads()).toBe(1);
    expect(popupErrors).toEqual([]);
    await closeAll();
  });

  it('groups quotes with speaker and article, and articles, for a phrase', async () => {
    const { popup } = await pageWithPopup('127.0.0.1');
    await typeQuery(popup, 'no-fly');
    const items = await waitForResults(popup, 'no-fly');
    const textual = items.filter((i) => i.group === 'Quotes' || i.group === 'Articles');
    expect(textual.length).toBeGreaterThan(0);
    expect(textual.some((i) => i.marks.some((m) => /no|fly/i.test(m)))).toBe(true);
    await closeAll();
  });

  it('survives any query: punctuation, regex characters, mixed scripts, a 10,000-character paste', async () => {
    const { popup, popupErrors } = await pageWithPopup('127.0.0.1');
    for (const query of ['!!!', '(.*[+?', '北约 Столтенберг Stoltenberg', '   ', '\u200b\u0301']) {
      await pasteQuery(popup, query);
      if (query.trim() !== '') await waitForResults(popup, query);
    }
    const long = 'Stoltenberg '.repeat(900).slice(0, 10_000);
    await pasteQuery(popup, `${long}overflow`);
    await waitForResults(popup, long);
    await pasteQuery(popup, '');
    await popup.waitForSelector('[role="option"]');
    expect(popupErrors).toEqual([]);
    await closeAll();
  });

  it('arrow keys and Enter open the briefing page at the chosen result', async () => {
    const { popup } = await pageWithPopup('127.0.0.1');
    await typeQuery(popup, 'Stoltenberg');
    const items = await waitForResults(popup, 'Stoltenberg');
    expect(items[0]?.selected).toBe(true);
    await popup.keyboard.press('ArrowDown');
    await popup.keyboard.press('ArrowUp');
    const briefing = session.browser.waitForTarget((t) =>
      t.url().startsWith(`${session.extensionOrigin}/briefing.html#entity=`),
    );
    // Only the key-down: the popup closes as the briefing tab opens, before a key-up could reach it.
    await popup.keyboard.down('Enter');
    const target = await briefing;
    expect(decodeURIComponent(target.url().split('#entity=')[1] ?? '')).toBe(stoltenberg.id);
    open.push((await target.asPage()) as Page);
    await closeAll();
  });

  it('switches the site off live, keeps it off after a reload, leaves the other host on, and back on', async () => {
    const { page, popup } = await pageWithPopup('127.0.0.1');
    const toggle = await popup.waitForSelector('.site input[role="switch"]');
    expect(await toggle?.evaluate((el) => (el as HTMLInputElement).checked)).toBe(true);
    await toggle?.click();
    await waitUntil(async () => (await totalHighlights(page)) === 0, { message: 'highlights cleared live' });
    await waitUntil(async () => (await badgeFromPopup(popup)) === '', { message: 'badge cleared' });
    expect(await popup.$eval('#site-rule', (el) => el.textContent)).toMatch(/Off here by your rule for 127\.0\.0\.1/);
    await popup.close();

    await page.reload();
    // The reloaded page's content script answers (asked from the service worker: a popup closes as soon as
    // another tab opens), then a page on the other host goes through the same start-up and lights up.
    const worker = await session.serviceWorker();
    await waitUntil(async () => (await pageStatesOn(worker, '127.0.0.1')).length > 0, {
      message: 'content script after reload',
    });
    const other = await session.newPage();
    open.push(other);
    await other.goto(server.url('/other', 'localhost'));
    await waitUntil(() => totalHighlights(other), { message: 'highlights on localhost' });
    expect(await totalHighlights(page)).toBe(0);
    expect((await pageStatesOn(worker, '127.0.0.1'))[0]?.active).toBe(false);

    await page.bringToFront();
    const again = await freshPopup(session, page);
    open.push(again);
    const on = await again.waitForSelector('.site input[role="switch"]');
    expect(await on?.evaluate((el) => (el as HTMLInputElement).checked)).toBe(false);
    await on?.click();
    await waitUntil(() => totalHighlights(page), { message: 'highlights back without reload' });
    await closeAll();
  });

  it('"the whole domain" reaches subdomains; "this host" does not', async () => {
    const { page, popup } = await pageWithPopup('localhost');
    await (await popup.waitForSelector('input[name="scope"][value="domain"]'))?.click();
    await popup.click('.site input[role="switch"]');
    await waitUntil(
      async () =>
        (await popup.$eval('#site-rule', (e) => e.textContent ?? '')).includes('localhost and its subdomains'),
      {
        message: 'domain rule in force',
      },
    );
    // Chromium resolves every *.localhost name to the loopback address.
    const sub = await session.newPage();
    open.push(sub);
    await sub.goto(`http://app.localhost:${server.port}/other`);
    const onIp = await session.newPage();
    open.push(onIp);
    await onIp.goto(server.url('/other', '127.0.0.1'));
    await waitUntil(() => totalHighlights(onIp), { message: 'highlights on 127.0.0.1' });
    expect(await totalHighlights(sub)).toBe(0);

    // Narrowing the rule to this host switches the subdomain back on, live.
    await page.bringToFront();
    const again = await freshPopup(session, page);
    open.push(again);
    await (await again.waitForSelector('input[name="scope"][value="host"]'))?.click();
    await waitUntil(() => totalHighlights(sub), { message: 'subdomain back on' });
    expect(await totalHighlights(page)).toBe(0);
    await again.click('.site input[role="switch"]');
    await waitUntil(() => totalHighlights(page), { message: 'localhost back on' });
    await closeAll();
  });

  it('says so honestly on a page where content scripts cannot run', async () => {
    const page = await session.newPage();
    open.push(page);
    await page.goto('chrome://version');
    const popup = await freshPopup(session, page);
    open.push(popup);
    const notice = await popup.waitForSelector('.unavailable');
    expect(await notice?.evaluate((el) => el.textContent)).toMatch(/can’t run on this page/);
    expect(await popup.$('.site input[role="switch"]')).toBeNull();
    await closeAll();
  });

  it('has no axe-core violations, light or dark, empty or with results', async () => {
    const { popup } = await pageWithPopup('127.0.0.1');
    await popup.waitForSelector('[role="option"]');
    expect(await axeViolations(popup)).toEqual([]);
    await typeQuery(popup, 'Stoltenberg');
    await waitForResults(popup, 'Stoltenberg');
    await popup.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
    expect(await axeViolations(popup)).toEqual([]);
    await closeAll();
  });
});

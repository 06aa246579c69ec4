// The options page in both browsers: the site list switches a live page off and on, settings import and export.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Pack } from '../../lib/corpus/types.ts';
import { axeViolations } from './axe.ts';
import {
  articlePage,
  BROWSERS,
  collectPageErrors,
  type FixtureServer,
  launch,
  readBuiltJson,
  type Session,
  serveFixtures,
  totalHighlights,
  waitUntil,
} from './harness.ts';
import { pageStatesOn } from './popup-helpers.ts';

describe.each(BROWSERS)('options page in %s', (name) => {
  let session: Session;
  let server: FixtureServer;
  let options: Page;
  let optionsErrors: string[];
  const files = mkdtempSync(join(tmpdir(), 'bg-options-'));

  beforeAll(async () => {
    const pack = readBuiltJson<Pack>(name, 'pack.json');
    const article = pack.articles[0];
    const html = articlePage(article?.title ?? 'News', article?.paragraphs.slice(0, 8) ?? []);
    server = await serveFixtures({ '/news': html, '/other': html });
    session = await launch(name, { withShadowReader: false });
    options = await session.openExtensionPage('options.html');
    optionsErrors = collectPageErrors(options);
    await options.waitForSelector('#add-site');
  });

  afterAll(async () => {
    await session?.close();
    await server?.close();
    rmSync(files, { recursive: true, force: true });
  });

  const siteLabels = () => options.$$eval('.site-list .site-label', (els) => els.map((e) => e.textContent ?? ''));

  async function addSite(text: string) {
    await options.click('#add-site', { count: 3 });
    await options.keyboard.press('Backspace');
    await options.type('#add-site', text);
    await options.click('.add-site button[type="submit"]');
  }

  async function uploadSettings(fileName: string, contents: string) {
    const path = join(files, fileName);
    writeFileSync(path, contents);
    const outcome = () => options.$eval('#import-outcome', (el) => el.textContent ?? '').catch(() => '');
    const before = await outcome();
    const input = (await options.$('#import-file')) as ElementHandle<HTMLInputElement>;
    await input.uploadFile(path);
    return waitUntil(
      async () => {
        const text = await outcome();
        return text !== before ? text : '';
      },
      { message: `import outcome for ${fileName}` },
    );
  }

  it('switches a site off from the site list: live, after a reload, not on another host; and back on', async () => {
    const page = await session.newPage();
    await page.goto(server.url('/news', '127.0.0.1'));
    await waitUntil(() => totalHighlights(page), { message: 'highlights before' });

    await options.bringToFront();
    await addSite('http://127.0.0.1:8080/anything');
    await waitUntil(async () => (await siteLabels()).includes('127.0.0.1'), { message: 'site listed' });
    await waitUntil(async () => (await totalHighlights(page)) === 0, { message: 'highlights cleared live' });

    await page.reload();
    await waitUntil(async () => (await pageStatesOn(options, '127.0.0.1')).length > 0, {
      message: 'content script after reload',
    });
    const other = await session.newPage();
    await other.goto(server.url('/other', 'localhost'));
    await waitUntil(() => totalHighlights(other), { message: 'highlights on localhost' });
    expect(await totalHighlights(page)).toBe(0);
    expect((await pageStatesOn(options, '127.0.0.1'))[0]?.active).toBe(false);

    await options.bringToFront();
    await options.click('.site-list button[aria-label="Remove 127.0.0.1"]');
    await waitUntil(() => totalHighlights(page), { message: 'highlights back without reload' });
    expect(await siteLabels()).toEqual([]);
    await page.close();
    await other.close();
  });

  it('changes a rule from this host to the whole domain', async () => {
    await addSite('news.example.com');
    await waitUntil(async () => (await siteLabels()).includes('news.example.com'), { message: 'host listed' });
    await options.select('.site-list select', 'domain');
    await waitUntil(async () => (await siteLabels()).includes('example.com and its subdomains'), {
      message: 'domain rule',
    });
    await options.click('.site-list button[aria-label="Remove example.com and its subdomains"]');
    await waitUntil(async () => (await siteLabels()).length === 0, { message: 'list empty' });
  });

  it('refuses something that is not a site, saying why', async () => {
    await addSite('ex ample.com');
    const error = await options.waitForSelector('#add-site-error');
    expect(await error?.evaluate((e) => e.textContent)).toBe('"ex ample.com" is not a host name.');
    expect(await siteLabels()).toEqual([]);
  });

  it('rejects an invalid settings file, naming the field, and keeps the settings', async () => {
    await options.click('input[name="style"][value="background"]');
    const bad = {
      format: 'backgrounder-settings',
      version: 1,
      paused: false,
      siteMode: 'everywhere',
      sites: [{ site: 'a.example', scope: 'subdomain' }],
      highlightKinds: ['person'],
      highlightStyle: 'underline',
    };
    const message = await uploadSettings('bad.json', JSON.stringify(bad));
    expect(message).toContain('sites[0].scope: expected "host" or "domain", found "subdomain".');
    expect(message).toContain('Your settings are unchanged.');
    expect(await options.$eval('input[name="style"][value="background"]', (e) => (e as HTMLInputElement).checked)).toBe(
      true,
    );
  });

  it('imports a valid file and exports what is stored', async () => {
    const good = {
      format: 'backgrounder-settings',
      version: 1,
      paused: false,
      siteMode: 'everywhere',
      sites: [{ site: 'bücher.de', scope: 'domain' }],
      highlightKinds: ['person', 'place'],
      highlightStyle: 'underline',
    };
    expect(await uploadSettings('good.json', JSON.stringify(good))).toContain('Imported settings from good.json');
    await waitUntil(async () => (await siteLabels()).includes('bücher.de and its subdomains'), {
      message: 'imported site',
    });
    expect(await options.$eval('input[name="kinds"][value="term"]', (e) => (e as HTMLInputElement).checked)).toBe(
      false,
    );

    // Capture the download the export button starts, and read the file it would save.
    await options.evaluate(() => {
      HTMLAnchorElement.prototype.click = function capture(this: HTMLAnchorElement) {
        (window as unknown as { __exported: Promise<string> }).__exported = fetch(this.href).then((r) => r.text());
      };
    });
    await options.click('::-p-text(Export settings)');
    const exported = JSON.parse(
      await options.evaluate(() => (window as unknown as { __exported: Promise<string> }).__exported),
    );
    expect(exported).toMatchObject({
      format: 'backgrounder-settings',
      sites: [{ site: 'xn--bcher-kva.de', scope: 'domain' }],
      highlightKinds: ['person', 'place'],
    });
    await options.click('.site-list button');
  });

  it('has no axe-core violations, light or dark', async () => {
    expect(await axeViolations(options)).toEqual([]);
    // Media emulation needs CDP; Firefox over WebDriver BiDi has none, and the colours are the same CSS.
    if (name === 'chromium') {
      await options.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
      expect(await axeViolations(options)).toEqual([]);
    }
    expect(optionsErrors).toEqual([]);
  });
});

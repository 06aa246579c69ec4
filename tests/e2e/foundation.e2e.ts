import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  articlePage,
  BROWSERS,
  collectPageErrors,
  type FixtureServer,
  launch,
  openPopup,
  type Session,
  serveFixtures,
  totalHighlights,
  waitUntil,
} from './harness.ts';

describe.each(BROWSERS)('foundation in %s', (name) => {
  let session: Session;
  let server: FixtureServer;

  beforeAll(async () => {
    session = await launch(name, { withShadowReader: false });
    server = await serveFixtures({
      '/news': articlePage('Alliance summit', [
        'NATO leaders met in Brussels on Thursday as the war in Ukraine entered its second month.',
      ]),
    });
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it('runs its content script on a local page', async () => {
    const page = await session.newPage();
    const errors = collectPageErrors(page);
    await page.goto(server.url('/news'));
    await waitUntil(() => totalHighlights(page), { message: 'highlights from the content script' });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('renders the options page', async () => {
    const page = await session.openExtensionPage('options.html');
    const heading = await page.waitForSelector('h1');
    expect(await heading?.evaluate((h) => h.textContent)).toMatch(/Backgrounder/);
    await page.close();
  });

  if (name === 'chromium')
    it('opens the real toolbar popup with its search field focused', async () => {
      const page = await session.newPage();
      await page.goto(server.url('/news'));
      const popup = await openPopup(session, page);
      const search = await popup.waitForSelector('input[type="search"]');
      expect(await search?.evaluate((el) => el === document.activeElement)).toBe(true);
      await popup.close();
      await page.close();
    });
});

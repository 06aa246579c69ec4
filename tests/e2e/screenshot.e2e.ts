// The README's screenshot, taken from the real extension on the demo page that `npm start` opens.
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderDemoPage } from '../../scripts/demo-server.ts';
import {
  type FixtureServer,
  launch,
  type Session,
  serveFixtures,
  setViewport,
  totalHighlights,
  waitForPopoverText,
  waitUntil,
} from './harness.ts';
import { glideOnto } from './popover-helpers.ts';

const SCREENSHOT = resolve(import.meta.dirname, '../../docs/screenshot.png');

describe('README screenshot in chromium', () => {
  let session: Session;
  let server: FixtureServer;

  beforeAll(async () => {
    session = await launch('chromium');
    server = await serveFixtures({ '/': renderDemoPage(resolve(import.meta.dirname, '../../seeds')) });
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it('shows a briefing popover over the demo news page', async () => {
    const page = await session.newPage();
    await setViewport(page, { width: 1100, height: 760 });
    await page.goto(server.url('/'));
    await waitUntil(() => totalHighlights(page), { message: 'highlights on the demo page' });
    await glideOnto(page, 'Stoltenberg', 1);
    const text = await waitForPopoverText(page, 'Stoltenberg');
    expect(text).toMatch(/Secretary General/);
    await page.screenshot({ path: SCREENSHOT });
    expect(statSync(SCREENSHOT).size).toBeGreaterThan(10_000);
    await page.close();
  });
});

// Issue #12 in real browsers: a surname two people share ("Clinton") is highlighted and resolved from the page,
// and the popover says it chose and lets the reader switch. The extension is built from a corpus of its own
// (tests/fixtures/shared-names, via BG_CORPUS): invented articles in which Hillary Clinton is called "Clinton"
// more often than Bill Clinton is, and one about Marta Long, whose surname the articles also use as a word.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Pack } from '../../lib/corpus/types.ts';
import {
  articlePage,
  BROWSERS,
  type BrowserName,
  collectPageErrors,
  type FixtureServer,
  highlightedTexts,
  launch,
  type Session,
  serveFixtures,
  setViewport,
  shadowUi,
  waitForPopoverText,
  waitUntil,
} from './harness.ts';
import { parkPointer, restOn } from './popover-helpers.ts';

const root = resolve(import.meta.dirname, '../..');
const OUT = '.output-e2e-shared-names';
const CORPUS = 'tests/fixtures/shared-names';

/** Builds the extension from the fixture corpus for one browser, into a folder of its own. */
function build(name: BrowserName): string {
  const wxt = resolve(root, 'node_modules/wxt/bin/wxt.mjs');
  const args = [wxt, 'build', ...(name === 'firefox' ? ['-b', 'firefox'] : [])];
  const r = spawnSync(process.execPath, args, {
    cwd: root,
    env: { ...process.env, BG_OUT: OUT, BG_CORPUS: CORPUS },
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`building with BG_CORPUS=${CORPUS} failed:\n${r.stdout}\n${r.stderr}`);
  return resolve(root, OUT, name === 'chromium' ? 'chrome-mv3' : 'firefox-mv2');
}

const PAGES = {
  '/hillary': articlePage('Campaign notes', [
    'Hillary Clinton visited a factory in Ohio on Monday.',
    'In the afternoon Clinton met students at a college.',
  ]),
  '/bill': articlePage('Foundation notes', [
    'Bill Clinton visited a school in Arkansas on Tuesday.',
    'In the evening Clinton met donors at a dinner.',
  ]),
  '/only': articlePage('Briefly', ['Clinton spoke to reporters on Wednesday about the economy.']),
  // Marta Long's surname is a word the articles write in lower case more often than they name her.
  '/long': articlePage('Long Wait at the Harbour', [
    'Long lines formed outside the museum on Sunday.',
    'Visitors said Long had planned the opening for years.',
  ]),
};

describe.each(BROWSERS)('shared names in %s', (name) => {
  let session: Session;
  let server: FixtureServer;
  let pack: Pack;

  beforeAll(async () => {
    const dir = build(name);
    pack = JSON.parse(readFileSync(`${dir}-pack.json`, 'utf8')) as Pack;
    session = await launch(name, { extensionDir: dir });
    server = await serveFixtures(PAGES);
  }, 240_000);
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  async function open(path: string): Promise<{ page: Page; errors: string[] }> {
    const page = await session.newPage();
    await setViewport(page, { width: 1000, height: 700 });
    const errors = collectPageErrors(page);
    await page.goto(server.url(path));
    await waitUntil(async () => (await highlightedTexts(page)).includes('Clinton'), { message: 'Clinton highlighted' });
    await parkPointer(page);
    return { page, errors };
  }

  /** The name the popover shows for the n-th "Clinton" on the page. */
  async function briefingOn(page: Page, occurrence: number): Promise<string> {
    await restOn(page, 'Clinton', occurrence);
    await waitForPopoverText(page);
    return (await shadowUi(page, 'text', '.name')).text ?? '';
  }

  it('highlights the surname both share, and opens the one the page named in full before it', async () => {
    const { page, errors } = await open('/hillary');
    expect(await highlightedTexts(page)).toEqual(['Hillary Clinton', 'Clinton']);
    expect(await briefingOn(page, 1)).toBe('Hillary Clinton');
    // It says it chose, and what else the name could mean.
    expect((await shadowUi(page, 'text', '.also')).text).toBe('Clinton — also: Bill Clinton');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('opens the other one when the page names him first', async () => {
    const { page, errors } = await open('/bill');
    expect(await briefingOn(page, 1)).toBe('Bill Clinton');
    expect((await shadowUi(page, 'text', '.also')).text).toBe('Clinton — also: Hillary Clinton');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('opens the one the articles call Clinton most when the page says only "Clinton", and switches on request', async () => {
    const { page, errors } = await open('/only');
    expect(await briefingOn(page, 0)).toBe('Hillary Clinton');
    expect((await shadowUi(page, 'click', '.also-choice')).clicked).toBe(true);
    // (The popover's text names Bill Clinton before the switch too, in its "also" line: wait on the name itself.)
    const name = await waitUntil(
      async () => {
        const text = (await shadowUi(page, 'text', '.name')).text ?? '';
        return text === 'Bill Clinton' ? text : null;
      },
      { message: 'the popover switched to Bill Clinton' },
    );
    expect(name).toBe('Bill Clinton');
    expect((await shadowUi(page, 'text', '.also')).text).toBe('Clinton — also: Hillary Clinton');
    expect(errors).toEqual([]);
    await page.close();
  });

  it("highlights a surname that is an ordinary word only where its capital is the writer's", async () => {
    const page = await session.newPage();
    await setViewport(page, { width: 1000, height: 700 });
    const errors = collectPageErrors(page);
    await page.goto(server.url('/long'));
    await waitUntil(async () => (await highlightedTexts(page)).includes('Long'), { message: 'Long highlighted' });
    await parkPointer(page);
    // Not the headline's "Long Wait", not "Long lines" at the sentence's start: only "said Long".
    expect(await highlightedTexts(page)).toEqual(['Long']);
    await restOn(page, 'Long', 2);
    await waitForPopoverText(page);
    expect((await shadowUi(page, 'text', '.name')).text).toBe('Marta Long');
    expect(errors).toEqual([]);
    await page.close();
  });

  it("says so on the briefing page too: a shared name's link and the dossier it opens offer the other", async () => {
    const article = pack.articles.find((a) => a.title.startsWith('Bill Clinton finishes'));
    if (!article) throw new Error('fixture article missing');
    const page = await session.openExtensionPage(`briefing.html#article=${article.id}`);
    const link = await waitUntil(
      () =>
        page.evaluate(() => {
          const a = [...document.querySelectorAll('a.mention')].find((e) => e.textContent === 'Clinton');
          return a ? { title: a.getAttribute('title'), href: a.getAttribute('href') } : null;
        }),
      { message: 'a "Clinton" link in the reader' },
    );
    expect(link.title).toBe('Bill Clinton (Person) — also: Hillary Clinton');
    expect(link.href).toBe('#entity=person%3Abill-clinton&as=Clinton');
    await page.evaluate((href) => {
      location.hash = href;
    }, link.href ?? '');
    const also = await waitUntil(
      () => page.evaluate(() => document.querySelector('.dossier .also')?.textContent ?? ''),
      {
        message: 'the dossier says what else the name could mean',
      },
    );
    expect(also).toBe('“Clinton” could also mean: Hillary Clinton');
    await page.close();
  });
});

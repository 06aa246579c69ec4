// The extension built from an archive of about a thousand articles (seeds/ plus the 924 PolNeAR articles of
// ../shared/eval, through BG_CORPUS), in both browsers: hovering a name opens its briefing from the on-demand
// layout, and the briefing page's search finds the person and their quotes. Built once, here, into .output-e2e-large.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { delimiter, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Briefing } from '../../lib/briefing/types.ts';
import type { Pack } from '../../lib/corpus/types.ts';
import { diskSource } from '../../lib/layout/disk.ts';
import { LayoutReader } from '../../lib/layout/reader.ts';
import type { CompiledMatcher } from '../../lib/matching/types.ts';
import {
  articlePage,
  BROWSERS,
  type BrowserName,
  type FixtureServer,
  launch,
  type Session,
  serveFixtures,
  setViewport,
  totalHighlights,
  waitForPopoverText,
  waitUntil,
} from './harness.ts';
import { parkPointer, restOn } from './popover-helpers.ts';

const root = resolve(import.meta.dirname, '../..');
const OUT = '.output-e2e-large';
const CORPUS = [resolve(root, 'seeds'), resolve(root, '../shared/eval/polnear/articles')];
const dirOf = (name: BrowserName) => resolve(root, OUT, name === 'chromium' ? 'chrome-mv3' : 'firefox-mv2');

/** Builds from the large corpus, every run (BG_E2E_REUSE=1 keeps an existing build while working on this file). */
function build(name: BrowserName): void {
  if (process.env.BG_E2E_REUSE === '1' && existsSync(resolve(dirOf(name), 'pack/meta.json'))) return;
  const args = [
    resolve(root, 'node_modules/wxt/bin/wxt.mjs'),
    'build',
    ...(name === 'firefox' ? ['-b', 'firefox'] : []),
  ];
  const r = spawnSync(process.execPath, args, {
    cwd: root,
    env: { ...process.env, BG_OUT: OUT, BG_CORPUS: CORPUS.join(delimiter) },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.status !== 0) throw new Error(`building from the large corpus failed:\n${r.stderr.slice(-2000)}`);
}

interface Facts {
  pack: Pack;
  name: string;
  surname: string;
  briefing: Briefing;
}

async function facts(name: BrowserName): Promise<Facts> {
  const { readFileSync } = await import('node:fs');
  const pack = JSON.parse(readFileSync(`${dirOf(name)}-pack.json`, 'utf8')) as Pack;
  const matcher = JSON.parse(readFileSync(`${dirOf(name)}-matcher.json`, 'utf8')) as CompiledMatcher;
  const forms = new Set((matcher.forms ?? []).map(([form]) => form));
  // The person quoted most whose full name the matcher highlights.
  const said = new Map<string, number>();
  for (const q of pack.quotes) if (q.speakerId) said.set(q.speakerId, (said.get(q.speakerId) ?? 0) + 1);
  const person = pack.entities
    .filter((e) => e.kind === 'person' && forms.has(e.name) && e.name.includes(' '))
    .sort((a, b) => (said.get(b.id) ?? 0) - (said.get(a.id) ?? 0))[0];
  if (!person) throw new Error('the large pack has no highlighted person');
  const briefing = await new LayoutReader(diskSource(resolve(dirOf(name), 'pack'))).briefing(person.id);
  if (!briefing?.quotes[0]) throw new Error(`no briefing with quotes for ${person.id}`);
  return { pack, name: person.name, surname: person.name.split(' ').pop() as string, briefing };
}

beforeAll(() => {
  if (!existsSync(CORPUS[1] as string))
    throw new Error(`${CORPUS[1]} is missing: the PolNeAR articles of ../shared/eval`);
  for (const name of BROWSERS) build(name);
}, 600_000);

describe.each(BROWSERS)('an extension built from ~1,000 articles, in %s', (name) => {
  let session: Session;
  let server: FixtureServer;
  let f: Facts;

  beforeAll(async () => {
    f = await facts(name);
    server = await serveFixtures({
      '/story.html': articlePage('Campaign notebook', [
        `Reporters followed ${f.name} through the state on Tuesday as the campaign entered its final week.`,
        'Volunteers said turnout would decide the race.',
      ]),
    });
    session = await launch(name, { extensionDir: dirOf(name) });
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it('ships the pack laid out on demand, not as one file', () => {
    const files = readdirSync(dirOf(name));
    expect(files).not.toContain('pack.json');
    expect(f.pack.articles.length).toBeGreaterThan(900);
  });

  it('opens the briefing of a name on hover, with its quote and the article it is from', async () => {
    const page = await session.newPage();
    await setViewport(page, { width: 1000, height: 700 });
    await page.goto(server.url('/story.html'));
    await waitUntil(() => totalHighlights(page), { message: 'highlights', timeout: 20_000 });
    await parkPointer(page);
    await restOn(page, f.surname);
    const quote = f.briefing.quotes[0];
    const text = await waitForPopoverText(page, f.name);
    expect(text).toContain(quote?.text.slice(0, 40));
    expect(text).toContain(quote?.articleTitle);
    await page.close();
  });

  it('finds the person and their quotes from the briefing page search', async () => {
    const page = await session.openExtensionPage(`briefing.html#q=${encodeURIComponent(f.surname)}`);
    await page.waitForSelector('.search .results');
    const names = await page.$$eval('.search .results li', (lis) => lis.map((li) => li.textContent ?? ''));
    expect(names.some((t) => t.includes(f.name))).toBe(true);
    const quotes = await page.$$eval('.search blockquote, .search .quote-text', (qs) =>
      qs.map((q) => q.textContent ?? ''),
    );
    expect(quotes.length).toBeGreaterThan(0);
    await page.close();
  });
});

// The briefing page (issue #5): dossier, article reader, deep links on load and on hashchange, accessibility.
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { routeToHash } from '../../lib/briefing/links.ts';
import { axeViolations } from './axe.ts';
import { BROWSERS, collectPageErrors, launch, type Session, setViewport, waitUntil } from './harness.ts';
import { type PackFacts, packFacts } from './popover-helpers.ts';

describe.each(BROWSERS)('briefing page in %s', (name) => {
  let session: Session;
  let facts: PackFacts;

  beforeAll(async () => {
    facts = packFacts(name, 'Stoltenberg');
    session = await launch(name, { withShadowReader: false });
  });
  afterAll(async () => {
    await session?.close();
  });

  // One read in the page: a re-render between finding the heading and reading it cannot fail the test.
  const heading = (page: Page) => page.evaluate(() => document.querySelector('main h1')?.textContent ?? '');
  const waitForHeading = (page: Page, text: string) =>
    waitUntil(async () => (await heading(page)).includes(text), { message: `heading "${text}"` });

  it('shows an entity dossier from a deep link: who it is, its quotes by article, related names', async () => {
    const page = await session.openExtensionPage(
      `briefing.html${routeToHash({ view: 'entity', entityId: facts.entity.id })}`,
    );
    const errors = collectPageErrors(page);
    await waitForHeading(page, facts.entity.name);
    const text = await page.$eval('main', (m) => m.textContent ?? '');
    if (facts.entity.description) expect(text).toContain(facts.entity.description);
    const quote = facts.ownQuotes[0];
    if (!quote) throw new Error('the pack has no quote by the entity');
    expect(text).toContain(quote.text);
    expect(await page.$$eval('.dossier-article h3', (hs) => hs.map((h) => h.textContent))).toContain(
      quote.articleTitle,
    );
    // Each quote comes with its paragraph for context.
    expect(await page.$$eval('.context', (cs) => cs.length)).toBeGreaterThan(0);
    const related = facts.entity.related.filter((id) => facts.pack.entities.some((e) => e.id === id));
    if (related.length) expect(await page.$$eval('.related a', (as) => as.length)).toBeGreaterThan(0);
    expect(await page.title()).toContain(facts.entity.name);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('opens the reader at a paragraph and a quote from a deep link, with names highlighted', async () => {
    const quote = facts.ownQuotes[0];
    if (!quote) throw new Error('the pack has no quote by the entity');
    const page = await session.openExtensionPage(
      `briefing.html${routeToHash({ view: 'article', articleId: quote.articleId, paragraph: quote.paragraph, quoteId: quote.id })}`,
    );
    await setViewport(page, { width: 900, height: 600 });
    await waitForHeading(page, quote.articleTitle.slice(0, 30));
    const target = await page.waitForSelector(`#p-${quote.paragraph}.target`);
    const quoteSpan = await page.evaluate((id) => {
      const el = document.getElementById(id);
      return { text: el?.textContent ?? null, target: el?.classList.contains('target') ?? false };
    }, `quote-${quote.id}`);
    expect(quote.text.startsWith(quoteSpan.text ?? '\u0000')).toBe(true);
    expect(quoteSpan.target).toBe(true);
    // Scrolled into view.
    expect(await target?.isIntersectingViewport()).toBe(true);
    // The entity's name is a link to its dossier.
    const mentionLinks = await page.$$eval('a.mention', (as) => as.map((a) => a.getAttribute('href')));
    expect(mentionLinks).toContain(routeToHash({ view: 'entity', entityId: facts.entity.id }));
    await page.close();
  });

  it('follows links and hash changes without reloading: reader → dossier → another article', async () => {
    const article = facts.pack.articles.find((a) => facts.entity.mentions.some((m) => m.articleId === a.id));
    if (!article) throw new Error('no article mentions the entity');
    const page = await session.openExtensionPage(
      `briefing.html${routeToHash({ view: 'article', articleId: article.id })}`,
    );
    await waitForHeading(page, article.title.slice(0, 30));
    await page.evaluate(() => {
      (window as unknown as { __sameDocument: boolean }).__sameDocument = true;
    });
    await page.click(`a.mention[href="${routeToHash({ view: 'entity', entityId: facts.entity.id })}"]`);
    await waitForHeading(page, facts.entity.name);
    await page.evaluate(
      (hash) => {
        location.hash = hash;
      },
      routeToHash({ view: 'article', articleId: article.id, paragraph: 0 }),
    );
    await waitForHeading(page, article.title.slice(0, 30));
    expect(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);
    await page.goBack();
    await waitForHeading(page, facts.entity.name);
    await page.close();
  });

  it('says so for a link to something the pack does not have', async () => {
    const page = await session.openExtensionPage('briefing.html#entity=person%3Anobody');
    await waitForHeading(page, 'Not found');
    await page.close();
  });

  it('searches from its search field', async () => {
    const page = await session.openExtensionPage('briefing.html');
    await page.waitForSelector('#briefing-search');
    await page.type('#briefing-search', 'Stoltenberg');
    await page.keyboard.press('Enter');
    await waitForHeading(page, 'Results for “Stoltenberg”');
    expect(await page.evaluate(() => location.hash)).toBe('#q=Stoltenberg');
    await page.close();
  });

  it('has no axe-core violations in the dossier and the reader', async () => {
    const quote = facts.ownQuotes[0];
    if (!quote) throw new Error('the pack has no quote by the entity');
    for (const route of [
      { view: 'entity' as const, entityId: facts.entity.id },
      { view: 'article' as const, articleId: quote.articleId, paragraph: quote.paragraph, quoteId: quote.id },
    ]) {
      const page = await session.openExtensionPage(`briefing.html${routeToHash(route)}`);
      await page.waitForSelector('main h1');
      await waitUntil(async () => !(await page.$('main .status')), { message: 'content loaded' });
      expect(await axeViolations(page)).toEqual([]);
      // The dark palette too, where the browser can emulate it (puppeteer cannot in Firefox).
      if (name === 'chromium') {
        await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
        expect(await axeViolations(page)).toEqual([]);
      }
      await page.close();
    }
  });
});

// "Add this page" in the page: Readability on a clone, in jsdom, against small invented pages. What the reader
// gets (title, byline, date, site, language, paragraphs without captions or page furniture), that the page's
// own DOM is untouched, and the two refusals a page can get here (no article, too large).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { blockTexts, extractArticle, pageTextLength } from '../../../lib/page/extract-article.ts';
import { MAX_PAGE_CHARS, NO_ARTICLE_MESSAGE } from '../../../lib/user-corpus/limits.ts';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, '../../fixtures/pages', name), 'utf8');
const load = (
  html: string,
  url = 'https://www.elliscourier.example/news/2025/02/night-ferries?utm_source=x#comments',
) => new JSDOM(html, { url }).window.document;

describe('a news article', () => {
  const doc = load(fixture('news-article.html'));
  const before = doc.documentElement.outerHTML;
  const outcome = extractArticle(doc);
  if (!outcome.ok) throw new Error(outcome.message);
  const { article } = outcome;

  it('reads the title, byline, date, site, language and addresses the page declares', () => {
    expect(article).toMatchObject({
      title: 'Harbour board backs night ferries after long dispute',
      byline: 'Dana Whitcombe',
      published: '2025-02-11T09:30:00+00:00',
      siteName: 'The Ellis Courier',
      lang: 'en-GB',
      url: 'https://www.elliscourier.example/news/2025/02/night-ferries?utm_source=x',
      canonicalUrl: 'https://www.elliscourier.example/news/2025/02/night-ferries',
    });
  });

  it('gives the body as paragraphs: subheads and list items apart, <br> lines apart, no captions or furniture', () => {
    expect(article.paragraphs[0]).toMatch(/^PORT ELLIS — The harbour board voted on Tuesday/);
    expect(article.paragraphs).toContain('What happens next');
    expect(article.paragraphs).toContain('“Nobody has shown me the passengers,” Lindqvist said after the vote.');
    expect(article.paragraphs).toContain('“I hope the board is right, but I will be counting.”');
    expect(article.paragraphs).toContain('The board will publish a timetable in March.');
    // Inline markup does not break a paragraph.
    expect(article.paragraphs.some((p) => p.includes('warned that night crossings would lose money'))).toBe(true);
    const all = article.paragraphs.join('\n');
    for (const furniture of ['Photo: Ellis Courier', 'Most read', 'Subscribe', 'window.__DATA__', 'Sport']) {
      expect(all).not.toContain(furniture);
    }
  });

  it('never touches the page’s own DOM', () => {
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});

describe('what a page declares, or not', () => {
  const page = (head: string, body = fixture('news-article.html').split('<main>')[1]?.split('</main>')[0] ?? '') =>
    `<!doctype html><html><head><title>Night ferries</title>${head}</head><body>${body}</body></html>`;

  it('finds the date in the meta tags Readability does not read, then in <time datetime>', () => {
    const meta = extractArticle(load(page('<meta name="parsely-pub-date" content="2025-03-01T10:00:00Z">')));
    expect(meta.ok && meta.article.published).toBe('2025-03-01T10:00:00Z');
    const time = extractArticle(
      load(
        page(
          '',
          `<article><time datetime="2025-03-02">2 March</time>${fixture('news-article.html').split('<article>')[1]}`,
        ),
      ),
    );
    expect(time.ok && time.article.published).toBe('2025-03-02');
  });

  it('falls back to the host for the site and leaves out what the page does not say', () => {
    const bare = extractArticle(load(page(''), 'https://www.elliscourier.example/story'));
    if (!bare.ok) throw new Error(bare.message);
    expect(bare.article.siteName).toBe('elliscourier.example');
    expect(bare.article).not.toHaveProperty('lang');
    expect(bare.article).not.toHaveProperty('canonicalUrl');
  });

  it('ignores a canonical link that is not http(s)', () => {
    const odd = extractArticle(load(page('<link rel="canonical" href="javascript:alert(1)">')));
    expect(odd.ok && odd.article.canonicalUrl).toBeUndefined();
  });
});

describe('refusals', () => {
  it('a page without article text: the reader’s sentence', () => {
    expect(extractArticle(load(fixture('home-page.html')))).toEqual({
      ok: false,
      reason: 'no-article',
      message: NO_ARTICLE_MESSAGE,
    });
    expect(NO_ARTICLE_MESSAGE).toBe('Nothing to add here: this page has no article text.');
  });

  it('a page over the limit is refused before anything is cloned or parsed, saying how large it is', () => {
    const para = `<p>${'The quay was quiet that night, and the lamps burned late. '.repeat(100)}</p>`;
    const doc = load(
      `<!doctype html><html><body><article>${para.repeat(Math.ceil(MAX_PAGE_CHARS / 5800) + 10)}</article></body></html>`,
    );
    const outcome = extractArticle(doc);
    expect(outcome).toMatchObject({ ok: false, reason: 'too-large' });
    expect(!outcome.ok && outcome.message).toMatch(
      /^This page is too large to add: it holds 1\.\d MB of text, and Backgrounder reads pages of up to 1\.0 MB\. Nothing was added\.$/,
    );
  });

  it('counts text, not scripts or styles, against the limit', () => {
    const doc = load(`<body><p>Twelve chars</p><script>${'x'.repeat(5000)}</script><style>p{}</style></body>`);
    expect(pageTextLength(doc)).toBe('Twelve chars'.length);
  });
});

describe('paragraph blocks', () => {
  it('splits at blocks and line breaks, joins inline runs, skips media and forms', () => {
    const { document } = new JSDOM(
      '<div id="a">One <b>two</b><br>three<div>four<span> five</span></div><figure>six<figcaption>seven</figcaption></figure><button>eight</button>nine\u00a0 ten</div>',
    ).window;
    expect(blockTexts(document.getElementById('a') as Element)).toEqual(['One two', 'three', 'four five', 'nine ten']);
  });
});

// Reads the article out of the page the reader asked to add, with Mozilla's Readability (Firefox's Reader View)
// run on a deep clone of the document: Readability rewrites the tree it is given, and the page's own DOM is never
// touched. Loaded only when the reader adds a page (entrypoints/page-extract.ts, lib/page/extract-loader.ts), so
// no page pays for it otherwise. Readability is synchronous: on an ordinary article it takes tens of
// milliseconds, once, when the reader clicked; the size limit below keeps it from running on pages it would
// take seconds over.
import { Readability } from '@mozilla/readability';
import { MAX_PAGE_CHARS, MIN_ARTICLE_CHARS, NO_ARTICLE_MESSAGE, tooLargeMessage } from '../user-corpus/limits.ts';
import type { ExtractedArticle, ExtractOutcome } from '../user-corpus/types.ts';

/** Elements whose text is no part of a page's readable text (counted out of the size check). */
const NOT_TEXT = 'script, style, noscript, template';
/** Blocks inside Readability's article that end one paragraph and start the next. */
const BLOCK =
  /^(?:p|h[1-6]|li|dd|dt|blockquote|pre|div|section|article|main|header|footer|ul|ol|dl|table|tbody|thead|tr|td|th|hr|br|aside|details|summary|address)$/;
/** Inside the article but not its prose: images and their captions, embedded media, form controls. */
const SKIP =
  /^(?:figure|figcaption|picture|img|video|audio|iframe|object|embed|svg|math|script|style|noscript|button|form|select|textarea|input)$/;

/** Date meta tags Readability does not read, most specific first. */
const DATE_META = [
  'meta[property="article:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="article:published_time"]',
  'meta[name="parsely-pub-date"]',
  'meta[name="sailthru.date"]',
  'meta[name="pubdate"]',
  'meta[name="publishdate"]',
  'meta[name="publish-date"]',
  'meta[name="date"]',
  'meta[name="dc.date.issued"]',
  'meta[name="DC.date.issued"]',
  'meta[name="dcterms.date"]',
];

/** Reads the article of `doc`, or says why there is none. Never modifies `doc`. */
export function extractArticle(doc: Document): ExtractOutcome {
  const started = performance.now();
  const chars = pageTextLength(doc);
  if (chars > MAX_PAGE_CHARS) return { ok: false, reason: 'too-large', chars, message: tooLargeMessage(chars) };
  const clone = doc.cloneNode(true) as Document;
  const parsed = new Readability<Element>(clone, { serializer: (node) => node as Element }).parse();
  const paragraphs = parsed?.content ? blockTexts(parsed.content) : [];
  const length = paragraphs.reduce((n, p) => n + p.length, 0);
  if (!parsed || length < MIN_ARTICLE_CHARS) return { ok: false, reason: 'no-article', message: NO_ARTICLE_MESSAGE };
  const url = withoutFragment(doc.URL);
  const title = clean(parsed.title) || clean(doc.title) || hostOf(url);
  const byline = clean(parsed.byline);
  const article: ExtractedArticle = {
    url,
    title,
    siteName: clean(parsed.siteName) || hostOf(url),
    paragraphs: withoutRepeatedHeader(paragraphs, title, byline),
  };
  const canonical = canonicalUrl(doc);
  if (canonical && canonical !== url) article.canonicalUrl = canonical;
  if (byline) article.byline = byline;
  const published = clean(parsed.publishedTime) || metaDate(doc);
  if (published) article.published = published;
  const lang =
    clean(parsed.lang) || clean(doc.querySelector('meta[http-equiv="content-language" i]')?.getAttribute('content'));
  if (lang) article.lang = lang;
  return { ok: true, article, millis: performance.now() - started };
}

/** The headline and byline are written as header lines; their copies at the top of the body would be prose. */
function withoutRepeatedHeader(paragraphs: string[], title: string, byline: string): string[] {
  const header = new Set([title, byline, `by ${byline}`].map((s) => s.toLowerCase()).filter(Boolean));
  let skip = 0;
  while (skip < Math.min(3, paragraphs.length - 1) && header.has((paragraphs[skip] as string).toLowerCase())) skip++;
  return skip ? paragraphs.slice(skip) : paragraphs;
}

/** Characters of text in the page's body, scripts and styles left out: what the size limit is about. */
export function pageTextLength(doc: Document): number {
  const body = doc.body;
  if (!body) return 0;
  let length = body.textContent?.length ?? 0;
  for (const el of body.querySelectorAll(NOT_TEXT)) length -= el.textContent?.length ?? 0;
  return Math.max(0, length);
}

/**
 * The article's text as paragraphs: one per block element (and per run of text between <br>s), whitespace
 * collapsed, captions and media left out. Written by hand because Readability gives HTML or one flat string,
 * and the ingest needs paragraph boundaries.
 */
export function blockTexts(root: Element): string[] {
  const out: string[] = [];
  let current = '';
  const flush = () => {
    const text = current.replace(/\s+/g, ' ').trim();
    if (text) out.push(text);
    current = '';
  };
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        current += child.nodeValue ?? '';
        continue;
      }
      if (child.nodeType !== 1) continue;
      const tag = (child as Element).localName;
      if (SKIP.test(tag)) continue;
      const block = BLOCK.test(tag);
      if (block) flush();
      walk(child);
      if (block) flush();
    }
  };
  walk(root);
  flush();
  return out;
}

function metaDate(doc: Document): string {
  for (const selector of DATE_META) {
    const value = clean(doc.querySelector(selector)?.getAttribute('content'));
    if (value) return value;
  }
  return clean(doc.querySelector('time[datetime]')?.getAttribute('datetime'));
}

function canonicalUrl(doc: Document): string | undefined {
  const href = doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
  if (!href) return undefined;
  try {
    const url = new URL(href, doc.baseURI);
    return url.protocol === 'http:' || url.protocol === 'https:' ? withoutFragment(url.href) : undefined;
  } catch {
    return undefined;
  }
}

function withoutFragment(href: string): string {
  const hash = href.indexOf('#');
  return hash < 0 ? href : href.slice(0, hash);
}

function hostOf(href: string): string {
  try {
    return new URL(href).hostname.replace(/^www\./, '');
  } catch {
    return href;
  }
}

function clean(value: string | null | undefined): string {
  return (value ?? '').replace(/\s+/g, ' ').trim();
}

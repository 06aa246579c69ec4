// End-to-end harness: real Debian Chromium and Firefox ESR with the built extension loaded (puppeteer-core).
// Every e2e suite reuses these: launch a browser, serve fixture pages, open the real popup, read the
// closed shadow-root UI, collect page errors, count highlights, watch the page's DOM.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Frame, type Page, type WebWorker } from 'puppeteer-core';

export type BrowserName = 'chromium' | 'firefox';
export const BROWSERS: BrowserName[] = ['chromium', 'firefox'];

export const BINARIES: Record<BrowserName, string> = {
  chromium: '/usr/bin/chromium',
  firefox: '/usr/bin/firefox-esr',
};

/** Firefox gives each extension a random internal UUID; pinning it makes moz-extension:// URLs predictable. */
const FIREFOX_ADDON_ID = 'backgrounder@example.org';
const FIREFOX_UUID = '6b1f4c3e-2d6a-4f0e-9c1b-5a7d8e9f0a1b';

const root = resolve(import.meta.dirname, '../..');

export function buildDir(name: BrowserName): string {
  return resolve(root, process.env.BG_OUT ?? '.output', name === 'chromium' ? 'chrome-mv3' : 'firefox-mv2');
}

/** Fails loudly, with the fix, when a browser or a build is missing: an e2e run never skips silently. */
export function assertReady(name: BrowserName): void {
  if (!existsSync(BINARIES[name])) {
    const pkg = name === 'chromium' ? 'chromium' : 'firefox-esr';
    throw new Error(`${BINARIES[name]} not found. Install it with: sudo apt-get install -y ${pkg}`);
  }
  const dir = buildDir(name);
  if (!existsSync(join(dir, 'manifest.json'))) {
    const cmd = name === 'chromium' ? 'npm run build' : 'npm run build:firefox';
    throw new Error(`No build in ${dir}. Run \`${cmd}\` first (npm test does).`);
  }
}

export interface Session {
  name: BrowserName;
  browser: Browser;
  /** Origin of the extension's pages: chrome-extension://<id> or moz-extension://<uuid>. */
  extensionOrigin: string;
  newPage(): Promise<Page>;
  /** Open one of the extension's own pages (options.html, briefing.html#…) in a new tab. */
  openExtensionPage(path: string): Promise<Page>;
  /** Chromium: the extension's service worker (woken if asleep). */
  serviceWorker(): Promise<WebWorker>;
  close(): Promise<void>;
}

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export async function launch(
  name: BrowserName,
  options: {
    withShadowReader?: boolean;
    /** Another build of the extension (its browser folder). */
    extensionDir?: string;
  } = {},
): Promise<Session> {
  if (!options.extensionDir) assertReady(name);
  const extensionDir = options.extensionDir ?? buildDir(name);
  const withShadowReader = options.withShadowReader ?? true;
  let browser: Browser;
  let extensionOrigin: string;
  const cleanups: (() => void)[] = [];
  if (name === 'chromium') {
    browser = await puppeteer.launch({
      browser: 'chrome',
      executablePath: BINARIES.chromium,
      headless: true,
      pipe: true,
      enableExtensions: true,
      args: CHROMIUM_ARGS,
    });
    const id = await browser.installExtension(extensionDir);
    extensionOrigin = `chrome-extension://${id}`;
  } else {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: BINARIES.firefox,
      headless: true,
      // Firefox 153+ lets WebDriver navigate to moz-extension:// pages only with system access allowed.
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [FIREFOX_ADDON_ID]: FIREFOX_UUID }),
      },
    });
    await browser.installExtension(extensionDir);
    extensionOrigin = `moz-extension://${FIREFOX_UUID}`;
  }
  if (withShadowReader) {
    const dir = shadowReaderDir(name);
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    await browser.installExtension(dir);
  }

  const session: Session = {
    name,
    browser,
    extensionOrigin,
    newPage: () => browser.newPage(),
    async openExtensionPage(path) {
      const page = await browser.newPage();
      const url = `${extensionOrigin}/${path.replace(/^\//, '')}`;
      if (name === 'chromium') {
        await page.goto(url);
      } else {
        // Over BiDi, Firefox never reports load/DOMContentLoaded for moz-extension:// navigations (and
        // page.url() keeps saying about:blank); the document itself is there and scriptable.
        await page.goto(url, { waitUntil: 'commit' as never });
        // Polled with evaluate rather than waitForFunction: puppeteer's poller builds its predicate with
        // Function(), which Firefox 140's extension-page CSP refuses.
        await waitUntil(
          () =>
            page
              .evaluate(() => document.readyState === 'complete' && location.protocol === 'moz-extension:')
              .catch(() => false),
          { message: `${path} to load` },
        );
      }
      return page;
    },
    async serviceWorker() {
      if (name !== 'chromium') throw new Error('serviceWorker() is Chromium-only (Firefox MV2 has a background page)');
      const target = await browser.waitForTarget(
        (t) => t.type() === 'service_worker' && t.url().startsWith(`${extensionOrigin}/`),
        { timeout: 10_000 },
      );
      const worker = await target.worker();
      if (!worker) throw new Error('extension service worker target has no worker');
      return worker;
    },
    async close() {
      await browser.close();
      for (const c of cleanups) c();
    },
  };
  return session;
}

function shadowReaderDir(name: BrowserName): string {
  const src = resolve(import.meta.dirname, 'shadow-reader');
  const dir = mkdtempSync(join(tmpdir(), 'bg-shadow-reader-'));
  const manifest = name === 'chromium' ? 'manifest.chrome.json' : 'manifest.firefox.json';
  writeFileSync(join(dir, 'manifest.json'), readFileSync(join(src, manifest)));
  writeFileSync(join(dir, 'content.js'), readFileSync(join(src, 'content.js')));
  return dir;
}

/**
 * Open the real toolbar popup for the page's tab (Chromium: chrome.action.openPopup() from the service worker
 * works headless). Inside it, tabs.query({active, currentWindow}) returns `page`'s tab.
 */
export async function openPopup(session: Session, page: Page): Promise<Page> {
  if (session.name !== 'chromium') throw new Error('openPopup() is Chromium-only: Firefox cannot open it headless');
  await page.bringToFront();
  const popupTarget = session.browser.waitForTarget(
    (t) => t.url().startsWith(`${session.extensionOrigin}/popup.html`),
    {
      timeout: 10_000,
    },
  );
  // Through a DevTools session that is detached again: a worker left attached (puppeteer's target.worker() keeps
  // its session) does not come back answering after it is stopped, which a later test may do.
  const worker = await session.browser.waitForTarget(
    (t) => t.type() === 'service_worker' && t.url().startsWith(`${session.extensionOrigin}/`),
    { timeout: 10_000 },
  );
  const cdp = await worker.createCDPSession();
  try {
    const r = await cdp.send('Runtime.evaluate', { expression: 'chrome.action.openPopup()', awaitPromise: true });
    if (r.exceptionDetails) throw new Error(`action.openPopup() failed: ${r.exceptionDetails.text}`);
  } finally {
    await cdp.detach().catch(() => undefined);
  }
  const popup = await (await popupTarget).asPage();
  if (!popup) throw new Error('popup target has no page');
  return popup;
}

// ---------------------------------------------------------------------------------------------------------
// Fixture server

/** `delayMs` holds the answer back, like a slow subresource that keeps a page's load event waiting. */
export type Route = string | { body: string; headers?: Record<string, string>; status?: number; delayMs?: number };
export type Routes = Record<string, Route | ((req: IncomingMessage) => Route)>;

export interface FixtureServer {
  port: number;
  /** URL of a route on 127.0.0.1 (default) or on localhost, a second host for per-site tests. */
  url(path: string, host?: '127.0.0.1' | 'localhost'): string;
  /** Add or replace routes while the server runs. */
  set(routes: Routes): void;
  close(): Promise<void>;
}

export async function serveFixtures(routes: Routes = {}): Promise<FixtureServer> {
  const table: Routes = { ...routes };
  const handler = (req: IncomingMessage, res: ServerResponse) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const entry = table[path];
    const route = typeof entry === 'function' ? entry(req) : entry;
    if (route === undefined) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
      return;
    }
    const r = typeof route === 'string' ? { body: route } : route;
    const answer = () => {
      res.writeHead(r.status ?? 200, { 'content-type': 'text/html; charset=utf-8', ...r.headers });
      res.end(r.body);
    };
    if (r.delayMs) setTimeout(answer, r.delayMs);
    else answer();
  };
  // localhost may resolve to ::1 or 127.0.0.1; listen on both loopbacks with the same port.
  const v4 = createServer(handler);
  await listen(v4, 0, '127.0.0.1');
  const port = (v4.address() as AddressInfo).port;
  const servers: Server[] = [v4];
  const v6 = createServer(handler);
  try {
    await listen(v6, port, '::1');
    servers.push(v6);
  } catch {
    // No IPv6 loopback here: localhost resolves to 127.0.0.1 then.
  }
  return {
    port,
    url: (path, host = '127.0.0.1') => `http://${host}:${port}${path.startsWith('/') ? path : `/${path}`}`,
    set: (more) => Object.assign(table, more),
    close: () => Promise.all(servers.map((s) => new Promise<void>((r) => s.close(() => r())))).then(() => undefined),
  };
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolveListen());
  });
}

/** A minimal news-like page around the given paragraphs (text escaped: fixtures are data). */
export function articlePage(title: string, paragraphs: string[], extraHead = ''): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>${extraHead}</head>
<body><article><h1>${escapeHtml(title)}</h1>${paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}</article></body></html>`;
}

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

// ---------------------------------------------------------------------------------------------------------
// Observing pages

/** Collects uncaught page errors from the moment it is called. */
export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error instanceof Error ? error.message : String(error)));
  return errors;
}

/** Ranges per highlight name, as the page's main world sees CSS.highlights. */
export async function countHighlights(page: Page, prefix = 'backgrounder'): Promise<Record<string, number>> {
  return page.evaluate((p) => {
    const out: Record<string, number> = {};
    for (const [name, h] of CSS.highlights) if (name.startsWith(p)) out[name] = h.size;
    return out;
  }, prefix);
}

export async function totalHighlights(page: Page): Promise<number> {
  return Object.values(await countHighlights(page)).reduce((a, b) => a + b, 0);
}

/** The text of every highlighted range, for checking what exactly was highlighted. */
export async function highlightedTexts(page: Page, prefix = 'backgrounder'): Promise<string[]> {
  return page.evaluate((p) => {
    const out: string[] = [];
    for (const [name, h] of CSS.highlights) {
      if (!name.startsWith(p)) continue;
      for (const r of h as unknown as Iterable<AbstractRange>) {
        const range = document.createRange();
        range.setStart(r.startContainer, r.startOffset);
        range.setEnd(r.endContainer, r.endOffset);
        out.push(range.toString());
      }
    }
    return out;
  }, prefix);
}

/**
 * Logs every mutation of the page's DOM from DOMContentLoaded on (before any document_idle content script runs),
 * so the log holds exactly what page scripts and Backgrounder did after parsing. Call before page.goto();
 * read with `domMutations(page)` (or a frame).
 */
export async function watchDom(page: Page): Promise<void> {
  await page.evaluateOnNewDocument(recordDomMutations);
}

function recordDomMutations(): void {
  const log: string[] = [];
  (window as unknown as { __bgMutations: string[] }).__bgMutations = log;
  const describe = (n: Node) => (n.nodeType === 1 ? (n as Element).localName : n.nodeName);
  document.addEventListener('DOMContentLoaded', () => {
    new MutationObserver((records) => {
      for (const r of records) {
        if (r.type === 'attributes') log.push(`attr ${describe(r.target)} ${r.attributeName}`);
        else if (r.type === 'characterData') log.push(`text ${describe(r.target.parentNode ?? r.target)}`);
        else {
          for (const n of r.addedNodes) log.push(`add ${describe(n)} to ${describe(r.target)}`);
          for (const n of r.removedNodes) log.push(`remove ${describe(n)} from ${describe(r.target)}`);
        }
      }
    }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  });
}

/**
 * The same recorder as `watchDom`, served inside a fixture page as an inline script. For pages with
 * cross-origin frames: Firefox 140's WebDriver BiDi preload scripts (puppeteer's evaluateOnNewDocument) throw
 * "Permission denied to access property length" into such pages by themselves, with no extension installed.
 */
export function withDomWatcher(html: string): string {
  const script = `<script>(${recordDomMutations.toString()})()</script>`;
  return html.includes('</body>') ? html.replace('</body>', `${script}</body>`) : html + script;
}

export async function domMutations(page: Page | Frame): Promise<string[]> {
  return page.evaluate(() => [...((window as unknown as { __bgMutations?: string[] }).__bgMutations ?? [])]);
}

/** Poll a condition in Node (no fixed sleeps): resolves with its first truthy value, throws on timeout. */
/**
 * Sets the page's viewport. Firefox 140 ESR's WebDriver BiDi has no screen-orientation override, which
 * puppeteer sends beside the viewport in one batch; the viewport itself is applied, so that one refusal is
 * tolerated.
 */
export async function setViewport(page: Page, size: { width: number; height: number }): Promise<void> {
  try {
    await page.setViewport(size);
  } catch (error) {
    if (!String(error).includes('setScreenOrientationOverride')) throw error;
  }
}

export async function waitUntil<T>(
  check: () => Promise<T> | T,
  { timeout = 10_000, interval = 50, message = 'condition' } = {},
): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeout;
  let last: T | undefined;
  for (;;) {
    last = await check();
    if (last) return last as NonNullable<T>;
    if (Date.now() > deadline)
      throw new Error(`Timed out after ${timeout} ms waiting for ${message} (last: ${String(last)})`);
    await new Promise((r) => setTimeout(r, interval));
  }
}

// ---------------------------------------------------------------------------------------------------------
// Backgrounder's closed shadow-root UI, read through the test-only shadow-reader extension

export interface ShadowResult {
  found: boolean;
  open?: boolean;
  text?: string | null;
  clicked?: boolean;
  rect?: { x: number; y: number; width: number; height: number } | null;
  focused?: { tag: string; label: string | null; text: string | null } | null;
  count?: number;
  error?: string;
}

export type ShadowCommand = 'text' | 'click' | 'rect' | 'focus' | 'count';

/** Run a command inside the closed shadow root of `host` (default: the popover). Requires withShadowReader. */
export async function shadowUi(
  page: Page,
  cmd: ShadowCommand,
  selector?: string,
  host = 'backgrounder-popover',
): Promise<ShadowResult> {
  const result = await page.evaluate(
    (request) =>
      new Promise<unknown>((resolveReply, reject) => {
        const id = Math.random().toString(36).slice(2);
        const timer = setTimeout(() => reject(new Error('shadow reader did not answer')), 5_000);
        const onMessage = (event: MessageEvent) => {
          const d = event.data as { __bgTest?: string; id?: string; result?: unknown };
          if (d?.__bgTest !== 'response' || d.id !== id) return;
          window.removeEventListener('message', onMessage);
          clearTimeout(timer);
          resolveReply(d.result);
        };
        window.addEventListener('message', onMessage);
        window.postMessage({ __bgTest: 'request', id, ...request }, '*');
      }),
    { cmd, selector, host },
  );
  const r = result as ShadowResult;
  if (r.error) throw new Error(`shadow reader: ${r.error}`);
  return r;
}

/** Waits until the popover's visible text contains `needle` (or any text when omitted); returns the text. */
export async function waitForPopoverText(page: Page, needle?: string, timeout = 10_000): Promise<string> {
  return waitUntil(
    async () => {
      const r = await shadowUi(page, 'text');
      const text = r.text ?? '';
      return text && (!needle || text.includes(needle)) ? text : '';
    },
    { timeout, message: `popover text${needle ? ` containing "${needle}"` : ''}` },
  );
}

// ---------------------------------------------------------------------------------------------------------
// The shipped data, so tests derive expectations from the build rather than hard-coding them

/** pack.json (the corpus the build was made from) and matcher.json (all it compiled) are written beside the build. */
export function readBuiltJson<T>(name: BrowserName, file: 'pack.json' | 'matcher.json'): T {
  const path = `${buildDir(name)}-${file}`;
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

export const ARTIFACTS = resolve(import.meta.dirname, 'artifacts');

/** Whether the page itself can fetch `url`: how a page would probe for an extension's files. */
export function pageCanFetch(page: Page, url: string): Promise<'loaded' | 'blocked'> {
  return page.evaluate(
    (u) =>
      fetch(u).then(
        () => 'loaded' as const,
        () => 'blocked' as const,
      ),
    url,
  );
}

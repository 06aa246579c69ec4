// A small Chromium launcher for the bench (the GUIDE's verified recipe), independent of the e2e harness so the
// bench never depends on test-only extensions or quirks.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import puppeteer, { type Browser } from 'puppeteer-core';

export const CHROMIUM = '/usr/bin/chromium';

const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  // Keep timers and rendering of background tabs honest: the bench brings pages to front, but the popup and
  // hover sections switch between targets.
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
];

export interface Chromium {
  browser: Browser;
  extensionId: string;
  origin: string;
  version: string;
  /**
   * Evaluate `fn` in the extension's service worker (waking it if asleep) through a CDP session that is detached
   * afterwards: a worker with DevTools attached is never stopped, which would make every "cold" run warm.
   */
  inWorker<T>(fn: string): Promise<T>;
  /** Stop the extension's service worker (CDP Target.closeTarget on its target) and wait until it is gone. */
  stopServiceWorker(): Promise<void>;
  close(): Promise<void>;
}

export async function launchChromium(extensionDir: string): Promise<Chromium> {
  const browser = await puppeteer.launch({
    browser: 'chrome',
    executablePath: CHROMIUM,
    headless: true,
    pipe: true,
    enableExtensions: true,
    defaultViewport: { width: 1280, height: 900 },
    args: ARGS,
  });
  const extensionId = await browser.installExtension(extensionDir);
  const origin = `chrome-extension://${extensionId}`;
  const isWorker = (t: { type(): string; url(): string }) =>
    t.type() === 'service_worker' && t.url().startsWith(`${origin}/`);
  return {
    browser,
    extensionId,
    origin,
    version: await browser.version(),
    inWorker: <T>(fn: string) => inWorkerOf<T>(browser, origin, fn),
    async stopServiceWorker() {
      const target = browser.targets().find(isWorker);
      if (!target) return;
      const gone = new Promise<void>((ok) => {
        const onGone = (t: unknown) => {
          if (t === target) {
            browser.off('targetdestroyed', onGone);
            ok();
          }
        };
        browser.on('targetdestroyed', onGone);
      });
      const cdp = await browser.target().createCDPSession();
      try {
        const { targetInfos } = await cdp.send('Target.getTargets');
        const info = targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith(`${origin}/`));
        if (info) await cdp.send('Target.closeTarget', { targetId: info.targetId });
      } finally {
        await cdp.detach();
      }
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([
        gone,
        new Promise((_, fail) => {
          timer = setTimeout(() => fail(new Error('the service worker did not stop')), 10_000);
        }),
      ]).finally(() => clearTimeout(timer));
    },
    close: () => browser.close(),
  };
}

/**
 * Evaluate `fn` in the service worker of the extension at `origin`, through a CDP session detached afterwards (a
 * worker with DevTools attached is never stopped, which would make every "cold" run warm).
 */
export async function inWorkerOf<T>(browser: Browser, origin: string, fn: string): Promise<T> {
  const target = await browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith(`${origin}/`), {
    timeout: 15_000,
  });
  const cdp = await target.createCDPSession();
  try {
    const r = (await cdp.send('Runtime.evaluate', {
      expression: `(${fn})()`,
      awaitPromise: true,
      returnByValue: true,
    })) as {
      result: { value?: unknown };
      exceptionDetails?: { text: string; exception?: { description?: string } };
    };
    if (r.exceptionDetails)
      throw new Error(`in the service worker: ${r.exceptionDetails.exception?.description ?? r.exceptionDetails.text}`);
    return r.result.value as T;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

export interface StaticServer {
  origin: string;
  set(path: string, body: string | Buffer, type?: string): void;
  close(): Promise<void>;
}

/** Serves in-memory pages on 127.0.0.1 (content scripts match http://*). */
export async function serve(): Promise<StaticServer> {
  const routes = new Map<string, { body: string | Buffer; type: string }>();
  const server: Server = createServer((req, res) => {
    const r = routes.get(new URL(req.url ?? '/', 'http://x').pathname);
    if (!r) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': r.type, 'cache-control': 'no-store' });
    res.end(r.body);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    set: (path, body, type = 'text/html; charset=utf-8') => {
      routes.set(path, { body, type });
    },
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

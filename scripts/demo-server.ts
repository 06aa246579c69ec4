// The demo news page that `npm start` opens: a seed article served over http so the content script runs on it.

import { readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';

export const DEMO_PORT = 5318;
export const DEMO_URL = `http://127.0.0.1:${DEMO_PORT}/`;

const escapeHtml = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** Render every article in `dir` as one plain news page (article text escaped: it is data, not markup). */
export function renderDemoPage(dir: string): string {
  const articles = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const [title = f, ...rest] = readFileSync(join(dir, f), 'utf8')
        .split(/\n+/)
        .filter((l) => l.trim());
      return `<article><h2>${escapeHtml(title)}</h2>${rest.map((p) => `<p>${escapeHtml(p)}</p>`).join('')}</article>`;
    });
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>The Daily Demo</title>
<style>body{font:18px/1.6 Georgia,serif;max-width:42rem;margin:2rem auto;padding:0 1rem;color:#222}
h1{font-family:system-ui,sans-serif}article{border-top:1px solid #ddd;margin-top:2rem}</style></head>
<body><h1>The Daily Demo</h1><p><em>Hover a highlighted name to see its briefing.</em></p>${articles.join('')}</body></html>`;
}

export function startDemoServer(dir: string, port = DEMO_PORT): Promise<Server> {
  const html = renderDemoPage(dir);
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(html);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}

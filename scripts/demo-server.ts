// The demo news page that `npm start` opens: a seed article served over http so the content script runs on it.

import { readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { buildPack } from '../lib/corpus/pack.ts';

export const DEMO_PORT = 5318;
export const DEMO_URL = `http://127.0.0.1:${DEMO_PORT}/`;
const DEMO_ARTICLES = 12;

const escapeHtml = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * Render every article in `dir` as one plain news page, using the ingest's own reading of each file (headline,
 * byline, paragraphs). Article text is escaped: it is data, not markup. A big archive (BG_CORPUS) shows its first
 * DEMO_ARTICLES files: one page of a thousand articles would be a benchmark, not a demo.
 */
export function renderDemoPage(dir: string): string {
  const sources = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .slice(0, DEMO_ARTICLES)
    .map((file) => ({ file, text: readFileSync(join(dir, file), 'utf8') }));
  const articles = buildPack(sources).articles.map((a) => {
    const heading = a.titleDerived ? '' : `<h2>${escapeHtml(a.title)}</h2>`;
    const meta = [a.byline, a.date, a.source].filter(Boolean).map((m) => escapeHtml(String(m)));
    const byline = meta.length ? `<p class="meta">${meta.join(' · ')}</p>` : '';
    return `<article>${heading}${byline}${a.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('')}</article>`;
  });
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>The Daily Demo</title>
<style>body{font:18px/1.6 Georgia,serif;max-width:42rem;margin:2rem auto;padding:0 1rem;color:#222}
h1,h2{font-family:system-ui,sans-serif}article{border-top:1px solid #ddd;margin-top:2rem;padding-top:1rem}
.meta{color:#666;font-size:15px}</style></head>
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

// Row 4 (size): what every page loads, raw and gzip: the files the manifest injects as a content script and the
// core it imports once the page has loaded; and, as its own row, the scripts the content script loads later
// (web-accessible .js files: the popover UI and the page reader, imported on demand).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { CONTENT_CORE_PATH } from '../../lib/page/content-core.ts';
import { fmt, notMeasured, row } from '../lib/stats.ts';
import type { BenchOptions, Row } from '../lib/types.ts';

interface Manifest {
  content_scripts?: { js?: string[]; css?: string[] }[];
  web_accessible_resources?: (string | { resources?: string[] })[];
}

export function bundleRows(opts: BenchOptions): Row[] {
  const group = '4 Content script';
  const base = {
    id: 'content.gzip',
    group,
    metric: 'bundle size gzip (raw)',
    unit: 'kB',
    budget: { op: '<=' as const, limit: 30 },
  };
  let manifest: Manifest;
  try {
    manifest = JSON.parse(readFileSync(join(opts.extensionDir, 'manifest.json'), 'utf8')) as Manifest;
  } catch {
    return [notMeasured(base, `no build in ${opts.extensionDir}`)];
  }
  const declared = (manifest.content_scripts ?? []).flatMap((c) => [...(c.js ?? []), ...(c.css ?? [])]);
  if (declared.length === 0) return [notMeasured(base, 'the manifest declares no content script')];
  const core = CONTENT_CORE_PATH.replace(/^\//, '');
  const files = [...new Set([...declared, core])];
  const { raw, gz } = sizes(opts.extensionDir, files);
  const rows = [
    row(
      {
        ...base,
        note: `${files.join(', ')} (the core imported after the page's load event); 1 kB = 1000 bytes, gzip at its default level 6`,
      },
      gz / 1000,
      {
        display: `${fmt(gz / 1000)} kB (${fmt(raw / 1000)} kB raw)`,
      },
    ),
  ];
  // Loaded by the content script on demand, not at page load: outside the budget above, but shipped and parsed.
  const lazy = (manifest.web_accessible_resources ?? [])
    .flatMap((w) => (typeof w === 'string' ? [w] : (w.resources ?? [])))
    .map((f) => f.replace(/^\//, ''))
    .filter((f) => f.endsWith('.js') && f !== core);
  if (lazy.length) {
    const l = sizes(opts.extensionDir, lazy);
    rows.push(
      row(
        {
          id: 'content.lazy.gzip',
          group,
          metric: 'loaded on demand, gzip (raw)',
          unit: 'kB',
          note: `${lazy.join(', ')}: web-accessible, imported once the pointer moves on a page with names`,
        },
        l.gz / 1000,
        { display: `${fmt(l.gz / 1000)} kB (${fmt(l.raw / 1000)} kB raw)` },
      ),
    );
  }
  return rows;
}

function sizes(dir: string, files: string[]): { raw: number; gz: number } {
  let raw = 0;
  let gz = 0;
  for (const f of files) {
    const bytes = readFileSync(join(dir, f));
    raw += bytes.length;
    gz += gzipSync(bytes).length;
  }
  return { raw, gz };
}

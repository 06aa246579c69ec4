// Row 4 (size): every file the manifest injects as a content script, raw and gzip -9.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fmt, notMeasured, row } from '../lib/stats.ts';
import type { BenchOptions, Row } from '../lib/types.ts';

interface Manifest {
  content_scripts?: { js?: string[]; css?: string[] }[];
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
  const files = [...new Set((manifest.content_scripts ?? []).flatMap((c) => [...(c.js ?? []), ...(c.css ?? [])]))];
  if (files.length === 0) return [notMeasured(base, 'the manifest declares no content script')];
  let raw = 0;
  let gz = 0;
  for (const f of files) {
    const bytes = readFileSync(join(opts.extensionDir, f));
    raw += bytes.length;
    gz += gzipSync(bytes).length;
  }
  return [
    row({ ...base, note: `${files.join(', ')}; 1 kB = 1000 bytes, gzip at its default level 6` }, gz / 1000, {
      display: `${fmt(gz / 1000)} kB (${fmt(raw / 1000)} kB raw)`,
    }),
  ];
}

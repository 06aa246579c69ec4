// Child process for the Node-side rows: ingest time and memory, the layout's build and size, and search over the
// written shards. Each mode runs in a fresh Node process so one measurement's heap cannot disturb the next.
// Usage:
//   pack-child.ts ingest <out-pack.json> <input-dir>… [--repeat N]
//   pack-child.ts layout <pack.json> <layout-dir>
//   pack-child.ts search <layout-dir> <queries.json> [--repeat N]
// Prints one JSON object on its last stdout line.
import { readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { ingestFoldersTo } from '../../lib/corpus/folder.ts';
import { openPackFile, PackFileWriter } from '../../lib/corpus/pack-file.ts';
import { diskSource, writeLayout } from '../../lib/layout/disk.ts';
import { LayoutReader } from '../../lib/layout/reader.ts';
import { buildQueries } from '../lib/queries.ts';
import { POPUP_LIMIT } from '../lib/search-api.ts';

const argv = process.argv.slice(2);
const repeatAt = argv.indexOf('--repeat');
const repeat = repeatAt >= 0 ? Number(argv[repeatAt + 1]) : 1;
const [mode, ...rest] = repeatAt >= 0 ? argv.slice(0, repeatAt) : argv;
const rssMiB = () => Math.round(process.resourceUsage().maxRSS / 1024);

async function ingest(out: string, dirs: string[]) {
  const runs: number[] = [];
  let summary: Awaited<ReturnType<typeof ingestFoldersTo>> | undefined;
  let bytes = 0;
  for (let i = 0; i < repeat; i++) {
    const writer = new PackFileWriter(out);
    const t0 = performance.now();
    summary = await ingestFoldersTo(dirs, writer);
    runs.push(performance.now() - t0);
    bytes = writer.bytes;
  }
  if (!summary) throw new Error('no ingest run');
  return {
    runs,
    warnings: summary.warnings.length,
    articles: summary.read,
    entities: summary.entities,
    quotes: summary.quotes,
    packBytes: bytes,
    maxRssMiB: rssMiB(),
  };
}

async function layout(packPath: string, dir: string) {
  const t0 = performance.now();
  // As `npm run ingest -- --layout` reads it: articles' texts left in the file until the layout asks for them.
  const opened = await openPackFile(packPath);
  // What `npm run ingest -- --layout` does before the layout step (scripts/ingest.ts, favourMemory).
  setFlagsFromString('--optimize-for-size');
  const { pack } = opened;
  const readMs = performance.now() - t0;
  writeFileSync(join(dirname(dir), `${dir.split('/').pop()}-queries.json`), JSON.stringify(buildQueries(pack)));
  const t1 = performance.now();
  const report = await writeLayout(dir, pack).finally(() => opened.close());
  const layoutMs = performance.now() - t1;
  let disk = 0;
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(d, e.name));
      else disk += statSync(join(d, e.name)).size;
    }
  };
  walk(dir);
  return { readMs, layoutMs, files: report.files, bytes: disk, articles: pack.articles.length, maxRssMiB: rssMiB() };
}

async function search(dir: string, queriesPath: string) {
  const { readFileSync } = await import('node:fs');
  const queries = JSON.parse(readFileSync(queriesPath, 'utf8')) as string[];
  // First queries of a fresh reader: what a woken worker pays, file reads included.
  const cold: number[] = [];
  for (const q of queries) {
    const reader = new LayoutReader(diskSource(dir));
    const s = await reader.searcher();
    const t0 = performance.now();
    await s.search(q, POPUP_LIMIT);
    cold.push(performance.now() - t0);
  }
  const reader = new LayoutReader(diskSource(dir));
  const searcher = await reader.searcher();
  for (const q of queries) await searcher.search(q, POPUP_LIMIT); // warm-up pass
  const searchRuns: number[] = [];
  const perQuery = new Map<string, number>();
  for (let r = 0; r < Math.max(1, repeat); r++) {
    for (const q of queries) {
      const t0 = performance.now();
      await searcher.search(q, POPUP_LIMIT);
      const ms = performance.now() - t0;
      searchRuns.push(ms);
      perQuery.set(q, Math.max(perQuery.get(q) ?? 0, ms));
    }
  }
  const slowest = [...perQuery].sort((x, y) => y[1] - x[1]).slice(0, 3);
  return { searchRuns, cold, queries: queries.length, slowest, cache: reader.cacheSize(), maxRssMiB: rssMiB() };
}

const [a, b, ...more] = rest;
const result =
  mode === 'ingest' && a && b
    ? await ingest(a, [b, ...more])
    : mode === 'layout' && a && b
      ? await layout(a, b)
      : mode === 'search' && a && b
        ? await search(a, b)
        : null;
if (result === null) {
  console.error(
    'usage: pack-child.ts ingest <out.json> <dir>… | layout <pack.json> <dir> | search <dir> <queries.json>',
  );
  process.exit(2);
}
console.log(JSON.stringify(result));

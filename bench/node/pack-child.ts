// Child process for the Node-side rows (issue #3 / #7): ingest timing, pack size, index load and search latency.
// Usage:
//   pack-child.ts ingest <input-dir> <out-pack.json> [--repeat N]
//   pack-child.ts index <pack.json> [--repeat N]
// Prints one JSON object on its last stdout line.
import { readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { ingestFolder } from '../../lib/corpus/folder.ts';
import type { Pack } from '../../lib/corpus/types.ts';
import { buildQueries } from '../lib/queries.ts';
import { searchApi as api } from '../lib/search-api.ts';

const argv = process.argv.slice(2);
const repeatAt = argv.indexOf('--repeat');
const repeat = repeatAt >= 0 ? Number(argv[repeatAt + 1]) : 1;
const [mode, a, b] = repeatAt >= 0 ? argv.slice(0, repeatAt) : argv;

async function ingest(dir: string, out: string) {
  const runs: number[] = [];
  let pack: Pack | undefined;
  let warnings = 0;
  for (let i = 0; i < repeat; i++) {
    const t0 = performance.now();
    const result = await ingestFolder(dir);
    runs.push(performance.now() - t0);
    pack = result.pack;
    warnings = result.warnings.length;
  }
  if (!pack) throw new Error('no ingest run');
  const json = JSON.stringify(pack);
  writeFileSync(out, json);
  const indexJson = pack.index === null || pack.index === undefined ? '' : JSON.stringify(pack.index);
  return {
    runs,
    warnings,
    articles: pack.articles.length,
    entities: pack.entities.length,
    quotes: pack.quotes.length,
    packBytes: Buffer.byteLength(json),
    packGzipBytes: gzipSync(json).length,
    indexBytes: Buffer.byteLength(indexJson),
    maxRssMiB: Math.round(process.resourceUsage().maxRSS / 1024),
  };
}

/** Longest time the event loop was blocked while `work` ran, sampled with a setImmediate ticker. */
async function longestBlock(work: () => Promise<unknown>): Promise<{ totalMs: number; longestBlockMs: number }> {
  let last = performance.now();
  let longest = 0;
  let running = true;
  const tick = () => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
    if (running) setImmediate(tick);
  };
  setImmediate(tick);
  const t0 = performance.now();
  await work();
  const totalMs = performance.now() - t0;
  running = false;
  const now = performance.now();
  longest = Math.max(longest, now - last);
  return { totalMs, longestBlockMs: longest };
}

async function index(packPath: string) {
  const text = readFileSync(packPath, 'utf8');
  const parseRuns: number[] = [];
  let pack: Pack | undefined;
  for (let i = 0; i < repeat + 1; i++) {
    const t0 = performance.now();
    pack = JSON.parse(text) as Pack;
    if (i > 0) parseRuns.push(performance.now() - t0);
  }
  if (!pack) throw new Error('no pack');
  if (pack.index === null || pack.index === undefined) return { parseRuns, unavailable: 'the pack has no index' };
  const indexJson = JSON.stringify(pack.index);
  const loadJsonRuns: number[] = [];
  const loadAsyncRuns: number[] = [];
  const loadAsyncBlock: number[] = [];
  for (let i = 0; i < repeat + 1; i++) {
    const t0 = performance.now();
    api.loadJSON(indexJson);
    const syncMs = performance.now() - t0;
    const parsed = JSON.parse(indexJson) as unknown;
    const asyncRun = await longestBlock(() => api.loadJSAsync(parsed));
    if (i === 0) continue; // warm-up
    loadJsonRuns.push(syncMs);
    loadAsyncRuns.push(asyncRun.totalMs);
    loadAsyncBlock.push(asyncRun.longestBlockMs);
  }
  const searcher = await api.createSearcher(pack);
  const queries = buildQueries(pack);
  for (const q of queries) searcher(q); // warm-up pass
  const searchRuns: number[] = [];
  const perQuery = new Map<string, number>();
  for (let r = 0; r < Math.max(1, repeat); r++) {
    for (const q of queries) {
      const t0 = performance.now();
      searcher(q);
      const ms = performance.now() - t0;
      searchRuns.push(ms);
      perQuery.set(q, Math.max(perQuery.get(q) ?? 0, ms));
    }
  }
  const slowest = [...perQuery].sort((x, y) => y[1] - x[1]).slice(0, 3);
  return { parseRuns, loadJsonRuns, loadAsyncRuns, loadAsyncBlock, searchRuns, queries: queries.length, slowest };
}

const result = mode === 'ingest' && a && b ? await ingest(a, b) : mode === 'index' && a ? await index(a) : null;
if (result === null) {
  console.error('usage: pack-child.ts ingest <dir> <out.json> [--repeat N] | index <pack.json> [--repeat N]');
  process.exit(2);
}
console.log(JSON.stringify(result));

// Row 6: ingest time, pack size, index load (loadJSON vs loadJSAsync) and search latency in Node, at 1x (seeds/)
// and at 10,000 synthetic articles. Every timing runs in a child Node process so this process's state
// cannot disturb it.
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runChild } from '../lib/child.ts';
import { POPUP_LIMIT } from '../lib/search-api.ts';
import { errorMessage, fmt, notMeasured, row, sampledRow } from '../lib/stats.ts';
import type { BenchOptions, Row } from '../lib/types.ts';

interface IngestResult {
  runs: number[];
  warnings: number;
  articles: number;
  entities: number;
  quotes: number;
  packBytes: number;
  packGzipBytes: number;
  indexBytes: number;
  maxRssMiB: number;
}
interface IndexResult {
  parseRuns: number[];
  unavailable?: string;
  loadJsonRuns?: number[];
  loadAsyncRuns?: number[];
  loadAsyncBlock?: number[];
  searchRuns?: number[];
  queries?: number;
  slowest?: [string, number][];
}

const CHILD = 'bench/node/pack-child.ts';
const GENERATOR = 'scripts/generate-corpus.ts';
const KB = 1000;

export async function ingestRows(opts: BenchOptions): Promise<Row[]> {
  const work = mkdtempSync(join(tmpdir(), 'bg-bench-ingest-'));
  try {
    const rows: Row[] = [];
    rows.push(...(await scale(opts, work, '1× (seeds/)', resolve(opts.root, 'seeds'), opts.quick ? 3 : 8)));
    const n = opts.quick ? 2_000 : 10_000;
    rows.push(...(await synthetic(opts, work, n)));
    return rows;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

async function synthetic(opts: BenchOptions, work: string, n: number): Promise<Row[]> {
  const label = `${n.toLocaleString('en-US')} articles`;
  const group = `6 Ingest, ${label}`;
  const base = { id: `ingest.${n}.time`, group, metric: 'ingest time', unit: 's' };
  const budget = n === 10_000 ? { op: '<=' as const, limit: 60 } : undefined;
  if (!existsSync(resolve(opts.root, GENERATOR))) {
    return [notMeasured({ ...base, budget }, `${GENERATOR} does not exist yet (issue #3)`)];
  }
  const dir = join(work, `corpus-${n}`);
  try {
    opts.log(`ingest: generating ${label}`);
    const gen = await runChild(opts.root, GENERATOR, [dir, '--articles', String(n)], {
      json: false,
      timeoutMs: 300_000,
    });
    const files = readdirSync(dir).length;
    const generated = `generated ${files.toLocaleString('en-US')} files in ${fmt(gen.wallMs / 1000)} s`;
    return await scale(opts, work, label, dir, 1, { budget, note: generated, id: String(n) });
  } catch (error) {
    return [notMeasured({ ...base, budget }, errorMessage(error))];
  }
}

async function scale(
  opts: BenchOptions,
  work: string,
  label: string,
  dir: string,
  repeat: number,
  extra: { budget?: { op: '<='; limit: number }; note?: string; id?: string } = {},
): Promise<Row[]> {
  const key = extra.id ?? '1x';
  const group = `6 Ingest, ${label}`;
  const out = join(work, `pack-${key}.json`);
  const rows: Row[] = [];
  const ingestBase = { id: `ingest.${key}.time`, group, metric: 'ingest time', unit: 's', budget: extra.budget };
  let ing: IngestResult;
  let wallMs: number;
  try {
    opts.log(`ingest: ${label} (${repeat} run${repeat > 1 ? 's' : ''})`);
    ({ result: ing, wallMs } = await runChild<IngestResult>(
      opts.root,
      CHILD,
      ['ingest', dir, out, '--repeat', String(repeat)],
      { timeoutMs: 600_000 },
    ));
  } catch (error) {
    return [notMeasured(ingestBase, errorMessage(error))];
  }
  const placeholder = ing.entities === 0 ? '; pack has 0 entities (placeholder ingest)' : '';
  const counts = `${ing.articles} articles, ${ing.entities} entities, ${ing.quotes} quotes`;
  if (repeat > 1) {
    const warm = ing.runs.slice(1);
    rows.push({
      ...sampledRow({ ...ingestBase, unit: 'ms', note: '' }, warm),
      note: `median of ${warm.length} warm runs; first (cold) run ${fmt(ing.runs[0] ?? 0)} ms; ${counts}${placeholder}`,
    });
  } else {
    const s = (ing.runs[0] ?? 0) / 1000;
    rows.push(
      row(
        {
          ...ingestBase,
          note: `one run, ingestFolder() alone; the child process took ${fmt(wallMs / 1000)} s with loading modules and writing the pack; peak RSS ${ing.maxRssMiB} MiB; ${counts}${extra.note ? `; ${extra.note}` : ''}${placeholder}`,
        },
        s,
      ),
    );
  }
  rows.push(
    row(
      {
        id: `ingest.${key}.pack`,
        group,
        metric: 'pack size (raw / gzip)',
        unit: 'kB',
        note: `index ${fmt(ing.indexBytes / KB)} kB of the raw size`,
      },
      ing.packBytes / KB,
      { display: `${fmt(ing.packBytes / KB)} / ${fmt(ing.packGzipBytes / KB)} kB` },
    ),
  );
  let idx: IndexResult;
  try {
    ({ result: idx } = await runChild<IndexResult>(opts.root, CHILD, [
      'index',
      out,
      '--repeat',
      String(extra.id ? (opts.quick ? 1 : 3) : opts.quick ? 2 : 5),
    ]));
  } catch (error) {
    return [
      ...rows,
      notMeasured({ id: `ingest.${key}.load`, group, metric: 'index load', unit: 'ms' }, errorMessage(error)),
    ];
  }
  rows.push(
    sampledRow({ id: `ingest.${key}.parse`, group, metric: 'JSON.parse of the whole pack', unit: 'ms' }, idx.parseRuns),
  );
  const loadBase = { id: `ingest.${key}.loadJSON`, group, metric: 'index load: loadJSON (blocking)', unit: 'ms' };
  const asyncBase = {
    id: `ingest.${key}.loadJSAsync`,
    group,
    metric: 'index load: loadJSAsync on parsed object',
    unit: 'ms',
  };
  const searchBase = {
    id: `ingest.${key}.search`,
    group,
    metric: 'search latency (in-process)',
    unit: 'ms',
    budget: { op: '<=' as const, limit: 10 },
  };
  if (idx.unavailable || !idx.loadJsonRuns || !idx.loadAsyncRuns || !idx.searchRuns || !idx.loadAsyncBlock) {
    const reason = idx.unavailable ?? 'no figures';
    return [...rows, notMeasured(loadBase, reason), notMeasured(asyncBase, reason), notMeasured(searchBase, reason)];
  }
  rows.push(
    sampledRow({ ...loadBase, note: `median of ${idx.loadJsonRuns.length} runs after one warm-up` }, idx.loadJsonRuns),
  );
  const asyncRow = sampledRow(asyncBase, idx.loadAsyncRuns);
  asyncRow.note = `total time; longest event-loop block ${fmt(Math.max(...idx.loadAsyncBlock))} ms (median ${fmt(
    [...idx.loadAsyncBlock].sort((x, y) => x - y)[Math.floor(idx.loadAsyncBlock.length / 2)] ?? 0,
  )} ms)`;
  rows.push(asyncRow);
  rows.push({
    ...sampledRow(searchBase, idx.searchRuns, 'p95'),
    note: `${idx.queries} queries × ${idx.searchRuns.length / (idx.queries ?? 1)} passes after a warm-up pass, limit ${POPUP_LIMIT} per group; slowest ${(
      idx.slowest ?? []
    )
      .map(([q, ms]) => `"${q.slice(0, 30)}" ${fmt(ms)} ms`)
      .join(', ')}`,
  });
  return rows;
}

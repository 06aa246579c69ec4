// Row 6: ingest, the on-demand layout and search over it, in Node, at each corpus size: ingest time and peak
// memory (streaming to pack.json), pack.json's size, the layout's build time and size on disk, and search latency
// over the written shards (warm, and the first query of a fresh reader). Every figure comes from a child Node
// process, so this process's state cannot disturb it.
import { mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { runChild } from '../lib/child.ts';
import { type Corpus, type CorpusName, corpus } from '../lib/corpora.ts';
import { POPUP_LIMIT } from '../lib/search-api.ts';
import { errorMessage, fmt, notMeasured, row, sampledRow } from '../lib/stats.ts';
import type { BenchOptions, Row } from '../lib/types.ts';

interface IngestResult {
  runs: number[];
  articles: number;
  entities: number;
  quotes: number;
  packBytes: number;
  maxRssMiB: number;
}
interface LayoutResult {
  readMs: number;
  layoutMs: number;
  files: number;
  bytes: number;
  articles: number;
  maxRssMiB: number;
}
interface SearchResult {
  searchRuns: number[];
  cold: number[];
  queries: number;
  slowest: [string, number][];
  cache: { chars: number; files: number };
}

const CHILD = 'bench/node/pack-child.ts';
const MB = 1e6;

export async function ingestRows(opts: BenchOptions): Promise<Row[]> {
  const work = resolve(opts.root, '.output-bench/ingest');
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  try {
    const rows: Row[] = [];
    for (const name of opts.corpora) {
      const group = `6 Ingest, ${name === 'bundled' ? 'bundled' : name}`;
      try {
        rows.push(...(await scale(opts, work, corpus(opts, name))));
      } catch (error) {
        rows.push(notMeasured({ id: `ingest.${name}`, group, metric: 'ingest', unit: '' }, errorMessage(error)));
      }
    }
    return rows;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** Budgets the issue sets: ingest of 100,000 articles within 15 minutes and 2 GB; search ≤ 5 ms (≤ 10 at 100k). */
function budgets(name: CorpusName) {
  return {
    time: name === '100k' ? 900 : name === '10k' ? 60 : undefined,
    memory: name === '100k' ? 2048 : undefined,
    search: name === '100k' ? 10 : name === '929' || name === '10k' ? 5 : undefined,
  };
}

async function scale(opts: BenchOptions, work: string, c: Corpus): Promise<Row[]> {
  const group = `6 Ingest, ${c.label}`;
  const key = c.name;
  const out = join(work, `pack-${key}.json`);
  const layoutDir = join(work, `layout-${key}`);
  const budget = budgets(c.name);
  const rows: Row[] = [];
  const repeat = c.name === 'bundled' ? (opts.quick ? 3 : 8) : 1;
  const timeBase = {
    id: `ingest.${key}.time`,
    group,
    metric: 'ingest time (streaming to pack.json)',
    unit: 's',
    budget: budget.time ? { op: '<=' as const, limit: budget.time } : undefined,
  };
  opts.log(`ingest: ${c.label}`);
  let ing: IngestResult;
  let wallMs: number;
  try {
    ({ result: ing, wallMs } = await runChild<IngestResult>(
      opts.root,
      CHILD,
      ['ingest', out, ...c.dirs, '--repeat', String(repeat)],
      { timeoutMs: 3_600_000 },
    ));
  } catch (error) {
    return [notMeasured(timeBase, errorMessage(error))];
  }
  const counts = `${ing.articles.toLocaleString('en-US')} articles, ${ing.entities.toLocaleString('en-US')} entities, ${ing.quotes.toLocaleString('en-US')} quotes`;
  if (repeat > 1) {
    const warm = ing.runs.slice(1).map((ms) => ms / 1000);
    rows.push({
      ...sampledRow(timeBase, warm),
      note: `median of ${warm.length} warm runs; first (cold) run ${fmt((ing.runs[0] ?? 0) / 1000)} s; ${counts}`,
    });
  } else {
    rows.push(
      row(
        {
          ...timeBase,
          note: `one run on this machine's 2 cores; the child process took ${fmt(wallMs / 1000)} s with loading modules; ${counts}`,
        },
        (ing.runs[0] ?? 0) / 1000,
      ),
    );
  }
  rows.push(
    row(
      {
        id: `ingest.${key}.memory`,
        group,
        metric: 'ingest peak memory (RSS)',
        unit: 'MiB',
        budget: budget.memory ? { op: '<=', limit: budget.memory } : undefined,
        note: 'maximum resident set size of the ingest process (getrusage)',
      },
      ing.maxRssMiB,
    ),
  );
  rows.push(
    row(
      {
        id: `ingest.${key}.pack`,
        group,
        metric: 'pack.json size',
        unit: 'MB',
        note: `${fmt(ing.packBytes / 1000 / ing.articles)} kB per article`,
      },
      ing.packBytes / MB,
    ),
  );

  let lay: LayoutResult;
  try {
    opts.log(`layout: ${c.label}`);
    ({ result: lay } = await runChild<LayoutResult>(opts.root, CHILD, ['layout', out, layoutDir], {
      timeoutMs: 3_600_000,
    }));
  } catch (error) {
    return [
      ...rows,
      notMeasured({ id: `ingest.${key}.layout`, group, metric: 'layout', unit: 's' }, errorMessage(error)),
    ];
  }
  rows.push(
    row(
      {
        id: `ingest.${key}.layout-time`,
        group,
        metric: 'layout build from pack.json (npm run ingest -- --layout, or the build)',
        unit: 's',
        note: `reading pack.json ${fmt(lay.readMs / 1000)} s of it; peak RSS ${lay.maxRssMiB} MiB`,
      },
      (lay.readMs + lay.layoutMs) / 1000,
    ),
  );
  rows.push(
    row(
      {
        id: `ingest.${key}.layout-size`,
        group,
        metric: 'layout on disk',
        unit: 'MB',
        note: `${lay.files.toLocaleString('en-US')} files; ${fmt(lay.bytes / 1000 / lay.articles)} kB per article`,
      },
      lay.bytes / MB,
    ),
  );

  let s: SearchResult;
  const searchBase = {
    id: `ingest.${key}.search`,
    group,
    metric: 'search in-process over the written shards, warm',
    unit: 'ms',
    budget: budget.search ? { op: '<=' as const, limit: budget.search } : undefined,
  };
  try {
    ({ result: s } = await runChild<SearchResult>(opts.root, CHILD, [
      'search',
      layoutDir,
      `${layoutDir}-queries.json`,
      '--repeat',
      String(opts.quick ? 1 : 3),
    ]));
  } catch (error) {
    return [...rows, notMeasured(searchBase, errorMessage(error))];
  }
  rows.push({
    ...sampledRow(searchBase, s.searchRuns, 'p95'),
    note: `${s.queries} queries × ${s.searchRuns.length / s.queries} passes after a warm-up pass, limit ${POPUP_LIMIT} per group, files read from disk through the background's reader (cache ${fmt(s.cache.chars / MB)} M chars in ${s.cache.files} files at the end); slowest ${s.slowest
      .map(([q, ms]) => `"${q.slice(0, 30)}" ${fmt(ms)} ms`)
      .join(', ')}`,
  });
  rows.push({
    ...sampledRow(
      {
        id: `ingest.${key}.search-cold`,
        group,
        metric: 'search in-process, first query of a fresh reader',
        unit: 'ms',
      },
      s.cold,
      'p95',
    ),
    note: 'each query from an empty cache: meta.json, its chunks, its results’ files',
  });
  return rows;
}

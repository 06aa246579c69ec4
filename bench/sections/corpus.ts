// Row 1b: the same pages at three corpus sizes, side by side in one run: the bundled corpus, seeds/ plus the 924
// PolNeAR articles (929 articles), and seeds/ plus a synthetic archive with over 20,000 forms. The pages are the
// highlight section's generated pages with the bundled corpus's names, identical for every build (every build
// includes seeds/, so every name on them is known to all three; the words around them are no word of any build's
// forms, so no build finds more); what changes is only the matcher the page gets.
// Each corpus runs in its own Chromium; loads alternate between them, run by run.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import type { CompiledMatcher } from '../../lib/matching/types.ts';
import { generateCorpus } from '../../scripts/generate-corpus.ts';
import { buildExtension } from '../lib/build.ts';
import { type Chromium, launchChromium, serve } from '../lib/chromium.ts';
import { writeFiles } from '../lib/files.ts';
import { fmt, median, notMeasured, row, sampledRow } from '../lib/stats.ts';
import type { BenchOptions, Row } from '../lib/types.ts';
import { generatePage } from '../pages/generate.ts';
import { loadAndMeasure, type OursRun, runOurs } from './highlight.ts';

const POLNEAR = '../shared/eval/polnear/articles';
/** A cast this size gives a little over 20,000 forms (two per person, plus shared surnames and the seeds). */
const SYNTHETIC = { articles: 3450, cast: 10_300 };
const SIZES = [
  { key: '100kb', label: '100 KB', chars: 100_000 },
  { key: '1mb', label: '1 MB', chars: 1_000_000 },
];

interface Corpus {
  key: string;
  label: string;
  dir: string;
  forms: number;
  articles: string;
  chrome?: Chromium;
}

export async function corpusRows(opts: BenchOptions): Promise<Row[]> {
  const group = '1b Corpus size';
  const base = { group, unit: 'ms' };
  const corpora = prepare(opts);
  if (corpora.length < 2) {
    return [
      notMeasured(
        { ...base, id: 'corpus.added', metric: 'added main-thread time by corpus size' },
        `no larger corpus to build (${POLNEAR} missing)`,
      ),
    ];
  }
  const formsIn = (dir: string) =>
    (JSON.parse(readFileSync(`${dir}-matcher.json`, 'utf8')) as CompiledMatcher).forms.map(([f]) => f);
  const forms = [...new Set(formsIn(opts.extensionDir))];
  const mixed = new Set(forms.filter((f) => f !== f.toUpperCase()).map((f) => f.toUpperCase()));
  const written = forms.filter((f) => !mixed.has(f));
  // The text around the names uses no word of any corpus's forms, so no build finds more on the page than another.
  const avoid = [...new Set(corpora.flatMap((c) => formsIn(c.dir)))];
  const server = await serve();
  const rows: Row[] = [];
  try {
    for (const c of corpora) c.chrome = await launchChromium(c.dir);
    const runs = opts.quick ? 2 : 5;
    for (const size of SIZES) {
      for (const withNames of [true, false]) {
        const page = generatePage(size.chars, withNames ? written : [], avoid, size.chars);
        const path = `/corpus-${size.key}-${withNames ? 'names' : 'none'}.html`;
        server.set(path, page.html);
        const url = server.origin + path;
        const results = new Map<string, OursRun[]>(corpora.map((c) => [c.key, []]));
        for (let i = 0; i <= runs; i++) {
          // Rotate which corpus goes first, so drift falls on all of them alike; run 0 warms up.
          for (let k = 0; k < corpora.length; k++) {
            const c = corpora[(i + k) % corpora.length] as Corpus;
            const r = await runOurs(c.chrome as Chromium, url);
            if (i > 0) results.get(c.key)?.push(r);
          }
        }
        const label = `${size.label}${withNames ? '' : ', no names'}`;
        opts.log(
          `corpus ${label}: ${corpora.map((c) => `${c.key} ${fmt(median(results.get(c.key)?.map((r) => r.totalMs) ?? []))} ms`).join(', ')}`,
        );
        rows.push(
          ...sizeRows(
            `${group}, ${label}`,
            `corpus.${size.key}${withNames ? '' : '.none'}`,
            corpora,
            results,
            page.names,
          ),
        );
      }
    }
    rows.push(...(await heapRows(opts, corpora, server, written, avoid)));
  } finally {
    for (const c of corpora) await c.chrome?.close();
    await server.close();
  }
  return rows;
}

function sizeRows(group: string, id: string, corpora: Corpus[], results: Map<string, OursRun[]>, names: number): Row[] {
  const rows: Row[] = [];
  const bundledMs = median(results.get('bundled')?.map((r) => r.totalMs) ?? []);
  for (const c of corpora) {
    const runs = results.get(c.key) ?? [];
    const added = sampledRow(
      { group, unit: 'ms', id: `${id}.${c.key}.added`, metric: `added main-thread time, ${c.label}` },
      runs.map((r) => r.totalMs),
    );
    added.note = [
      `${c.articles}, ${fmt(c.forms)} forms`,
      `median of ${runs.length}`,
      `${fmt(median(runs.map((r) => r.tasks)))} tasks`,
      `script evaluation ${fmt(median(runs.map((r) => r.evaluateMs)))} ms`,
      `${[...new Set(runs.map((r) => r.highlights))].join('/')} ranges for ${names} names`,
    ].join('; ');
    rows.push(added);
    rows.push({
      ...sampledRow(
        {
          group,
          unit: 'ms',
          id: `${id}.${c.key}.longest`,
          metric: `longest task of ours, ${c.label}`,
          budget: { op: '<=', limit: 16 },
        },
        runs.map((r) => r.longestMs),
      ),
      note: `median of runs; worst ${fmt(Math.max(...runs.map((r) => r.longestMs)))} ms`,
    });
    if (c.key !== 'bundled') {
      const ratio = median(runs.map((r) => r.totalMs)) / bundledMs;
      rows.push(
        row(
          {
            group,
            unit: '×',
            id: `${id}.${c.key}.ratio`,
            metric: `${c.label} ÷ bundled corpus, same page`,
            budget: { op: '<=', limit: 1.3 },
            note: 'ratio of the medians',
          },
          Number.isFinite(ratio) ? ratio : null,
        ),
      );
    }
  }
  return rows;
}

async function heapRows(
  opts: BenchOptions,
  corpora: Corpus[],
  server: Awaited<ReturnType<typeof serve>>,
  written: string[],
  forms: string[],
): Promise<Row[]> {
  server.set('/corpus-heap-1mb.html', generatePage(1_000_000, written, forms, 1_000_000).html);
  const url = `${server.origin}/corpus-heap-1mb.html`;
  const pairs = opts.quick ? 2 : 3;
  const rows: Row[] = [];
  for (const c of corpora) {
    const chrome = c.chrome as Chromium;
    const plain = await chrome.browser.createBrowserContext();
    const added: number[] = [];
    try {
      for (let i = 0; i < pairs; i++) {
        const a = await loadAndMeasure(chrome.browser, url, true);
        const b = await loadAndMeasure(plain, url, false);
        added.push((a.used - b.used) / 1e6);
      }
    } finally {
      await plain.close();
    }
    rows.push({
      ...sampledRow(
        {
          group: '1b Corpus size, 1 MB',
          unit: 'MB',
          id: `corpus.heap.${c.key}`,
          metric: `content-script heap (JS) on the 1 MB page, ${c.label}`,
          budget: { op: '<=', limit: 3 },
        },
        added,
      ),
      note: `renderer V8 heap after GC with the extension minus without, ${pairs} pairs; ${c.articles}, ${fmt(c.forms)} forms`,
    });
  }
  return rows;
}

/** The three builds: the bench's own (bundled corpus), seeds/ + PolNeAR, seeds/ + a synthetic archive. */
function prepare(opts: BenchOptions): Corpus[] {
  const formsOf = (dir: string) =>
    (JSON.parse(readFileSync(`${dir}-matcher.json`, 'utf8')) as CompiledMatcher).forms.length;
  const out: Corpus[] = [
    {
      key: 'bundled',
      label: 'bundled corpus',
      dir: opts.extensionDir,
      forms: formsOf(opts.extensionDir),
      articles: 'the bench build',
    },
  ];
  if (!existsSync(resolve(opts.root, POLNEAR))) return out;
  opts.log(`corpus: building with BG_CORPUS=seeds:${POLNEAR}`);
  const polnear = buildExtension(opts.root, '.output-bench-polnear', `seeds:${POLNEAR}`);
  out.push({
    key: 'polnear',
    label: '929 articles',
    dir: polnear,
    forms: formsOf(polnear),
    articles: `seeds/ + ${POLNEAR}`,
  });
  const corpusDir = resolve(opts.root, '.output-bench-synthetic-corpus');
  rmSync(corpusDir, { recursive: true, force: true });
  writeFiles(corpusDir, generateCorpus(SYNTHETIC.articles, 1, SYNTHETIC.cast).files);
  opts.log(`corpus: building with BG_CORPUS=seeds:${corpusDir} (${SYNTHETIC.articles} synthetic articles)`);
  const synthetic = buildExtension(opts.root, '.output-bench-synthetic', `seeds:${corpusDir}`);
  out.push({
    key: 'synthetic',
    label: '20,000 forms',
    dir: synthetic,
    forms: formsOf(synthetic),
    articles: `seeds/ + ${SYNTHETIC.articles} synthetic articles`,
  });
  return out;
}

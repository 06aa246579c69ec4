// `npm run bench`: measures Backgrounder against its budgets (issue #7) and prints one table, also written to
// bench/results.json. Options:
//   --quick           fewer runs and smaller synthetic corpus (development; ~1–2 minutes)
//   --only a,b        run only these sections: ingest, bundle, highlight, corpus, pages, background, popup, hover, user
//   --ext <dir>       benchmark a prebuilt Chromium extension folder instead of building one
//   --readme          write the table into README.md between the performance markers
//   --out <file>      where to write the JSON (default bench/results.json)
//   --sizes a,b       development: only these highlight page sizes (100kb, 1mb, 5mb)
//   --corpora a,b     corpora for the background, hover and ingest rows: bundled, 929, 2k, 10k, 100k
//                     (default: bundled,929,10k; --quick: bundled,929,2k)
//   --with-100k       add the 100,000-article ingest row (not in CI: about 15 minutes on 2 cores)
//   --compare <dir>   the real-pages section also measures this prebuilt extension (an older build, say)
// Environment: BG_CORPUS builds the measured extension from other folders of articles; BG_PAGES names a folder of
// saved .html news pages for the real-pages section (default ../shared/pages).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildExtension } from './lib/build.ts';
import { CORPUS_NAMES, type CorpusName } from './lib/corpora.ts';
import { describeMachine } from './lib/machine.ts';
import { errorMessage, notMeasured } from './lib/stats.ts';
import { markdownTable, textTable } from './lib/table.ts';
import type { BenchOptions, Results, Row } from './lib/types.ts';
import { backgroundRows } from './sections/background.ts';
import { bundleRows } from './sections/bundle.ts';
import { corpusRows } from './sections/corpus.ts';
import { highlightRows } from './sections/highlight.ts';
import { hoverRows } from './sections/hover.ts';
import { ingestRows } from './sections/ingest.ts';
import { pagesRows } from './sections/pages.ts';
import { popupRows } from './sections/popup.ts';
import { userArticleRows } from './sections/user-articles.ts';

const root = resolve(import.meta.dirname, '..');
const argv = process.argv.slice(2);
const flag = (name: string) => argv.includes(name);
const value = (name: string) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
};

const SECTIONS = ['ingest', 'bundle', 'highlight', 'corpus', 'pages', 'background', 'popup', 'hover', 'user'] as const;
type Section = (typeof SECTIONS)[number];
const only = value('--only')?.split(',') as Section[] | undefined;
const unknown = only?.filter((s) => !SECTIONS.includes(s));
if (unknown?.length) {
  console.error(`Unknown section(s): ${unknown.join(', ')}. Known: ${SECTIONS.join(', ')}`);
  process.exit(2);
}
const wanted = (s: Section) => !only || only.includes(s);
const quick = flag('--quick');
const started = performance.now();
const log = (line: string) => console.error(`[bench ${Math.round((performance.now() - started) / 1000)} s] ${line}`);

/**
 * The extension measured: a prebuilt one (--ext), else a build into a folder of our own. The bundled corpus is
 * `seeds/` unless BG_CORPUS names other folders (then every row measures that corpus; the corpus rows build their
 * own extensions regardless).
 */
function build(): string {
  const given = value('--ext');
  if (given) return resolve(given);
  const outDir = '.output-bench';
  log(
    `building the extension into ${outDir}/chrome-mv3${process.env.BG_CORPUS ? ` (BG_CORPUS=${process.env.BG_CORPUS})` : ''}`,
  );
  return buildExtension(root, outDir, process.env.BG_CORPUS);
}

const machine = describeMachine();
const needsBuild = SECTIONS.some((s) => s !== 'ingest' && wanted(s));
let buildError: string | null = null;
let extensionDir = resolve(root, '.output-bench/chrome-mv3');
if (needsBuild) {
  try {
    extensionDir = build();
  } catch (error) {
    buildError = errorMessage(error);
    log(buildError);
  }
}
const corpora = (value('--corpora')?.split(',') ??
  (quick ? ['bundled', '929', '2k'] : ['bundled', '929', '10k'])) as CorpusName[];
if (flag('--with-100k') && !corpora.includes('100k')) corpora.push('100k');
const unknownCorpora = corpora.filter((c) => !CORPUS_NAMES.includes(c));
if (unknownCorpora.length) {
  console.error(`Unknown corpora: ${unknownCorpora.join(', ')}. Known: ${CORPUS_NAMES.join(', ')}`);
  process.exit(2);
}
const opts: BenchOptions = { quick, root, extensionDir, log, sizes: value('--sizes')?.split(','), corpora };

const GROUPS: Record<Section, string> = {
  highlight: '1 Scan + highlight',
  corpus: '1b Corpus size',
  pages: '1c Real pages',
  hover: '2 Hover',
  popup: '3 Popup',
  bundle: '4 Content script',
  background: '5 Background',
  ingest: '6 Ingest',
  user: '7 Your articles',
};

const rows: Row[] = [];
async function section(name: Section, run: () => Promise<Row[]> | Row[]) {
  if (!wanted(name)) return;
  if (buildError && name !== 'ingest') {
    rows.push(
      notMeasured({ id: `${name}.build`, group: GROUPS[name], metric: 'section skipped', unit: '' }, buildError),
    );
    return;
  }
  log(`section ${name}`);
  try {
    rows.push(...(await run()));
  } catch (error) {
    // A crash in one section is reported as its own row; the other sections still run.
    rows.push(
      notMeasured(
        { id: `${name}.error`, group: GROUPS[name], metric: 'section failed', unit: '' },
        errorMessage(error),
      ),
    );
    log(`section ${name} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  }
}

await section('highlight', () => highlightRows(opts));
await section('corpus', () => corpusRows(opts));
await section('pages', () => pagesRows(opts, value('--compare')));
await section('hover', () => hoverRows(opts));
await section('popup', () => popupRows(opts));
await section('bundle', () => bundleRows(opts));
await section('background', () => backgroundRows(opts));
await section('ingest', () => ingestRows(opts));
await section('user', () => userArticleRows(opts));

const order = (r: Row) => Number.parseInt(r.group, 10) || 99;
rows.sort((a, b) => order(a) - order(b));

const results: Results = {
  date: new Date().toISOString(),
  mode: quick ? 'quick' : 'full',
  durationSeconds: (performance.now() - started) / 1000,
  machine,
  rows,
};
const out = resolve(root, value('--out') ?? 'bench/results.json');
writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
console.log(textTable(results));
console.log(`\nWritten to ${out}`);

if (flag('--readme')) {
  const readme = resolve(root, 'README.md');
  const start = '<!-- performance:start -->';
  const end = '<!-- performance:end -->';
  const text = existsSync(readme) ? readFileSync(readme, 'utf8') : '';
  const i = text.indexOf(start);
  const j = text.indexOf(end);
  if (i < 0 || j < i) {
    console.error('README.md has no performance markers; table not written there');
  } else {
    const section = readFileSync(resolve(root, 'bench/README-section.md'), 'utf8').replace(
      '{{TABLE}}',
      markdownTable(results),
    );
    writeFileSync(readme, `${text.slice(0, i + start.length)}\n${section.trim()}\n${text.slice(j)}`);
    console.log('README.md performance section updated');
  }
}

// npm run eval [-- --eval <dir>] [--json <file>] [--analyse train|dev|all] [--examples N] [--verify] [--only quotes,entities,seeds]
// Scores the pipeline, run in-process, on the public gold in ../shared/eval (PolNeAR quotes, GUM entities) and on
// the seeds' own gold, prints the figures ../shared/eval/README.md defines (total and per PolNeAR split) and an
// error analysis, and writes everything to a JSON report. --verify also runs the reference score.py and fails
// when a figure differs by more than half a point.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ingestFolders } from '../../lib/corpus/folder.ts';
import type { Pack } from '../../lib/corpus/types.ts';
import { analyseEntities, analyseQuotes, type EntityAnalysis, type Group, type QuoteAnalysis } from './analysis.ts';
import { type EntityGold, type Figures, type QuoteGold, type QuoteScore, scoreEntities, scoreQuotes } from './score.ts';
import { type SeedGold, scoreSeeds } from './seeds.ts';
import { compareWithReference } from './verify.ts';

const ROOT = resolve(import.meta.dirname, '../..');

interface Args {
  evalDir: string;
  json: string;
  analyse: string;
  examples: number;
  verify: boolean;
  only: Set<string>;
}

function parseArgs(argv: readonly string[]): Args {
  const args: Args = {
    evalDir: resolve(ROOT, process.env.BG_EVAL ?? '../shared/eval'),
    json: join(tmpdir(), 'backgrounder-eval.json'),
    analyse: 'train',
    examples: 3,
    verify: false,
    only: new Set(['quotes', 'entities', 'seeds']),
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '--eval') args.evalDir = resolve(value());
    else if (a === '--json') args.json = resolve(value());
    else if (a === '--analyse' || a === '--analyze') args.analyse = value();
    else if (a === '--examples') args.examples = Number(value());
    else if (a === '--verify') args.verify = true;
    else if (a === '--only') args.only = new Set(value().split(','));
    else throw new Error(`unknown argument ${a}`);
  }
  if (!['train', 'dev', 'all'].includes(args.analyse)) throw new Error('--analyse takes train, dev or all');
  return args;
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

export function quoteLine(label: string, f: Figures): string {
  const c = f.counts;
  return (
    `${label.padEnd(8)} ${c.gold} gold: found ${pct(f.recall)}; named speakers ${c.named}: correct ${pct(f.attribution)}, ` +
    `wrong ${pct(f.wrong_rate)}, unattributed ${pct(f.unattributed_rate)}; pronoun/nominal sources attributed ${pct(f.other_attributed)}`
  );
}

async function timedIngest(dir: string): Promise<{ pack: Pack; seconds: number }> {
  const t = performance.now();
  const { pack } = await ingestFolders([dir]);
  return { pack, seconds: (performance.now() - t) / 1000 };
}

function printGroups(title: string, groups: readonly Group[], examples: number, limit = 14) {
  const total = groups.reduce((n, g) => n + g.count, 0);
  console.log(`\n  ${title} (${total})`);
  for (const g of groups.slice(0, limit)) {
    console.log(`    ${String(g.count).padStart(5)}  ${g.label}`);
    for (const e of g.examples.slice(0, examples)) {
      const who = e.gold || e.got ? `  [gold ${e.gold ?? '—'}${e.got ? `, got ${e.got}` : ''}]` : '';
      console.log(`           ${e.file.slice(0, 40)}: ${e.context}${who}`);
    }
  }
  if (groups.length > limit) {
    const rest = groups.slice(limit).reduce((n, g) => n + g.count, 0);
    console.log(`           …${groups.length - limit} smaller groups, ${rest} in all (see the JSON report)`);
  }
}

function printQuoteAnalysis(a: QuoteAnalysis, examples: number) {
  console.log(`\nERROR ANALYSIS, quotes (PolNeAR ${a.split} split): ⟦quote⟧, ‹gold source›`);
  printGroups('wrong speaker, by construction', a.wrong, examples);
  console.log(
    `    where the wrong speaker stands: ${a.wrongSpeakerWhere.map((w) => `${w.label} ${w.count}`).join('; ')}`,
  );
  console.log(`    cue words: ${a.wrongCues.map((c) => `${c.cue} ${c.count}`).join(', ')}`);
  printGroups('named source, no speaker, by construction', a.unattributed, examples);
  console.log(`    cue words: ${a.unattributedCues.map((c) => `${c.cue} ${c.count}`).join(', ')}`);
  printGroups('pronoun/nominal source, no speaker, by construction', a.otherUnattributed, examples, 8);
  printGroups('gold quotes not found', a.missed, examples, 6);
}

function printEntityAnalysis(a: EntityAnalysis, examples: number) {
  console.log('\nERROR ANALYSIS, entities (GUM)');
  printGroups('missed, by cause', a.missed, examples + 2);
  printGroups('found with the wrong kind', a.wrongKind, examples + 2);
  printGroups('full name and surname not merged', a.split, examples + 2);
  console.log('\n  pack entities not confirmed by the gold:');
  for (const u of a.unconfirmed)
    console.log(`    ${String(u.count).padStart(5)}  ${u.label}: ${u.examples.join(', ')}`);
}

function compactQuotes(q: QuoteScore) {
  const { records, ...rest } = q;
  return {
    ...rest,
    errors: records
      .filter((r) => r.verdict !== 'correct' && r.verdict !== 'attributed')
      .map((r) => ({
        file: r.file,
        split: r.split,
        verdict: r.verdict,
        text: r.gold.text.slice(0, 160),
        source: r.gold.source,
        sourceKind: r.gold.sourceKind,
        gold: r.gold.speaker,
        got: r.got ?? null,
      })),
  };
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  const polnear = join(args.evalDir, 'polnear');
  const gum = join(args.evalDir, 'gum');
  if (!existsSync(polnear) || !existsSync(gum)) {
    console.error(`eval: ${args.evalDir} must hold polnear/ and gum/ (set BG_EVAL or --eval to its folder)`);
    return 2;
  }
  const report: Record<string, unknown> = { evalDir: args.evalDir, analysed: args.analyse };
  let quoteScore: QuoteScore | undefined;
  let entityScore: ReturnType<typeof scoreEntities> | undefined;

  if (args.only.has('quotes')) {
    const gold: QuoteGold = JSON.parse(readFileSync(join(polnear, 'quotes.json'), 'utf8'));
    const { pack, seconds } = await timedIngest(join(polnear, 'articles'));
    const q = scoreQuotes(pack, gold);
    quoteScore = q;
    const c = q.counts;
    console.log(`PolNeAR: ${gold.documents.length} articles, ingested in-process in ${seconds.toFixed(1)} s`);
    console.log(
      `QUOTES   ${c.gold} gold in ${gold.documents.length} articles: found ${pct(q.recall)}; named speakers ${c.named}: ` +
        `correct ${pct(q.attribution)}, wrong ${pct(q.wrong_rate)}, unattributed ${pct(q.unattributed_rate)}; ` +
        `pronoun/nominal sources attributed ${pct(q.other_attributed)}; fabricated ${c.fabricated}/${c.product_quotes}; ` +
        `implausible person names ${c.implausible_people}/${c.people}`,
    );
    for (const [split, f] of Object.entries(q.splits).sort()) console.log(`  ${quoteLine(split, f)}`);
    const analysis = analyseQuotes(pack, q.records, args.analyse);
    printQuoteAnalysis(analysis, args.examples);
    if (q.implausible.length > 0)
      console.log(`\n  implausible person names, e.g.: ${q.implausible.slice(0, 12).join('; ')}`);
    report.quotes = { ...compactQuotes(q), ingest_s: Number(seconds.toFixed(1)), analysis };
  }

  if (args.only.has('entities')) {
    const gold: EntityGold = JSON.parse(readFileSync(join(gum, 'gold.json'), 'utf8'));
    const { pack, seconds } = await timedIngest(join(gum, 'articles'));
    const e = scoreEntities(pack, gold);
    entityScore = e;
    const c = e.counts;
    console.log(`\nGUM: ${gold.documents.length} documents, ingested in-process in ${seconds.toFixed(1)} s`);
    console.log(
      `ENTITIES ${c.gold} gold: found ${pct(e.recall)}, with the right kind ${pct(e.kind_recall)}; full name + surname merged ` +
        `${c.merged}/${c.pairs}; product entities confirmed by gold ${pct(e.confirmed)} of ${c.product}`,
    );
    const analysis = analyseEntities(pack, e);
    printEntityAnalysis(analysis, args.examples);
    const { records, ...rest } = e;
    report.entities = {
      ...rest,
      ingest_s: Number(seconds.toFixed(1)),
      analysis,
      errors: records.filter((r) => r.verdict !== 'found-kind'),
    };
  }

  if (args.only.has('seeds')) {
    const gold: SeedGold = JSON.parse(readFileSync(join(ROOT, 'tests/gold/seeds.gold.json'), 'utf8'));
    const { pack } = await timedIngest(join(ROOT, 'seeds'));
    const s = scoreSeeds(pack, gold);
    console.log(
      `\nSEEDS    ${s.quotes} gold quotes: found ${pct(s.found / s.quotes)}, attributed ${pct(s.attributed / s.quotes)}; ` +
        `people with their role ${s.peopleRight}/${s.people}; entities with their kind ${s.entitiesRight}/${s.entities}; ` +
        `junk entities ${s.junk.length}`,
    );
    for (const m of s.misses) {
      const got = m.got === undefined ? 'not found' : (m.got ?? 'no speaker');
      console.log(`    ${m.file}: “${m.text}” [gold ${m.gold}, got ${got}]`);
    }
    for (const w of s.wrongPeople) console.log(`    ${w}`);
    report.seeds = s;
  }

  let status = 0;
  if (args.verify) {
    console.log('\nVERIFY against ../shared/eval/score.py (runs npm run ingest on each folder)');
    const diffs = compareWithReference(ROOT, args.evalDir, quoteScore, entityScore);
    for (const d of diffs.rows) console.log(`    ${d}`);
    if (!diffs.ok) status = 1;
    report.verify = diffs;
  }
  writeFileSync(args.json, JSON.stringify(report, null, 1));
  console.log(`\nreport: ${args.json}`);
  return status;
}

process.exitCode = await main();

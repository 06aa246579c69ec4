// npm run eval:names -- --conllu <dir> [--folds 4] [--l2 10] [--threshold 0.4] [--drop 0.7] [--min-docs 3] [--shipped]
// Leave-documents-out evaluation of the name-kind model on GUM's train documents: the documents are dealt into
// folds (in file-name order within each genre, so every fold holds every genre); for each fold a model is
// fitted on the other folds' documents and the fold's documents are read, as a corpus of their own, by the
// pipeline with that model and with the rules alone. The figures are ../shared/eval/README.md's (found with
// the right kind, merged, confirmed), summed over the folds, overall and by genre; the class accuracy of the
// held-out names is printed beside them. `--shipped` also scores the shipped weights (fitted on every document,
// so only an upper bound).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { NAME_KIND_MODEL } from '../../lib/corpus/name-kind.ts';
import { type EntityGold, scoreEntities } from '../eval/score.ts';
import { trainDocuments } from './gum-data.ts';
import { folds, ingestTraced, labelTraces, type NameExample, readGumSet } from './name-data.ts';
import { fitNameModel } from './name-fit.ts';
import { arg, conlluDir, fitOptions } from './name-options.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const GOLD = resolve(ROOT, '../shared/eval/gum/gold.json');

interface Tally {
  gold: number;
  found_kind: number;
  found: number;
  pairs: number;
  merged: number;
  product: number;
  confirmed: number;
}
const zero = (): Tally => ({ gold: 0, found_kind: 0, found: 0, pairs: 0, merged: 0, product: 0, confirmed: 0 });
const add = (a: Tally, b: Tally) => {
  for (const k of Object.keys(a) as (keyof Tally)[]) a[k] += b[k];
};
const pct = (a: number, b: number) => `${((100 * a) / Math.max(b, 1)).toFixed(1)}%`;
const line = (t: Tally) =>
  `right kind ${pct(t.found_kind, t.gold)} (${t.found_kind}/${t.gold}), found ${pct(t.found, t.gold)}, ` +
  `merged ${t.merged}/${t.pairs}, confirmed ${pct(t.confirmed, t.product)} of ${t.product}`;

function scoreByGenre(pack: Parameters<typeof scoreEntities>[0], gold: EntityGold, into: Map<string, Tally>) {
  for (const doc of gold.documents) {
    const g = doc.file.split('_')[1] ?? '';
    const s = scoreEntities(pack, { documents: [doc] });
    const t = into.get(g) ?? zero();
    add(t, s.counts);
    into.set(g, t);
  }
}

/** The class the rules give a name: its kind when they keep it ('thing' for a term), else 'none'. */
const ruleClass = (e: NameExample) => (e.ruleValid ? (e.ruleKind === 'term' ? 'thing' : e.ruleKind) : 'none');

function main() {
  const conllu = conlluDir();
  const k = Number(arg('--folds') ?? 4);
  const opts = fitOptions();
  const names = trainDocuments(GOLD);
  const set = readGumSet(conllu, resolve(ROOT, '../shared/eval/gum/articles'), names);
  const allGold = JSON.parse(readFileSync(GOLD, 'utf8')) as EntityGold;
  const rules = new Map<string, Tally>();
  const learned = new Map<string, Tally>();
  let right = 0;
  let total = 0;
  let ruleRight = 0;
  for (const [i, test] of folds(names, k).entries()) {
    const train = names.filter((n) => !test.includes(n));
    const { pack: trainPack, traces } = ingestTraced(set, train, null);
    const model = fitNameModel(labelTraces(set, trainPack, traces), opts);
    const gold: EntityGold = {
      documents: allGold.documents.filter((d) => test.includes(d.file.replace(/\.txt$/u, ''))),
    };
    const base = ingestTraced(set, test, null);
    const heldOut = labelTraces(set, base.pack, base.traces);
    for (const e of heldOut) if (ruleClass(e) === e.label) ruleRight++;
    const withModel = ingestTraced(set, test, model);
    const byKey = new Map(withModel.traces.map((t) => [t.key, t]));
    for (const e of heldOut) {
      const t = byKey.get(e.key);
      const got = t ? (t.valid ? t.kind : 'none') : 'none';
      if (got === e.label || (got === 'term' && e.label === 'thing')) right++;
      total++;
    }
    scoreByGenre(base.pack, gold, rules);
    scoreByGenre(withModel.pack, gold, learned);
    process.stderr.write(
      `fold ${i + 1}/${k}: ${test.length} documents, ${Object.keys(model.weights).length} features\n`,
    );
  }
  console.log(`Name-kind model, ${k}-fold leave-documents-out on GUM train (${names.length} documents)`);
  console.log(
    `  fit: l2 ${opts.l2}, epochs ${opts.epochs}, min docs ${opts.minDocs}, threshold ${opts.threshold}, drop ${opts.dropThreshold}, strong ${opts.strong}`,
  );
  console.log(`  held-out names classed right: rules ${pct(ruleRight, total)}, model ${pct(right, total)} of ${total}`);
  const all = (m: Map<string, Tally>) => {
    const t = zero();
    for (const v of m.values()) add(t, v);
    return t;
  };
  console.log(`  rules  all      ${line(all(rules))}`);
  console.log(`  model  all      ${line(all(learned))}`);
  for (const g of [...rules.keys()].sort()) {
    console.log(`  rules  ${g.padEnd(9)}${line(rules.get(g) as Tally)}`);
    console.log(`  model  ${g.padEnd(9)}${line(learned.get(g) as Tally)}`);
  }
  if (process.argv.includes('--shipped')) {
    const shipped = ingestTraced(set, names, NAME_KIND_MODEL);
    const t = scoreEntities(shipped.pack, allGold);
    console.log(`  shipped weights on all (fitted on them: an upper bound) ${line(t.counts)}`);
  }
}

main();

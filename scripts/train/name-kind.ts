// npm run train:names -- --conllu <dir> [--l2 10] [--threshold 0.4] [--drop 0.7] [--strong 5] [--min-docs 3] [--dry-run]
// Trains the name-kind model (lib/corpus/name-kind.ts) on all of GUM's train documents and writes its weights
// to lib/corpus/name-kind-weights.json. <dir> holds GUM's dependency files (dep/<doc>.conllu from the public GUM
// repository); only the train documents ../shared/eval/gum/gold.json lists are read, never dev or test.
// The pipeline reads the documents with the rules alone (the model's features include the rules' verdict),
// name-data.ts labels each name from GUM's mentions, name-fit.ts fits the weights. The thresholds are the ones
// chosen by scripts/train/name-kind-eval.ts (leave-documents-out); run it after any change here.
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { trainDocuments } from './gum-data.ts';
import { ingestTraced, labelTraces, readGumSet } from './name-data.ts';
import { fitNameModel } from './name-fit.ts';
import { conlluDir, fitOptions } from './name-options.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const OUT = join(ROOT, 'lib/corpus/name-kind-weights.json');
// Word identities in the weights must be general English, never a name out of the texts trained on: the
// trainer refuses to write a feature naming one of these (the names the repository's hook also checks for).
const FORBIDDEN = /trump|clinton|sanders|cruz|rubio|podesta|montalvo|chomsky|kasich|priebus|stoltenberg|lavrov/u;

function main() {
  const conllu = conlluDir();
  const opts = fitOptions();
  const gold = resolve(ROOT, '../shared/eval/gum/gold.json');
  const names = trainDocuments(gold);
  const set = readGumSet(conllu, resolve(ROOT, '../shared/eval/gum/articles'), names);
  const { pack, traces } = ingestTraced(set, names, null);
  const examples = labelTraces(set, pack, traces);
  const counts = new Map<string, number>();
  for (const e of examples) counts.set(e.label, (counts.get(e.label) ?? 0) + 1);
  const model = fitNameModel(examples, opts);
  const bad = Object.keys(model.weights).filter((f) => FORBIDDEN.test(f));
  if (bad.length > 0) throw new Error(`features name people from the texts: ${bad.join(', ')}`);
  console.log(
    `${examples.length} names from ${names.length} documents (${[...counts].map(([k, v]) => `${k} ${v}`).join(', ')}); ` +
      `${Object.keys(model.weights).length} features kept`,
  );
  if (process.argv.includes('--dry-run')) return;
  const rounded = { ...model, weights: Object.fromEntries(Object.entries(model.weights).sort()) };
  writeFileSync(OUT, `${JSON.stringify(rounded)}\n`);
  console.log(`wrote ${OUT}`);
}

main();

// The fixed sample the regression floor in `npm test` scores (tests/unit/corpus/eval-floor.test.ts): every
// 15th PolNeAR article and every 5th GUM document in file-name order, read from ../shared/eval (never copied).
// A fixed rule rather than a list of names, so the sample is the same on every machine and for every change.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildPack, type SourceFile } from '../../lib/corpus/pack.ts';
import type { Pack } from '../../lib/corpus/types.ts';
import type { EntityGold, QuoteGold } from './score.ts';

export const POLNEAR_EVERY = 15;
export const GUM_EVERY = 5;

/** ../shared/eval beside the project, or BG_EVAL. */
export function evalDir(root: string): string {
  return resolve(root, process.env.BG_EVAL ?? '../shared/eval');
}

export function missingEval(dir: string): string | undefined {
  for (const f of ['polnear/quotes.json', 'polnear/articles', 'gum/gold.json', 'gum/articles']) {
    if (!existsSync(join(dir, f))) {
      return `${join(dir, f)} is missing: the regression floor reads the public gold from ../shared/eval (set BG_EVAL to its folder)`;
    }
  }
  return undefined;
}

function every<T extends { file: string }>(docs: readonly T[], n: number): T[] {
  return [...docs].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)).filter((_d, i) => i % n === 0);
}

function sources(dir: string, files: readonly string[]): SourceFile[] {
  return files.map((file) => ({ file, text: readFileSync(join(dir, file), 'utf8') }));
}

export interface Sample<G> {
  gold: G;
  pack: Pack;
}

export function polnearSample(dir: string): Sample<QuoteGold> {
  const all: QuoteGold = JSON.parse(readFileSync(join(dir, 'polnear/quotes.json'), 'utf8'));
  const documents = every(all.documents, POLNEAR_EVERY);
  const pack = buildPack(
    sources(
      join(dir, 'polnear/articles'),
      documents.map((d) => d.file),
    ),
  );
  return { gold: { documents }, pack };
}

export function gumSample(dir: string): Sample<EntityGold> {
  const all: EntityGold = JSON.parse(readFileSync(join(dir, 'gum/gold.json'), 'utf8'));
  const documents = every(all.documents, GUM_EVERY);
  const pack = buildPack(
    sources(
      join(dir, 'gum/articles'),
      documents.map((d) => d.file),
    ),
  );
  return { gold: { documents }, pack };
}

// Command-line options shared by the name-kind trainer and its evaluation.
import { DEFAULT_NAME_FIT, type NameFitOptions } from './name-fit.ts';

export function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

export function fitOptions(): NameFitOptions {
  const num = (name: string, fallback: number) => Number(arg(name) ?? fallback);
  return {
    ...DEFAULT_NAME_FIT,
    l2: num('--l2', DEFAULT_NAME_FIT.l2),
    epochs: num('--epochs', DEFAULT_NAME_FIT.epochs),
    minDocs: num('--min-docs', DEFAULT_NAME_FIT.minDocs),
    threshold: num('--threshold', DEFAULT_NAME_FIT.threshold),
    strong: num('--strong', DEFAULT_NAME_FIT.strong),
    dropThreshold: num('--drop', DEFAULT_NAME_FIT.dropThreshold),
  };
}

export function conlluDir(): string {
  const dir = arg('--conllu') ?? process.env.GUM_CONLLU;
  if (!dir) {
    process.stderr.write('Usage: … --conllu <dir of GUM dep/*.conllu files> (GUM_CONLLU also works)\n');
    process.exit(1);
  }
  return dir;
}

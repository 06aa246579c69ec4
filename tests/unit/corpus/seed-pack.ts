// The seed articles as SourceFiles, and their pack built once per test file (ingest is deterministic).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildPack, type SourceFile } from '../../../lib/corpus/pack.ts';
import type { Pack } from '../../../lib/corpus/types.ts';

const SEEDS = join(import.meta.dirname, '../../../seeds');

export function seedSources(): SourceFile[] {
  return readdirSync(SEEDS)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((file) => ({ file, text: readFileSync(join(SEEDS, file), 'utf8') }));
}

let cached: Pack | undefined;
export function seedPack(): Pack {
  cached ??= buildPack(seedSources());
  return cached;
}

// Node side of the layout: writing it into a folder (the ingest CLI's --layout, the bench) and reading it back.
// Not imported by the extension bundles, which read their own files (lib/background/pack-source.ts).
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Pack } from '../corpus/types.ts';
import { compileMatcher } from '../matching/compile.ts';
import { isDictionaryWord } from '../matching/dictionary.ts';
import { buildLayout, type LayoutOptions, type LayoutReport } from './build.ts';
import type { LayoutSource } from './reader.ts';

/**
 * Writes `pack`'s layout into `dir`, replacing whatever layout was there, with the matcher's files compiled as the
 * build compiles them (unless `options.matcher` is given).
 */
export async function writeLayout(dir: string, pack: Pack, options: LayoutOptions = {}): Promise<LayoutReport> {
  const matcher = options.matcher ?? compileMatcher(pack, { isWord: isDictionaryWord });
  await rm(dir, { recursive: true, force: true });
  const made = new Set<string>();
  return buildLayout(
    pack,
    async (path, contents) => {
      const file = join(dir, path);
      const parent = dirname(file);
      if (!made.has(parent)) {
        await mkdir(parent, { recursive: true });
        made.add(parent);
      }
      await writeFile(file, contents);
    },
    { ...options, matcher },
  );
}

export function diskSource(dir: string): LayoutSource {
  return { read: (path) => readFile(join(dir, path), 'utf8') };
}

// Node side of ingestion: reads a folder of plain-text articles. Not imported by the extension bundles.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { IngestError } from './errors.ts';
import { buildPack } from './pack.ts';
import type { Pack } from './types.ts';

export async function ingestFolder(dir: string): Promise<{ pack: Pack; warnings: string[] }> {
  const names = (
    await readdir(dir).catch(() => {
      throw new IngestError(`${dir}: no such folder`);
    })
  )
    .filter((n) => n.endsWith('.txt'))
    .sort();
  if (names.length === 0) throw new IngestError(`${dir}: no .txt articles`);
  const sources = await Promise.all(
    names.map(async (file) => ({ file, text: await readFile(join(dir, file), 'utf8') })),
  );
  return { pack: buildPack(sources), warnings: [] };
}

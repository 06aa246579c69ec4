// A background pack store over a pack held in memory: the build's layout of it, read as the background reads it.
import { createPackStore, type PackStore } from '../../lib/background/pack-store.ts';
import type { Pack } from '../../lib/corpus/types.ts';
import { buildLayout } from '../../lib/layout/build.ts';
import { memorySource } from '../../lib/layout/reader.ts';
import { compileMatcher } from '../../lib/matching/compile.ts';
import type { CompiledMatcher } from '../../lib/matching/types.ts';

export async function layoutFiles(pack: Pack, matcher = compileMatcher(pack)): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  await buildLayout(
    pack,
    (path, text) => {
      files.set(path, text);
    },
    { matcher },
  );
  return files;
}

/** The store over `pack`'s layout, with the matcher compiled from it unless one is given. */
export async function storeFor(pack: Pack, matcher?: CompiledMatcher): Promise<PackStore> {
  return createPackStore(memorySource(await layoutFiles(pack, matcher)));
}

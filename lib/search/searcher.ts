// The search the extension runs, over any pack held in memory: the pack laid out exactly as the build lays it out
// (lib/layout), then queried through the same split index the background reads file by file. Node tools and tests
// use this; the background builds its searcher from the layout reader instead.
import type { Pack } from '../corpus/types.ts';
import { buildLayout } from '../layout/build.ts';
import { LayoutReader, memorySource } from '../layout/reader.ts';
import type { Searcher } from './sharded.ts';

export { marksIn, snippet } from './marks.ts';
export { MAX_QUERY_CHARS, MAX_QUERY_TERMS, type Searcher } from './sharded.ts';

export async function createSearcher(pack: Pack): Promise<Searcher> {
  return (await layoutInMemory(pack)).searcher();
}

/** The pack's layout in memory, behind a reader that never evicts. */
export async function layoutInMemory(pack: Pack): Promise<LayoutReader> {
  const files = new Map<string, string>();
  await buildLayout(pack, (path, contents) => {
    files.set(path, contents);
  });
  return new LayoutReader(memorySource(files), { cacheChars: Number.POSITIVE_INFINITY });
}

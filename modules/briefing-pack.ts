// Builds the briefing pack and the content script's matcher from seeds/ (or the folders BG_CORPUS names) on every
// build, so editing seeds/ and rebuilding is all it takes to change the corpus. A bad corpus fails the build with
// the ingest's own message instead of shipping an empty pack.
//
// The extension ships the pack laid out for reading on demand (pack/, lib/layout), the matcher's page part and entity
// tables among it (pack/m/). The single-file pack.json and the whole compiled matcher (form strings included) are
// written beside the build (`.output/chrome-mv3-pack.json`, `.output/chrome-mv3-matcher.json`), never into it: tests
// and tools read them, the extension does not.
import { writeFile } from 'node:fs/promises';
import { defineWxtModule } from 'wxt/modules';
import { IngestError } from '../lib/corpus/errors.ts';
import { corpusFolders, ingestFolders } from '../lib/corpus/folder.ts';
import { writePackFile } from '../lib/corpus/pack-file.ts';
import { buildLayout } from '../lib/layout/build.ts';
import { LAYOUT_DIR } from '../lib/layout/types.ts';
import { compileMatcher } from '../lib/matching/compile.ts';
import { isDictionaryWord } from '../lib/matching/dictionary.ts';

export default defineWxtModule({
  name: 'briefing-pack',
  setup(wxt) {
    // Declares the generated files to browser.runtime.getURL's typed paths.
    wxt.hook('prepare:publicPaths', (_wxt, paths) => {
      paths.push(`${LAYOUT_DIR}/meta.json`);
    });
    wxt.hook('build:publicAssets', async (_wxt, files) => {
      const dirs = corpusFolders(wxt.config.root);
      const started = performance.now();
      let result: Awaited<ReturnType<typeof ingestFolders>>;
      try {
        result = await ingestFolders(dirs);
      } catch (error) {
        const from = process.env.BG_CORPUS ? ` (BG_CORPUS=${process.env.BG_CORPUS})` : '';
        if (error instanceof IngestError) throw new Error(`Briefing pack${from}: ${error.message}`);
        throw error;
      }
      for (const warning of result.warnings) wxt.logger.warn(`Briefing pack: ${warning}`);
      const { pack } = result;
      const ingested = performance.now();
      const matcher = compileMatcher(pack, { isWord: isDictionaryWord });
      const paths: string[] = [];
      const layout = await buildLayout(
        pack,
        (path, contents) => {
          files.push({ relativeDest: `${LAYOUT_DIR}/${path}`, contents });
          paths.push(path);
        },
        { matcher },
      );
      // The IndexedDB variant the bench compares imports every file of the layout, so it needs their list.
      if (process.env.WXT_PACK_SOURCE === 'idb') {
        files.push({ relativeDest: `${LAYOUT_DIR}/files.json`, contents: JSON.stringify(paths) });
      }
      await writePackFile(`${wxt.config.outDir}-pack.json`, pack);
      await writeFile(`${wxt.config.outDir}-matcher.json`, JSON.stringify(matcher));
      wxt.logger.info(
        `Briefing pack from ${dirs.join(', ')}: ${pack.articles.length} articles, ${pack.entities.length} entities, ${pack.quotes.length} quotes in ${Math.round(ingested - started)} ms; laid out in ${layout.files} files (${(layout.bytes / 1e6).toFixed(1)} MB) in ${Math.round(performance.now() - ingested)} ms`,
      );
    });
  },
});

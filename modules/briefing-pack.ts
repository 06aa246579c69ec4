// Builds the briefing pack and the content script's matcher from seeds/ (or the folders BG_CORPUS names) on every
// build, so editing seeds/ and rebuilding is all it takes to change the corpus. A bad corpus fails the build with
// the ingest's own message instead of shipping an empty pack.
import { defineWxtModule } from 'wxt/modules';
import { IngestError } from '../lib/corpus/errors.ts';
import { corpusFolders, ingestFolders } from '../lib/corpus/folder.ts';
import { compileMatcher } from '../lib/matching/compile.ts';
import { isDictionaryWord } from '../lib/matching/dictionary.ts';

export default defineWxtModule({
  name: 'briefing-pack',
  setup(wxt) {
    // Declares the generated files to browser.runtime.getURL's typed paths.
    wxt.hook('prepare:publicPaths', (_wxt, paths) => {
      paths.push('pack.json', 'matcher.json');
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
      files.push(
        { relativeDest: 'pack.json', contents: JSON.stringify(pack) },
        { relativeDest: 'matcher.json', contents: JSON.stringify(compileMatcher(pack, { isWord: isDictionaryWord })) },
      );
      wxt.logger.info(
        `Briefing pack from ${dirs.join(', ')}: ${pack.articles.length} articles, ${pack.entities.length} entities, ${pack.quotes.length} quotes in ${Math.round(performance.now() - started)} ms`,
      );
    });
  },
});

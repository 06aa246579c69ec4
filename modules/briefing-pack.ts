// Builds the briefing pack and the content script's matcher from seeds/ on every build, so editing
// seeds/ and rebuilding is all it takes to change the corpus. A bad corpus fails the build with the
// ingest's own message instead of shipping an empty pack.
import { resolve } from 'node:path';
import { defineWxtModule } from 'wxt/modules';
import { IngestError } from '../lib/corpus/errors.ts';
import { ingestFolder } from '../lib/corpus/folder.ts';
import { compileMatcher } from '../lib/matching/compile.ts';

export default defineWxtModule({
  name: 'briefing-pack',
  setup(wxt) {
    // Declares the generated files to browser.runtime.getURL's typed paths.
    wxt.hook('prepare:publicPaths', (_wxt, paths) => {
      paths.push('pack.json', 'matcher.json');
    });
    wxt.hook('build:publicAssets', async (_wxt, files) => {
      const dir = resolve(wxt.config.root, 'seeds');
      const started = performance.now();
      let result: Awaited<ReturnType<typeof ingestFolder>>;
      try {
        result = await ingestFolder(dir);
      } catch (error) {
        if (error instanceof IngestError) throw new Error(`Briefing pack: ${error.message}`);
        throw error;
      }
      for (const warning of result.warnings) wxt.logger.warn(`Briefing pack: ${warning}`);
      const { pack } = result;
      files.push(
        { relativeDest: 'pack.json', contents: JSON.stringify(pack) },
        { relativeDest: 'matcher.json', contents: JSON.stringify(compileMatcher(pack)) },
      );
      wxt.logger.info(
        `Briefing pack: ${pack.articles.length} articles, ${pack.entities.length} entities, ${pack.quotes.length} quotes in ${Math.round(performance.now() - started)} ms`,
      );
    });
  },
});

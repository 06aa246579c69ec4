// Chromium's background.js without the modules a hover never needs (lib/background/deferred.ts says why): in the
// background's build each module of DEFERRED_MODULES resolves to a stub whose functions load
// background-deferred.js on first call. Only Chromium's MV3 service worker is split; Firefox's background page,
// Vitest and Node scripts import the modules themselves.
import { resolve } from 'node:path';
import { defineWxtModule } from 'wxt/modules';
import { DEFERRED_MODULES, type DeferredPath } from '../lib/background/deferred.ts';

const STUB_PREFIX = '\0backgrounder-deferred:';

export default defineWxtModule({
  name: 'deferred-background',
  setup(wxt) {
    wxt.hook('vite:build:extendConfig', (entrypoints, config) => {
      if (wxt.config.browser === 'firefox' || wxt.config.manifestVersion !== 3) return;
      if (entrypoints.length !== 1 || entrypoints[0]?.type !== 'background') return;
      config.plugins = [...(config.plugins ?? []), deferPlugin(wxt.config.root) as never];
    });
  },
});

function deferPlugin(root: string) {
  const byFile = new Map<string, DeferredPath>(
    (Object.keys(DEFERRED_MODULES) as DeferredPath[]).map((path) => [resolve(root, path), path]),
  );
  const loader = resolve(root, 'lib/background/deferred.ts');
  return {
    name: 'backgrounder:deferred-background',
    enforce: 'pre' as const,
    async resolveId(
      this: { resolve(source: string, importer?: string, o?: object): Promise<{ id: string } | null> },
      source: string,
      importer: string | undefined,
    ) {
      if (!importer || importer.startsWith(STUB_PREFIX)) return null;
      const resolved = await this.resolve(source, importer, { skipSelf: true });
      const path = resolved ? byFile.get(resolved.id.split('?')[0] as string) : undefined;
      return path ? `${STUB_PREFIX}${path}` : null;
    },
    load(id: string) {
      if (!id.startsWith(STUB_PREFIX)) return null;
      const path = id.slice(STUB_PREFIX.length) as DeferredPath;
      const names = DEFERRED_MODULES[path];
      const lines = names.map(
        (name) =>
          `export function ${name}(...args) { return deferredModule(${JSON.stringify(path)}).${name}(...args); }`,
      );
      return `import { deferredModule } from ${JSON.stringify(loader)};\n${lines.join('\n')}\n`;
    },
  };
}

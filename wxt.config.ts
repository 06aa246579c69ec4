import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import preact from '@preact/preset-vite';
import { transform } from 'esbuild';
import { defineConfig } from 'wxt';
import { HIGHLIGHT_CSS_FILE } from './lib/background/page-styles-file.ts';
import { CONTENT_CORE_PATH } from './lib/page/content-core.ts';
import { PAGE_EXTRACT_PATH } from './lib/page/page-extract.ts';
import { POPOVER_UI_PATH } from './lib/page/popover-ui.ts';
import { DEMO_URL } from './scripts/demo-server.ts';

/** Whitespace-minifies an ES module build, which Vite's library mode leaves readable for a consumer's bundler. */
const minifyEsModule = {
  name: 'backgrounder:minify-es-module',
  async generateBundle(_: unknown, bundle: Record<string, { type: string; code: string }>) {
    for (const chunk of Object.values(bundle)) {
      if (chunk.type === 'chunk') chunk.code = (await transform(chunk.code, { minify: true, format: 'esm' })).code;
    }
  },
};

/**
 * Where the content script runs, and its files (wxt.config.ts declares it; see entrypoints/content-script.ts). The
 * stylesheet is not in the manifest: the background inserts it into a frame once that frame shows a name
 * (lib/background/page-styles.ts), so a page without names never pays for its rules in every style recalculation.
 */
const PAGES = ['http://*/*', 'https://*/*'];
const CONTENT_SCRIPT = { js: 'content-script.js', css: HIGHLIGHT_CSS_FILE };
/**
 * Unlisted scripts the content script import()s: its core once the page has loaded, the popover UI and the "Add
 * this page" reader when first needed.
 */
const ES_MODULE_SCRIPTS = new Set(['content-core', 'popover-ui', 'page-extract']);
/** Builds that get the browser's own extension API object instead of the polyfill (lib/native-browser.ts). */
const NATIVE_BROWSER = new Set([...ES_MODULE_SCRIPTS, 'content-script', 'background', 'background-deferred']);

// Manifest strings go through _locales so a translation is one file away.
export default defineConfig({
  // BG_OUT lets parallel builds (tests, benchmarks) write to separate folders; the default is WXT's.
  outDir: process.env.BG_OUT ?? '.output',
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports everywhere: files read the same in WXT, Vitest and plain Node scripts.
  imports: false,
  // The preset is typed against the top-level Vite (Vitest's), WXT bundles its own; the plugin API is the same.
  vite: () => ({ plugins: [preact() as never] }),
  hooks: {
    // The background, the content script and the modules it imports on demand (the popover UI, the "Add this page"
    // reader) get the browser's own API object rather than the polyfill (lib/native-browser.ts). Those modules are
    // imported as modules, so each must be an ES module with an export: WXT builds unlisted scripts as IIFEs, so
    // their format is switched.
    'vite:build:extendConfig': (entrypoints, config) => {
      const name = entrypoints.length === 1 ? entrypoints[0]?.name : undefined;
      if (!name || !NATIVE_BROWSER.has(name)) return;
      if (ES_MODULE_SCRIPTS.has(name)) {
        const lib = config.build?.lib;
        if (!lib) throw new Error(`${name}: expected WXT to build unlisted scripts in library mode`);
        lib.formats = ['es'];
        // Minified as tightly as the content script (WXT's dev server builds unminified, with inline source maps).
        if (config.build?.minify !== false) config.plugins = [...(config.plugins ?? []), minifyEsModule as never];
      }
      const alias = config.resolve?.alias ?? [];
      config.resolve = {
        ...config.resolve,
        alias: [
          { find: /^wxt\/browser$/, replacement: resolve(config.root ?? '.', 'lib/native-browser.ts') },
          ...(Array.isArray(alias)
            ? alias
            : Object.entries(alias).map(([find, replacement]) => ({ find, replacement }))),
        ],
      };
    },
    // The ::highlight() styles, a file the background inserts (tabs/scripting insertCSS): no node is added to the page.
    'build:publicAssets': async (wxt, files) => {
      const css = readFileSync(resolve(wxt.config.root, 'lib/page/highlight.css'), 'utf8');
      files.push({
        relativeDest: CONTENT_SCRIPT.css,
        contents: (await transform(css, { loader: 'css', minify: true })).code,
      });
    },
    'build:manifestGenerated': (_wxt, manifest) => {
      manifest.content_scripts = [
        ...(manifest.content_scripts ?? []),
        {
          matches: PAGES,
          js: [CONTENT_SCRIPT.js],
          all_frames: true,
          run_at: 'document_idle',
        },
      ];
    },
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // storage: settings and site switches; contextMenus: "Briefing for …" on a selection; scripting (Chromium) and
    // the pages' hosts: inserting the highlight stylesheet into a frame that shows a name. The hosts are the content
    // script's own, so the install prompt is unchanged.
    permissions: ['storage', 'contextMenus', ...(browser === 'firefox' ? PAGES : ['scripting'])],
    ...(browser === 'firefox' ? {} : { host_permissions: PAGES }),
    action: { default_title: '__MSG_actionTitle__' },
    // The modules the content script imports (its core, the popover UI, the page reader). Chromium serves them only
    // at a per-session dynamic URL (runtime.getURL gives it), so a page cannot detect the extension by probing a fixed one.
    // Firefox has no dynamic URLs (its moz-extension:// UUID is random per install); its MV2 content scripts
    // can import the files without this entry today, but Firefox requires it in MV3 and plans to in MV2.
    web_accessible_resources: [
      {
        resources: [CONTENT_CORE_PATH.slice(1), POPOVER_UI_PATH.slice(1), PAGE_EXTRACT_PATH.slice(1)],
        matches: PAGES,
        ...(browser === 'firefox' ? {} : { use_dynamic_url: true }),
      },
    ],
    commands: {
      'open-briefing': {
        suggested_key: { default: 'Alt+Shift+B' },
        description: '__MSG_commandOpenBriefing__',
      },
      'toggle-pause': {
        suggested_key: { default: 'Alt+Shift+P' },
        description: '__MSG_commandTogglePause__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'backgrounder@example.org',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : { minimum_chrome_version: '128' }),
  }),
  webExt: {
    binaries: { chrome: '/usr/bin/chromium', firefox: '/usr/bin/firefox-esr' },
    startUrls: [DEMO_URL],
    chromiumArgs: [
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      // Chromium refuses to start as root with its sandbox on (containers, CI); a normal user keeps it.
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    ],
  },
});

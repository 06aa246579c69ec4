import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { DEMO_URL } from './scripts/demo-server.ts';

// Manifest strings go through _locales so a translation is one file away.
export default defineConfig({
  // BG_OUT lets parallel builds (tests, benchmarks) write to separate folders; the default is WXT's.
  outDir: process.env.BG_OUT ?? '.output',
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports everywhere: files read the same in WXT, Vitest and plain Node scripts.
  imports: false,
  // The preset is typed against the top-level Vite (Vitest's), WXT bundles its own; the plugin API is the same.
  vite: () => ({ plugins: [preact() as never] }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // storage: settings and site switches; contextMenus: "Briefing for …" on a selection.
    permissions: ['storage', 'contextMenus'],
    action: { default_title: '__MSG_actionTitle__' },
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
              strict_min_version: '142.0',
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

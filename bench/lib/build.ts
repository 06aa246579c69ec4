// Building the extension for the bench: into folders of its own (never .output/, so a bench cannot race a test
// build), from the bundled corpus or from the folders BG_CORPUS names.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

/** Build the Chromium extension into `<root>/<outDir>/chrome-mv3`, with BG_CORPUS set when `corpus` is given. */
export function buildExtension(root: string, outDir: string, corpus?: string): string {
  const wxt = resolve(root, 'node_modules/wxt/bin/wxt.mjs');
  const env: NodeJS.ProcessEnv = { ...process.env, BG_OUT: outDir };
  if (corpus === undefined) delete env.BG_CORPUS;
  else env.BG_CORPUS = corpus;
  const r = spawnSync(process.execPath, [wxt, 'build'], { cwd: root, env, encoding: 'utf8' });
  if (r.status !== 0) {
    console.error(r.stdout, r.stderr);
    const line = `${r.stdout}\n${r.stderr}`.split('\n').find((l) => /error/i.test(l)) ?? '';
    throw new Error(
      `wxt build${corpus ? ` with BG_CORPUS=${corpus}` : ''} failed (${line.trim().slice(0, 160)}); fix it or pass --ext <prebuilt folder>`,
    );
  }
  return resolve(root, outDir, 'chrome-mv3');
}

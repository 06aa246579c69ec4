// The corpora the bench measures at, and the extension built from each: the bundled corpus (seeds/, or what
// BG_CORPUS names), seeds/ plus the 924 PolNeAR articles (929 in all), and synthetic corpora of 10,000 and 100,000
// articles (scripts/generate-corpus.ts, deterministic, generated once into .output-bench/corpora/).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { delimiter, resolve } from 'node:path';
import type { BenchOptions } from './types.ts';

export type CorpusName = 'bundled' | '929' | '2k' | '10k' | '100k';
export const CORPUS_NAMES: CorpusName[] = ['bundled', '929', '2k', '10k', '100k'];

export interface Corpus {
  name: CorpusName;
  /** For row groups: "929 articles (seeds/ + PolNeAR)". */
  label: string;
  dirs: string[];
}

const SYNTHETIC: Partial<Record<CorpusName, number>> = { '2k': 2_000, '10k': 10_000, '100k': 100_000 };

export function corpusLabel(name: CorpusName): string {
  if (name === 'bundled')
    return process.env.BG_CORPUS ? `bundled (BG_CORPUS=${process.env.BG_CORPUS})` : 'bundled (seeds/)';
  if (name === '929') return '929 articles (seeds/ + PolNeAR)';
  return `${(SYNTHETIC[name] ?? 0).toLocaleString('en-US')} synthetic articles`;
}

/** The corpus's folders, generating a synthetic one first if this machine has not yet. */
export function corpus(opts: BenchOptions, name: CorpusName): Corpus {
  const label = corpusLabel(name);
  if (name === 'bundled') {
    const given = (process.env.BG_CORPUS ?? '').split(delimiter).filter(Boolean);
    return {
      name,
      label,
      dirs: given.length ? given.map((d) => resolve(opts.root, d)) : [resolve(opts.root, 'seeds')],
    };
  }
  if (name === '929') {
    const polnear = resolve(opts.root, '../shared/eval/polnear/articles');
    if (!existsSync(polnear)) throw new Error(`${polnear} is missing (the PolNeAR articles of ../shared/eval)`);
    return { name, label, dirs: [resolve(opts.root, 'seeds'), polnear] };
  }
  const count = SYNTHETIC[name] as number;
  const dir = resolve(opts.root, `.output-bench/corpora/synthetic-${count}`);
  if (!existsSync(dir) || readdirSync(dir).length !== count) {
    opts.log(`generating ${count.toLocaleString('en-US')} synthetic articles into ${dir}`);
    const r = spawnSync(
      process.execPath,
      ['--experimental-strip-types', '--no-warnings', 'scripts/generate-corpus.ts', dir, '--articles', String(count)],
      { cwd: opts.root, encoding: 'utf8' },
    );
    if (r.status !== 0) throw new Error(`generate-corpus failed: ${r.stderr.trim().split('\n').pop()}`);
  }
  return { name, label, dirs: [dir] };
}

const built = new Map<string, string>();

/**
 * The Chromium extension built from a corpus, into .output-bench/<corpus>[-idb]/ (never .output/). `idb` builds
 * the variant that imports the pack into IndexedDB on install (WXT_PACK_SOURCE=idb). Built once per bench run.
 */
export function extensionFor(opts: BenchOptions, c: Corpus, variant: 'files' | 'idb' = 'files'): string {
  const key = `${c.name}-${variant}`;
  const known = built.get(key);
  if (known) return known;
  if (c.name === 'bundled' && variant === 'files' && existsSync(resolve(opts.extensionDir, 'manifest.json'))) {
    built.set(key, opts.extensionDir);
    return opts.extensionDir;
  }
  const out = `.output-bench/${key}`;
  opts.log(`building the extension from ${c.label}${variant === 'idb' ? ' (IndexedDB variant)' : ''} into ${out}`);
  const started = performance.now();
  const r = spawnSync(process.execPath, [resolve(opts.root, 'node_modules/wxt/bin/wxt.mjs'), 'build'], {
    cwd: opts.root,
    env: {
      ...process.env,
      BG_OUT: out,
      BG_CORPUS: c.dirs.join(delimiter),
      ...(variant === 'idb' ? { WXT_PACK_SOURCE: 'idb' } : {}),
    },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (r.status !== 0) {
    const line = `${r.stdout}\n${r.stderr}`.split('\n').find((l) => /error/i.test(l)) ?? '';
    throw new Error(`wxt build for ${c.label} failed: ${line.trim().slice(0, 200)}`);
  }
  opts.log(`built ${c.label} in ${Math.round((performance.now() - started) / 1000)} s`);
  const dir = resolve(opts.root, out, 'chrome-mv3');
  built.set(key, dir);
  return dir;
}

// Node side of ingestion: reads a folder of plain-text articles. Not imported by the extension bundles; what it
// checks in a file's bytes is lib/corpus/decode.ts, which the options page's import shares.
// Every file is either read or reported with the reason it was not; the pack is built from what was read.
import type { Dirent } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, delimiter, join, relative, resolve } from 'node:path';
import { decodeArticle, MAX_ARTICLE_BYTES, tooLargeReason } from './decode.ts';
import { formatWarning, IngestError, type IngestWarning } from './errors.ts';
import { buildPackReport, type SourceFile } from './pack.ts';
import type { Pack } from './types.ts';

export { decodeArticle, MAX_ARTICLE_BYTES };

const ARTICLE_EXTENSIONS = /\.(?:txt|text)$/i;
/** Files read at once: enough to keep the disk busy, few enough to stay under open-file limits. */
const READ_CONCURRENCY = 32;

export interface IngestOptions {
  /** Fail when any file had to be skipped, instead of building from the rest. */
  strict?: boolean;
}

export interface FolderReport {
  pack: Pack;
  /** Human-readable, one per problem, each naming its file (and line where it helps). */
  warnings: string[];
  /** Files read into the pack and files left out. */
  read: number;
  skipped: number;
}

export async function ingestFolder(dir: string, options: IngestOptions = {}): Promise<FolderReport> {
  return ingestFolders([dir], options);
}

/**
 * One pack from several folders (BG_CORPUS=seeds:archive). With more than one folder, each file is named by its
 * folder's name and its path inside it ("archive/2016/a.txt"), so the same file name in two folders stays two
 * articles and every warning says which folder it came from.
 */
export async function ingestFolders(dirs: readonly string[], options: IngestOptions = {}): Promise<FolderReport> {
  if (dirs.length === 0) throw new IngestError('no folder of articles given');
  const warnings: IngestWarning[] = [];
  const sources: SourceFile[] = [];
  const prefixes = folderPrefixes(dirs);
  for (const [d, dir] of dirs.entries()) {
    const prefix = prefixes[d] ?? '';
    const local: IngestWarning[] = [];
    const files = await listArticles(dir, local);
    for (let i = 0; i < files.length; i += READ_CONCURRENCY) {
      const batch = await Promise.all(files.slice(i, i + READ_CONCURRENCY).map((f) => readArticle(dir, f, local)));
      for (const s of batch) if (s) sources.push(prefix ? { ...s, file: prefix + s.file } : s);
    }
    for (const w of local) warnings.push(prefix ? { ...w, file: prefix + w.file } : w);
  }
  const label = dirs.join(', ');
  let report: ReturnType<typeof buildPackReport>;
  try {
    report = buildPackReport(sources, warnings);
  } catch (error) {
    if (!(error instanceof IngestError)) throw error;
    throw new IngestError(`${label}: no usable articles${reasons(warnings)}`);
  }
  const all = warnings;
  const skipped = all.filter((w) => w.skipped).length;
  if (options.strict && skipped > 0) {
    throw new IngestError(`${label}: ${skipped} file(s) could not be used (strict mode)${reasons(all)}`);
  }
  return { pack: report.pack, warnings: all.map(formatWarning), read: report.pack.articles.length, skipped };
}

/** "" for a single folder; else each folder's own name (numbered when two share one) and a slash. */
function folderPrefixes(dirs: readonly string[]): string[] {
  if (dirs.length === 1) return [''];
  const used = new Set<string>();
  return dirs.map((dir) => {
    const base = basename(resolve(dir)) || 'corpus';
    let name = base;
    for (let n = 2; used.has(name); n++) name = `${base}-${n}`;
    used.add(name);
    return `${name}/`;
  });
}

function reasons(warnings: readonly IngestWarning[]): string {
  const skipped = warnings.filter((w) => w.skipped);
  if (skipped.length === 0) return '';
  const shown = skipped.slice(0, 8).map((w) => `\n  ${formatWarning(w)}`);
  const more = skipped.length > 8 ? `\n  …and ${skipped.length - 8} more` : '';
  return `:${shown.join('')}${more}`;
}

async function listArticles(dir: string, warnings: IngestWarning[]): Promise<string[]> {
  const info = await stat(dir).catch((error: NodeJS.ErrnoException) => {
    throw new IngestError(
      error.code === 'ENOENT' ? `${dir}: no such folder` : `${dir}: cannot be read (${error.code ?? error.message})`,
    );
  });
  if (!info.isDirectory()) throw new IngestError(`${dir} is a file; give the folder that holds the articles`);
  const entries: Dirent[] = await readdir(dir, { withFileTypes: true, recursive: true }).catch(
    (error: NodeJS.ErrnoException) => {
      throw new IngestError(`${dir}: cannot be read (${error.code ?? error.message})`);
    },
  );
  const files: string[] = [];
  for (const entry of entries) {
    const path = relative(dir, join(entry.parentPath, entry.name));
    if (path.split(/[\\/]/).some((part) => part.startsWith('.'))) continue;
    if (entry.isDirectory()) continue;
    if (!ARTICLE_EXTENSIONS.test(entry.name)) {
      warnings.push({ file: path, message: 'is not a .txt file; skipped', skipped: true });
      continue;
    }
    files.push(path);
  }
  files.sort();
  if (files.length === 0) {
    const others = warnings.length > 0 ? ` (it holds ${warnings.length} other file(s); articles must be .txt)` : '';
    throw new IngestError(`${dir}: no .txt articles${others}`);
  }
  return files;
}

async function readArticle(dir: string, file: string, warnings: IngestWarning[]): Promise<SourceFile | undefined> {
  const skip = (message: string, line?: number) => {
    warnings.push({ file, message: `${message}; skipped`, skipped: true, ...(line === undefined ? {} : { line }) });
    return undefined;
  };
  const path = join(dir, file);
  try {
    const { size } = await stat(path);
    if (size > MAX_ARTICLE_BYTES) {
      return skip(tooLargeReason(size));
    }
    if (size === 0) return skip('is empty');
    const bytes = await readFile(path);
    return decodeArticle(file, bytes, skip);
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    return skip(`cannot be read (${e.code === 'EACCES' ? 'permission denied' : (e.code ?? e.message)})`);
  }
}

/**
 * The folders the extension is built from: `BG_CORPUS` when set (one folder, or several joined by the platform's
 * path delimiter, ":" on Linux and macOS, ";" on Windows; relative to `root`), else `root/seeds`.
 */
export function corpusFolders(root: string, value: string | undefined = process.env.BG_CORPUS): string[] {
  const given = (value ?? '')
    .split(delimiter)
    .map((part) => part.trim())
    .filter(Boolean);
  return given.length > 0 ? given.map((dir) => resolve(root, dir)) : [resolve(root, 'seeds')];
}

// Node side of ingestion: reads a folder of plain-text articles. Not imported by the extension bundles; what it
// checks in a file's bytes is lib/corpus/decode.ts, which the options page's import shares.
// Every file is either read or reported with the reason it was not; the pack is built from what was read.
import type { Dirent } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, delimiter, join, relative, resolve } from 'node:path';
import { decodeArticle, MAX_ARTICLE_BYTES, tooLargeReason } from './decode.ts';
import { formatWarning, IngestError, type IngestWarning } from './errors.ts';
import { type IngestProgress, PackBuilder, type SourceFile } from './pack.ts';
import { type Article, type Entity, PACK_VERSION, type Pack, type Quote } from './types.ts';

export { decodeArticle, MAX_ARTICLE_BYTES };

const ARTICLE_EXTENSIONS = /\.(?:txt|text)$/i;
/** Files read at once: enough to keep the disk busy, few enough to stay under open-file limits. */
const READ_CONCURRENCY = 32;

export interface IngestOptions {
  /** Fail when any file had to be skipped, instead of building from the rest. */
  strict?: boolean;
  /** Called as files go through each pass, for a progress line on long runs. */
  onProgress?: (progress: IngestProgress) => void;
}

export interface IngestSummary {
  /** Human-readable, one per problem, each naming its file (and line where it helps). */
  warnings: string[];
  /** Files read into the pack and files left out. */
  read: number;
  skipped: number;
  entities: number;
  quotes: number;
}

export interface FolderReport extends IngestSummary {
  pack: Pack;
}

/** Where a streaming ingest hands the pack, part by part: each article as pass two finishes it, then the rest. */
export interface PackSink {
  article(article: Article): void | Promise<void>;
  /** `entities` may be made as they are iterated: iterate it once. */
  end(entities: Iterable<Entity>, quotes: Quote[]): void | Promise<void>;
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
  const articles: Article[] = [];
  let rest: { entities: Entity[]; quotes: Quote[] } = { entities: [], quotes: [] };
  const summary = await ingestFoldersTo(
    dirs,
    {
      article: (a) => {
        articles.push(a);
      },
      end: (entities, quotes) => {
        rest = { entities: [...entities], quotes };
      },
    },
    options,
  );
  return { ...summary, pack: { version: PACK_VERSION, articles, ...rest } };
}

/**
 * The same ingest, streamed: every file is read twice (name evidence, then attribution), one batch at a time, and
 * each finished article goes to `sink` at once, so memory holds neither every text nor every token.
 */
export async function ingestFoldersTo(
  dirs: readonly string[],
  sink: PackSink,
  options: IngestOptions = {},
): Promise<IngestSummary> {
  if (dirs.length === 0) throw new IngestError('no folder of articles given');
  const warnings: IngestWarning[] = [];
  const listed = await listFolders(dirs, warnings);
  const label = dirs.join(', ');
  const builder = new PackBuilder(warnings);
  const progress = options.onProgress ?? (() => {});

  let offered = 0;
  await readInBatches(
    listed,
    warnings,
    (source) => {
      offered++;
      builder.read(source);
    },
    (done) => progress({ phase: 'reading', done, total: listed.length }),
  );
  try {
    builder.link(offered);
  } catch (error) {
    if (!(error instanceof IngestError)) throw error;
    throw new IngestError(`${label}: no usable articles${reasons(warnings)}`);
  }
  const skipped = warnings.filter((w) => w.skipped).length;
  if (options.strict && skipped > 0) {
    throw new IngestError(`${label}: ${skipped} file(s) could not be used (strict mode)${reasons(warnings)}`);
  }

  const byName = new Map(listed.map((f) => [f.name, f]));
  const again = builder.files.map((name) => byName.get(name) as Listed);
  const lost: IngestWarning[] = [];
  let attributed = 0;
  await readInBatches(
    again,
    lost,
    async (source) => {
      await sink.article(builder.attribute(source));
      attributed++;
    },
    (done) => progress({ phase: 'attributing', done, total: again.length }),
  );
  if (lost.length > 0 || attributed !== again.length) {
    const first = lost[0];
    throw new IngestError(
      `${first ? first.file : label} could no longer be read during the second pass; run the ingest again`,
    );
  }
  progress({ phase: 'assembling', done: 0, total: 1 });
  const { entities, entityCount, quotes } = builder.finishStreaming();
  await sink.end(entities, quotes);
  progress({ phase: 'assembling', done: 1, total: 1 });
  return {
    warnings: warnings.map(formatWarning),
    read: attributed,
    skipped,
    entities: entityCount,
    quotes: quotes.length,
  };
}

interface Listed {
  dir: string;
  /** Path inside `dir`. */
  file: string;
  /** As the pack names it: with the folder's prefix when there are several. */
  name: string;
}

async function listFolders(dirs: readonly string[], warnings: IngestWarning[]): Promise<Listed[]> {
  const prefixes = folderPrefixes(dirs);
  const out: Listed[] = [];
  for (const [d, dir] of dirs.entries()) {
    const prefix = prefixes[d] ?? '';
    const local: IngestWarning[] = [];
    for (const file of await listArticles(dir, local)) out.push({ dir, file, name: prefix + file });
    for (const w of local) warnings.push(prefix ? { ...w, file: prefix + w.file } : w);
  }
  return out;
}

/**
 * Reads files a batch at a time (enough to keep the disk busy), and hands them on one by one, in order. A file
 * that cannot be used is reported in `warnings` under its pack name and not handed on.
 */
async function readInBatches(
  files: readonly Listed[],
  warnings: IngestWarning[],
  use: (source: SourceFile) => void | Promise<void>,
  progress: (done: number) => void,
): Promise<void> {
  for (let i = 0; i < files.length; i += READ_CONCURRENCY) {
    const batch = files.slice(i, i + READ_CONCURRENCY);
    const sources = await Promise.all(
      batch.map(async (f) => {
        const local: IngestWarning[] = [];
        const source = await readArticle(f.dir, f.file, local);
        for (const w of local) warnings.push({ ...w, file: f.name });
        return source ? { ...source, file: f.name } : undefined;
      }),
    );
    for (const s of sources) if (s) await use(s);
    progress(Math.min(files.length, i + batch.length));
  }
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

// npm run ingest -- <input-dir> [<more-dirs>…] --out <pack.json> [--layout <dir>] [--strict]
// Turns a folder (or several, as one corpus) of plain-text articles into a briefing pack. Problems with the input are reported as plain
// messages naming the file (exit code 1 when nothing usable remains); only bugs print a stack trace.
import { resolve } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { IngestError } from '../lib/corpus/errors.ts';
import { ingestFoldersTo } from '../lib/corpus/folder.ts';
import type { IngestProgress } from '../lib/corpus/pack.ts';
import { openPackFile, PackFileWriter } from '../lib/corpus/pack-file.ts';
import { writeLayout } from '../lib/layout/disk.ts';

const USAGE = `Usage: npm run ingest -- <input-dir> [<more-dirs>…] --out <pack.json> [--layout <dir>] [--strict]

  <input-dir>     folder of UTF-8 plain-text articles (*.txt, subfolders included); several folders make one pack
  --out <file>    where to write the briefing pack (JSON)
  --layout <dir>  also write the pack laid out for reading on demand, as the extension ships it (pack/)
  --strict        fail if any file has to be skipped (empty, binary, not UTF-8, duplicate, too large…)`;

interface Args {
  inputs: string[];
  out: string;
  layout?: string;
  strict: boolean;
}

function parseArgs(argv: readonly string[]): Args | string {
  const inputs: string[] = [];
  let out: string | undefined;
  let layout: string | undefined;
  let strict = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--out' || arg === '-o') {
      out = argv[++i];
      if (!out) return '--out needs a file name';
    } else if (arg.startsWith('--out=')) out = arg.slice('--out='.length);
    else if (arg === '--layout') {
      layout = argv[++i];
      if (!layout) return '--layout needs a folder name';
    } else if (arg.startsWith('--layout=')) layout = arg.slice('--layout='.length);
    else if (arg === '--strict') strict = true;
    else if (arg === '--help' || arg === '-h') return '';
    else if (arg.startsWith('-')) return `unknown option ${arg}`;
    else inputs.push(arg);
  }
  if (inputs.length === 0) return 'missing <input-dir>';
  if (!out) return 'missing --out <pack.json>';
  return layout ? { inputs, out, layout, strict } : { inputs, out, strict };
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  if (typeof args === 'string') {
    if (args) process.stderr.write(`ingest: ${args}\n\n`);
    process.stderr.write(`${USAGE}\n`);
    return args ? 1 : 0;
  }
  const started = performance.now();
  const writer = new PackFileWriter(resolve(args.out));
  const progress = progressLine(started);
  try {
    const report = await ingestFoldersTo(args.inputs, writer, { strict: args.strict, onProgress: progress.update });
    progress.clear();
    for (const w of report.warnings) process.stderr.write(`warning: ${w}\n`);
    const skipped = report.skipped > 0 ? `, ${report.skipped} file(s) skipped` : '';
    process.stdout.write(
      `Wrote ${args.out}: ${report.read} articles, ${report.entities} entities, ${report.quotes} quotes` +
        ` (${(writer.bytes / 1024).toFixed(0)} KB) in ${seconds(started)} s${skipped}\n`,
    );
    if (args.layout) {
      const laidOut = performance.now();
      // Articles' texts stay in pack.json, read back as the layout needs them: a large pack is never held whole.
      const opened = await openPackFile(writer.path);
      favourMemory();
      const layout = await writeLayout(resolve(args.layout), opened.pack).finally(() => opened.close());
      process.stdout.write(
        `Wrote ${args.layout}: ${layout.files} files (${(layout.bytes / 1e6).toFixed(1)} MB) in ${seconds(laidOut)} s\n`,
      );
    }
    return 0;
  } catch (error) {
    progress.clear();
    await writer.abort();
    if (error instanceof IngestError) {
      process.stderr.write(`ingest: ${error.message}\n`);
      return 1;
    }
    const e = error as NodeJS.ErrnoException;
    if (e.code && ['EACCES', 'ENOSPC', 'EISDIR', 'ENOTDIR', 'EROFS'].includes(e.code)) {
      process.stderr.write(`ingest: cannot write ${args.out} (${e.code})\n`);
      return 1;
    }
    throw error;
  }
}

/**
 * The layout build reads every article's text back and drops it at once, and V8 left to itself lets that garbage
 * pile up: at 100,000 articles the heap in use stays under 1 GB while the process grows to 2.4 GB. Telling V8 to
 * favour size over speed (it collects sooner and grows the heap less) brought the peak to 1.3 GB in about the same
 * time there. Set only for the layout step: the ingest before it measured slower with it.
 */
function favourMemory(): void {
  setFlagsFromString('--optimize-for-size');
}

const seconds = (since: number) => ((performance.now() - since) / 1000).toFixed(1);

const PHASES: Record<IngestProgress['phase'], string> = {
  reading: 'reading names',
  attributing: 'attributing quotes',
  assembling: 'assembling entities',
};

/**
 * One line on stderr, rewritten in place, while a long ingest runs: on a terminal from the start, otherwise
 * (a log file, CI) a plain line every 10 seconds once the run has taken more than 2 seconds.
 */
function progressLine(started: number) {
  const tty = process.stderr.isTTY === true;
  let lastLog = started;
  let shown = false;
  return {
    update: (p: IngestProgress) => {
      const now = performance.now();
      if (now - started < 2000) return;
      const text = `ingest: ${PHASES[p.phase]} ${p.phase === 'assembling' ? '' : `${p.done.toLocaleString('en-US')}/${p.total.toLocaleString('en-US')} `}(${seconds(started)} s)`;
      if (tty) {
        process.stderr.write(`\r\x1b[2K${text}`);
        shown = true;
      } else if (now - lastLog >= 10_000) {
        process.stderr.write(`${text}\n`);
        lastLog = now;
      }
    },
    clear: () => {
      if (shown) process.stderr.write('\r\x1b[2K');
      shown = false;
    },
  };
}

process.exitCode = await main();

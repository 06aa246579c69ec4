// npm run ingest -- <input-dir> [<more-dirs>…] --out <pack.json> [--strict]
// Turns a folder (or several, as one corpus) of plain-text articles into a briefing pack. Problems with the input are reported as plain
// messages naming the file (exit code 1 when nothing usable remains); only bugs print a stack trace.
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { IngestError } from '../lib/corpus/errors.ts';
import { ingestFolders } from '../lib/corpus/folder.ts';

const USAGE = `Usage: npm run ingest -- <input-dir> [<more-dirs>…] --out <pack.json> [--strict]

  <input-dir>   folder of UTF-8 plain-text articles (*.txt, subfolders included); several folders make one pack
  --out <file>  where to write the briefing pack (JSON)
  --strict      fail if any file has to be skipped (empty, binary, not UTF-8, duplicate, too large…)`;

interface Args {
  inputs: string[];
  out: string;
  strict: boolean;
}

function parseArgs(argv: readonly string[]): Args | string {
  const inputs: string[] = [];
  let out: string | undefined;
  let strict = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--out' || arg === '-o') {
      out = argv[++i];
      if (!out) return '--out needs a file name';
    } else if (arg.startsWith('--out=')) out = arg.slice('--out='.length);
    else if (arg === '--strict') strict = true;
    else if (arg === '--help' || arg === '-h') return '';
    else if (arg.startsWith('-')) return `unknown option ${arg}`;
    else inputs.push(arg);
  }
  if (inputs.length === 0) return 'missing <input-dir>';
  if (!out) return 'missing --out <pack.json>';
  return { inputs, out, strict };
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  if (typeof args === 'string') {
    if (args) process.stderr.write(`ingest: ${args}\n\n`);
    process.stderr.write(`${USAGE}\n`);
    return args ? 1 : 0;
  }
  const started = performance.now();
  try {
    const report = await ingestFolders(args.inputs, { strict: args.strict });
    for (const w of report.warnings) process.stderr.write(`warning: ${w}\n`);
    const json = JSON.stringify(report.pack);
    const out = resolve(args.out);
    await mkdir(dirname(out), { recursive: true });
    await writeFile(out, json);
    const { articles, entities, quotes } = report.pack;
    const skipped = report.skipped > 0 ? `, ${report.skipped} file(s) skipped` : '';
    process.stdout.write(
      `Wrote ${args.out}: ${articles.length} articles, ${entities.length} entities, ${quotes.length} quotes` +
        ` (${(json.length / 1024).toFixed(0)} KB) in ${((performance.now() - started) / 1000).toFixed(1)} s${skipped}\n`,
    );
    return 0;
  } catch (error) {
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

process.exitCode = await main();

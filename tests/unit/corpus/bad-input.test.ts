// Bad input: each problem gets a clear message naming the file (and line where it helps); nothing is
// dropped silently; the build fails rather than ship an empty pack; the CLI prints no stack trace.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { IngestError } from '../../../lib/corpus/errors.ts';
import { corpusFolders, ingestFolder, ingestFolders, MAX_ARTICLE_BYTES } from '../../../lib/corpus/folder.ts';
import { buildPack } from '../../../lib/corpus/pack.ts';
import { PACK_VERSION } from '../../../lib/corpus/types.ts';

const GOOD = 'Harbour Reopens\n\n“We are open again,” Maria Lopez said on Monday.\n';
const dirs: string[] = [];
function folder(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(join(tmpdir(), 'bg-ingest-'));
  dirs.push(dir);
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

async function failure(dir: string): Promise<string> {
  const error = await ingestFolder(dir).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(IngestError);
  return (error as Error).message;
}

describe('folders', () => {
  it('a missing folder', async () => {
    expect(await failure('/no/such/folder')).toBe('/no/such/folder: no such folder');
  });

  it('an empty folder', async () => {
    expect(await failure(folder({}))).toMatch(/: no \.txt articles$/);
  });

  it('a folder of other files says what it found', async () => {
    expect(await failure(folder({ 'notes.md': '# hi', 'a.pdf': '%PDF' }))).toMatch(/holds 2 other file\(s\)/);
  });

  it('a file instead of a folder', async () => {
    const dir = folder({ 'a.txt': GOOD });
    expect(await failure(join(dir, 'a.txt'))).toMatch(/is a file; give the folder/);
  });

  it('reads subfolders and names files by their relative path', async () => {
    const report = await ingestFolder(folder({ 'a.txt': GOOD, 'more/b.txt': GOOD.replace('Monday', 'Friday') }));
    expect(report.pack.articles.map((a) => a.file)).toEqual(['a.txt', 'more/b.txt']);
  });
});

describe('several folders (BG_CORPUS)', () => {
  it('makes one pack and names each file by its folder, so equal file names stay two articles', async () => {
    const one = folder({ 'a.txt': GOOD });
    const two = folder({ 'a.txt': GOOD.replace('Monday', 'Friday'), 'bad.txt': '' });
    const report = await ingestFolders([one, two]);
    const base = (dir: string) => dir.split('/').pop();
    expect(report.pack.articles.map((a) => a.file)).toEqual([`${base(one)}/a.txt`, `${base(two)}/a.txt`]);
    expect(new Set(report.pack.articles.map((a) => a.id)).size).toBe(2);
    expect(report.warnings).toEqual([`${base(two)}/bad.txt: is empty; skipped`]);
  });

  it('reads BG_CORPUS as folders joined by the path delimiter, relative to the project, else seeds/', () => {
    expect(corpusFolders('/p', undefined)).toEqual(['/p/seeds']);
    expect(corpusFolders('/p', ' ')).toEqual(['/p/seeds']);
    expect(corpusFolders('/p', 'seeds:../archive')).toEqual(['/p/seeds', '/archive']);
    expect(corpusFolders('/p', '/abs/news')).toEqual(['/abs/news']);
  });

  it('names the folder that is missing', async () => {
    const one = folder({ 'a.txt': GOOD });
    const error = await ingestFolders([one, '/no/such/archive']).catch((e: unknown) => e);
    expect((error as Error).message).toBe('/no/such/archive: no such folder');
  });
});

describe('files', () => {
  it('reports each unusable file by name and reason, and builds from the rest', async () => {
    const latin1 = Uint8Array.from([
      ...Buffer.from('Title\n\nFirst line is fine.\nCaf'),
      0xe9,
      ...Buffer.from(' au lait.\n'),
    ]);
    const report = await ingestFolder(
      folder({
        'good.txt': GOOD,
        'empty.txt': '',
        'blank.txt': '  \n\n \n',
        'binary.txt': Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 1, 2, 3]),
        'latin1.txt': latin1,
        'utf16.txt': Uint8Array.from([0xff, 0xfe, 0x41, 0]),
        'furniture.txt': 'Leave a Comment\n',
        'headline-only.txt': 'Nothing But A Headline\n\nLeave a Comment\n',
        'notes.md': 'not an article',
      }),
    );
    expect(report.pack.articles.map((a) => a.file)).toEqual(['good.txt']);
    expect(report.skipped).toBe(8);
    expect(report.warnings).toEqual(
      expect.arrayContaining([
        'notes.md: is not a .txt file; skipped',
        'empty.txt: is empty; skipped',
        'blank.txt: is empty (only whitespace); skipped',
        'binary.txt: is a binary file, not text; skipped',
        'latin1.txt:4: is not valid UTF-8 (Latin-1 or another legacy encoding?); save it as UTF-8; skipped',
        'utf16.txt: is UTF-16 text; save it as UTF-8; skipped',
        'furniture.txt: has no article paragraphs (only bylines, dates or page furniture); skipped',
        'headline-only.txt: has a headline but no article paragraphs; skipped',
      ]),
    );
  });

  it('warns about unbalanced quotation marks with the line, and keeps the article', async () => {
    const text = 'Title\n\nA fine first paragraph.\n\n“This quote never ends, Maria Lopez said.\n\nThe end.\n';
    const report = await ingestFolder(folder({ 'a.txt': text }));
    expect(report.pack.articles).toHaveLength(1);
    expect(report.warnings).toEqual([
      'a.txt:5: quotation mark opened at column 1 is never closed; the quote runs to the end of the paragraph',
    ]);
  });

  it('skips a duplicate article, naming both files', async () => {
    const report = await ingestFolder(folder({ 'a.txt': GOOD, 'copy of a.txt': GOOD.replace('\n\n', '\n') }));
    expect(report.pack.articles).toHaveLength(1);
    expect(report.warnings).toEqual(['copy of a.txt: is a duplicate of a.txt; skipped']);
  });

  it(`rejects a 20 MB file at once, stating the ${MAX_ARTICLE_BYTES / 1024 / 1024} MB limit`, async () => {
    const started = performance.now();
    const report = await ingestFolder(folder({ 'a.txt': GOOD, 'dump.txt': 'x'.repeat(20 * 1024 * 1024) }));
    expect(performance.now() - started).toBeLessThan(5000);
    expect(report.warnings).toEqual([
      'dump.txt: is 20.0 MB; articles over 2.0 MB are not read (split or remove it); skipped',
    ]);
  });

  it('fails rather than build an empty pack, listing why each file was left out', async () => {
    const message = await failure(folder({ 'empty.txt': '', 'furniture.txt': 'Leave a Comment\n' }));
    expect(message).toMatch(/no usable articles:\n {2}empty\.txt: is empty; skipped\n {2}furniture\.txt: has no/);
  });

  it('fails in strict mode when any file is skipped', async () => {
    const dir = folder({ 'a.txt': GOOD, 'empty.txt': '' });
    const error = await ingestFolder(dir, { strict: true }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(IngestError);
    expect((error as Error).message).toMatch(/1 file\(s\) could not be used \(strict mode\)/);
  });

  it('buildPack on no sources throws an IngestError', () => {
    expect(() => buildPack([])).toThrow(IngestError);
  });
});

describe('ingest CLI', () => {
  const cli = (...args: string[]) =>
    spawnSync(process.execPath, ['--experimental-strip-types', '--no-warnings', 'scripts/ingest.ts', ...args], {
      encoding: 'utf8',
      cwd: join(import.meta.dirname, '../../..'),
    });

  it('writes the pack and says what it wrote', () => {
    const dir = folder({ 'a.txt': GOOD });
    const out = join(dir, 'out', 'pack.json');
    const run = cli(dir, '--out', out);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Wrote .*pack\.json: 1 articles, \d+ entities, 1 quotes/);
    expect(JSON.parse(readFileSync(out, 'utf8')).version).toBe(PACK_VERSION);
  });

  it('exits 1 with a plain message and no stack trace on a user mistake', () => {
    const run = cli('/no/such/folder', '--out', '/tmp/never.json');
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toBe('ingest: /no/such/folder: no such folder');
  });

  it('exits 1 with usage when arguments are missing', () => {
    const run = cli('seeds');
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/missing --out <pack\.json>[\s\S]*Usage: npm run ingest/);
  });
});

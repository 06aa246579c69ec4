// node --experimental-strip-types scripts/measure-extraction.ts <pages-dir> [--json out.json]
// Runs the "Add this page" extraction (lib/page/extract-article.ts) and the language rule
// (lib/user-corpus/language.ts) over a folder of saved pages, one `<name>/source.html` each (Readability's own
// test pages have this layout, with `expected-metadata.json` beside each), and prints one line per page: words,
// English share, verdict, and whether title, byline and date match the expected metadata. The README's figures
// for the language threshold and the no-article rule come from this. The pages are data kept outside the
// project; nothing here is a test.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { extractArticle } from '../lib/page/extract-article.ts';
import { judgeLanguage } from '../lib/user-corpus/language.ts';

interface Expected {
  title?: string | null;
  byline?: string | null;
  lang?: string | null;
  publishedTime?: string | null;
  readerable?: boolean;
}

const [dir, ...rest] = process.argv.slice(2);
if (!dir) {
  process.stderr.write('usage: measure-extraction.ts <pages-dir> [--json out.json]\n');
  process.exit(1);
}
const jsonOut = rest[0] === '--json' ? rest[1] : undefined;
const rows: Record<string, unknown>[] = [];
for (const name of readdirSync(dir).sort()) {
  const file = join(dir, name, 'source.html');
  if (!existsSync(file)) continue;
  const metaFile = join(dir, name, 'expected-metadata.json');
  const expected: Expected = existsSync(metaFile) ? JSON.parse(readFileSync(metaFile, 'utf8')) : {};
  const dom = new JSDOM(readFileSync(file, 'utf8'), { url: `https://example.org/${name}/` });
  const started = performance.now();
  const outcome = extractArticle(dom.window.document);
  const millis = performance.now() - started;
  const row: Record<string, unknown> = { name, lang: expected.lang ?? '', readerable: expected.readerable, millis };
  if (outcome.ok) {
    const a = outcome.article;
    const verdict = judgeLanguage(a.paragraphs);
    Object.assign(row, {
      ok: true,
      words: a.paragraphs.join(' ').split(' ').length,
      paragraphs: a.paragraphs.length,
      share: Number(verdict.share.toFixed(3)),
      nonLatin: Number(verdict.nonLatin.toFixed(2)),
      english: verdict.english,
      title: a.title === (expected.title ?? '').replace(/\s+/g, ' ').trim(),
      byline: (a.byline ?? null) === (expected.byline ? expected.byline.replace(/\s+/g, ' ').trim() : null),
      date: a.published ?? '',
      expectedDate: expected.publishedTime ?? '',
    });
  } else Object.assign(row, { ok: false, reason: outcome.reason });
  rows.push(row);
  dom.window.close();
}
for (const r of rows) {
  const cells = r.ok
    ? [r.name, r.lang, r.words, r.share, r.nonLatin, r.english ? 'EN' : 'not-EN', `title ${r.title ? 'ok' : 'DIFF'}`]
    : [r.name, r.lang, r.reason];
  process.stdout.write(`${cells.join('\t')}\n`);
}
if (jsonOut) writeFileSync(jsonOut, JSON.stringify(rows, null, 2));

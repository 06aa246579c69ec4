// The streaming ingest gives the same pack as the in-memory one, its compact pass-one evidence reads back as the
// candidates it stored, and pack.json written record by record is ordinary JSON that reads back whole.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findCandidates } from '../../../lib/corpus/candidates.ts';
import { EvidenceStore } from '../../../lib/corpus/evidence.ts';
import { ingestFolder } from '../../../lib/corpus/folder.ts';
import { PackBuilder } from '../../../lib/corpus/pack.ts';
import { openPackFile, readPackFile, writePackFile } from '../../../lib/corpus/pack-file.ts';
import { scanQuotes } from '../../../lib/corpus/quotes.ts';
import { sentenceRanges } from '../../../lib/corpus/sentences.ts';
import { tokenize } from '../../../lib/corpus/tokens.ts';
import { seedPack, seedSources } from './seed-pack.ts';

const work = mkdtempSync(join(tmpdir(), 'bg-streaming-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('streaming ingest', () => {
  it('builds the same pack from the folder as buildPack does from the texts in memory', async () => {
    const report = await ingestFolder(join(import.meta.dirname, '../../../seeds'));
    expect(JSON.stringify(report.pack)).toBe(JSON.stringify(seedPack()));
  });

  it('reports progress through both passes', async () => {
    const phases = new Set<string>();
    await ingestFolder(join(import.meta.dirname, '../../../seeds'), { onProgress: (p) => phases.add(p.phase) });
    expect([...phases]).toEqual(['reading', 'attributing', 'assembling']);
  });
});

describe('pack builder', () => {
  it('keeps no article text between pass two and assembly, only quotes', () => {
    const sources = seedSources();
    const builder = new PackBuilder();
    const byFile = new Map(sources.map((s) => [s.file, s]));
    for (const s of sources) builder.read(s);
    builder.link(sources.length);
    const articles = builder.files.map((f) => builder.attribute(byFile.get(f) as (typeof sources)[number]));
    const paragraphs = new Set(articles.flatMap((a) => a.paragraphs).filter((p) => p.length > 120));
    const kept = stringsIn(builder);
    const quotes = new Set(stringsIn((builder as unknown as { quotes: unknown }).quotes));
    // A paragraph that is one whole quote (an interview's answer) is kept as that quote's words, nothing more.
    expect([...kept].filter((s) => paragraphs.has(s) && !quotes.has(s))).toEqual([]);
    expect(paragraphs.size).toBeGreaterThan(20);
  });
});

/** Every string reachable from `root` through objects, arrays, maps and sets. */
function stringsIn(root: unknown): Set<string> {
  const out = new Set<string>();
  const seen = new Set<object>();
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const value = stack.pop();
    if (typeof value === 'string') out.add(value);
    else if (value && typeof value === 'object' && !seen.has(value) && !ArrayBuffer.isView(value)) {
      seen.add(value);
      if (value instanceof Map) for (const [k, v] of value) stack.push(k, v);
      else if (value instanceof Set) for (const v of value) stack.push(v);
      else for (const v of Object.values(value)) stack.push(v);
    }
  }
  return out;
}

describe('evidence store', () => {
  it('gives back every candidate it was given, paragraph by paragraph', () => {
    const store = new EvidenceStore();
    const articles = seedSources().map((s) =>
      s.text.split('\n').map((text) => {
        const scan = scanQuotes(text);
        return findCandidates(text, tokenize(text, sentenceRanges(text, scan.spans), scan.spans));
      }),
    );
    for (const paras of articles) store.add(paras);
    const docs = store.docs();
    expect(docs.length).toBe(articles.length);
    docs.forEach((doc, a) => {
      expect(doc.paras.map((p) => p.candidates)).toEqual(articles[a]);
    });
  });
});

describe('pack.json', () => {
  it('is written one record per line, parses as one JSON document, and reads back record by record', async () => {
    const pack = seedPack();
    const path = join(work, 'pack.json');
    await writePackFile(path, pack);
    const text = readFileSync(path, 'utf8');
    expect(JSON.parse(text)).toEqual(pack);
    expect(text.split('\n').length).toBeGreaterThan(pack.articles.length + pack.entities.length + pack.quotes.length);
    expect(await readPackFile(path)).toEqual(pack);
  });

  it('opens with articles whose texts are read from the file on demand, serializing exactly as read whole', async () => {
    const pack = seedPack();
    const path = join(work, 'lazy.json');
    await writePackFile(path, pack);
    const opened = await openPackFile(path);
    try {
      const first = opened.pack.articles[0];
      // Not held: the text fields are read through the file, not stored on the record.
      expect(Object.getOwnPropertyDescriptor(first, 'paragraphs')?.get).toBeTypeOf('function');
      expect(Object.getOwnPropertyDescriptor(first, 'paragraphs')?.value).toBeUndefined();
      expect(JSON.stringify(opened.pack)).toBe(JSON.stringify(pack));
      // Read again after the small cache has moved on, the same text comes back.
      expect(opened.pack.articles.map((a) => a.paragraphs)).toEqual(pack.articles.map((a) => a.paragraphs));
      expect(first?.paragraphs).toEqual(pack.articles[0]?.paragraphs);
    } finally {
      opened.close();
    }
  });

  it('opens a pack.json written by hand (one JSON document) whole', async () => {
    const pack = seedPack();
    const path = join(work, 'by-hand.json');
    await import('node:fs/promises').then((fs) => fs.writeFile(path, JSON.stringify(pack, null, 2)));
    const opened = await openPackFile(path);
    expect(opened.pack).toEqual(pack);
    opened.close();
  });

  it('refuses a pack of another version, saying which', async () => {
    const path = join(work, 'old.json');
    await import('node:fs/promises').then((fs) => fs.writeFile(path, JSON.stringify({ version: 1, articles: [] })));
    await expect(readPackFile(path)).rejects.toThrow(/pack version 1; this build reads version 2/);
  });
});

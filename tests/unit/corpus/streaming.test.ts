// The streaming ingest gives the same pack as the in-memory one, its compact pass-one evidence reads back as the
// candidates it stored, and pack.json written record by record is ordinary JSON that reads back whole.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findCandidates } from '../../../lib/corpus/candidates.ts';
import { EvidenceStore } from '../../../lib/corpus/evidence.ts';
import { ingestFolder } from '../../../lib/corpus/folder.ts';
import { readPackFile, writePackFile } from '../../../lib/corpus/pack-file.ts';
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

  it('refuses a pack of another version, saying which', async () => {
    const path = join(work, 'old.json');
    await import('node:fs/promises').then((fs) => fs.writeFile(path, JSON.stringify({ version: 1, articles: [] })));
    await expect(readPackFile(path)).rejects.toThrow(/pack version 1; this build reads version 2/);
  });
});

// Node side of the single-file pack: pack.json written and read one record per line. It is ordinary JSON (any
// JSON reader takes it whole), but laid out so a pack of any size streams: a writer never builds the whole text
// (a 100,000-article pack is larger than the longest string V8 can hold) and a reader parses record by record.
import { once } from 'node:events';
import { createReadStream, createWriteStream, type WriteStream } from 'node:fs';
import { mkdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { createInterface } from 'node:readline';
import { IngestError } from './errors.ts';
import type { PackSink } from './folder.ts';
import { type Article, type Entity, PACK_VERSION, type Pack, type Quote } from './types.ts';

const SECTIONS = ['articles', 'entities', 'quotes'] as const;
type Section = (typeof SECTIONS)[number];

/** Lines between sections, exactly as the writer puts them. */
const OPEN = `{"version":${PACK_VERSION},"articles":[`;
const between = (next: Section) => `],"${next}":[`;
const CLOSE = ']}';

/** A sink that writes pack.json as it streams in: to a temporary file, renamed into place only once complete. */
export class PackFileWriter implements PackSink {
  readonly path: string;
  private readonly temp: string;
  private out: WriteStream | undefined;
  private first = true;
  bytes = 0;

  constructor(path: string) {
    this.path = path;
    this.temp = `${path}.partial-${process.pid}`;
  }

  async article(article: Article): Promise<void> {
    if (!this.out) {
      await mkdir(dirname(this.path), { recursive: true });
      this.out = createWriteStream(this.temp);
      await this.write(`${OPEN}\n`);
    }
    await this.record(article);
  }

  async end(entities: Entity[], quotes: Quote[]): Promise<void> {
    if (!this.out) throw new Error('PackFileWriter.end before any article');
    await this.write(`\n${between('entities')}\n`);
    this.first = true;
    for (const e of entities) await this.record(e);
    await this.write(`\n${between('quotes')}\n`);
    this.first = true;
    for (const q of quotes) await this.record(q);
    await this.write(`\n${CLOSE}\n`);
    const out = this.out;
    out.end();
    await once(out, 'finish');
    await rename(this.temp, this.path);
  }

  /** Leaves nothing behind after a failed run. */
  async abort(): Promise<void> {
    this.out?.destroy();
    await rm(this.temp, { force: true });
  }

  private async record(value: unknown): Promise<void> {
    const line = JSON.stringify(value);
    await this.write(this.first ? line : `,\n${line}`);
    this.first = false;
  }

  private async write(text: string): Promise<void> {
    const out = this.out as WriteStream;
    this.bytes += Buffer.byteLength(text);
    if (!out.write(text)) await once(out, 'drain');
  }
}

/** Writes a pack held in memory the same way. */
export async function writePackFile(path: string, pack: Pack): Promise<number> {
  const writer = new PackFileWriter(path);
  try {
    for (const a of pack.articles) await writer.article(a);
    await writer.end(pack.entities, pack.quotes);
  } catch (error) {
    await writer.abort();
    throw error;
  }
  return writer.bytes;
}

/**
 * Reads a pack.json: record by record when it has the writer's layout, else (a pack written by hand or by an
 * older tool) as one JSON document. Refuses another pack version with a message that says which.
 */
export async function readPackFile(path: string): Promise<Pack> {
  const info = await stat(path).catch(() => {
    throw new IngestError(`${path}: no such pack file`);
  });
  const lines = createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Number.POSITIVE_INFINITY });
  const it = lines[Symbol.asyncIterator]();
  const head = await it.next();
  if (head.done || head.value !== OPEN) {
    lines.close();
    // 256 MB of JSON is about the most V8 parses as one string without running out of room.
    if (info.size > 256 * 1024 * 1024)
      throw new IngestError(`${path}: not a pack.json this tool wrote, and too large to read whole`);
    return checkVersion(path, JSON.parse(await readFile(path, 'utf8')) as Pack);
  }
  const pack: Pack = { version: PACK_VERSION, articles: [], entities: [], quotes: [] };
  let section: Section = 'articles';
  let n = 1;
  for await (const raw of { [Symbol.asyncIterator]: () => it }) {
    n++;
    const line = raw.endsWith(',') ? raw.slice(0, -1) : raw;
    if (line === '') continue;
    const next = SECTIONS.find((s) => line === between(s));
    if (next) {
      section = next;
      continue;
    }
    if (line === CLOSE) break;
    try {
      (pack[section] as unknown[]).push(JSON.parse(line));
    } catch {
      throw new IngestError(`${path}:${n}: not valid JSON (a truncated or edited pack?)`);
    }
  }
  return pack;
}

function checkVersion(path: string, pack: Pack): Pack {
  if (pack.version !== PACK_VERSION) {
    throw new IngestError(`${path} has pack version ${String(pack.version)}; this build reads version ${PACK_VERSION}`);
  }
  return pack;
}

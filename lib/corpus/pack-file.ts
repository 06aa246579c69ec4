// Node side of the single-file pack: pack.json written and read one record per line. It is ordinary JSON (any
// JSON reader takes it whole), but laid out so a pack of any size streams: a writer never builds the whole text
// (a 100,000-article pack is larger than the longest string V8 can hold) and a reader parses record by record.
import { once } from 'node:events';
import { closeSync, createReadStream, createWriteStream, openSync, readSync, type WriteStream } from 'node:fs';
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

  async end(entities: Iterable<Entity>, quotes: Quote[]): Promise<void> {
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

/** A pack.json opened for reading its articles' texts on demand; `close` once done with the pack. */
export interface OpenPack {
  pack: Pack;
  close(): void;
}

/** Parsed article texts kept at once: an entity's mentions come in article order, so a few suffice. */
const TEXT_CACHE = 64;

/**
 * Opens a pack.json with entities and quotes in memory but each article's paragraphs and sentences left in the
 * file, read back (and parsed) when something asks for them: the layout build of a 100,000-article pack holds
 * no article text beyond a few it is working on. Articles look like any other (their text fields are getters
 * that read the file), so every consumer of a Pack takes them. A pack not in the writer's layout is read whole.
 */
export async function openPackFile(path: string): Promise<OpenPack> {
  const info = await stat(path).catch(() => {
    throw new IngestError(`${path}: no such pack file`);
  });
  const pack: Pack = { version: PACK_VERSION, articles: [], entities: [], quotes: [] };
  const texts = new ArticleTexts(path);
  let section: Section | undefined;
  let n = 0;
  try {
    for await (const { line: raw, offset } of linesWithOffsets(path)) {
      n++;
      if (n === 1) {
        if (raw.toString('utf8') !== OPEN) break;
        section = 'articles';
        continue;
      }
      const end = raw.length > 0 && raw[raw.length - 1] === 0x2c ? raw.length - 1 : raw.length;
      if (end === 0) continue;
      const line = raw.toString('utf8', 0, end);
      const next = SECTIONS.find((s) => line === between(s));
      if (next) {
        section = next;
        continue;
      }
      if (line === CLOSE) break;
      let record: unknown;
      try {
        record = JSON.parse(line);
      } catch {
        throw new IngestError(`${path}:${n}: not valid JSON (a truncated or edited pack?)`);
      }
      if (section === 'articles') pack.articles.push(texts.lazy(record as Article, offset, end));
      else (pack[section as Section] as unknown[]).push(record);
    }
  } catch (error) {
    texts.close();
    throw error;
  }
  if (section === undefined) {
    texts.close();
    if (info.size > 256 * 1024 * 1024)
      throw new IngestError(`${path}: not a pack.json this tool wrote, and too large to read whole`);
    return { pack: checkVersion(path, JSON.parse(await readFile(path, 'utf8')) as Pack), close: () => {} };
  }
  return { pack, close: () => texts.close() };
}

/** The file's lines as bytes (without the newline), each with the byte offset where it starts. */
async function* linesWithOffsets(path: string): AsyncGenerator<{ line: Buffer; offset: number }> {
  let pending: Buffer[] = [];
  let start = 0;
  let at = 0;
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
    let from = 0;
    for (let nl = chunk.indexOf(10, from); nl >= 0; nl = chunk.indexOf(10, from)) {
      pending.push(chunk.subarray(from, nl));
      yield { line: pending.length === 1 ? (pending[0] as Buffer) : Buffer.concat(pending), offset: start };
      pending = [];
      start = at + nl + 1;
      from = nl + 1;
    }
    if (from < chunk.length) pending.push(chunk.subarray(from));
    at += chunk.length;
  }
  if (pending.length > 0) yield { line: Buffer.concat(pending), offset: start };
}

/** Where each article's line sits in the file, and the few most recently read. */
class ArticleTexts {
  private readonly path: string;
  private fd: number | undefined;
  private readonly cache = new Map<number, Pick<Article, 'paragraphs' | 'sentences'>>();

  constructor(path: string) {
    this.path = path;
  }

  /** The article without its text, and getters that read the text from [offset, offset + length). */
  lazy(record: Article, offset: number, length: number): Article {
    const article = {} as Record<string, unknown>;
    const read = () => this.read(offset, length);
    // Keys in the record's order, so the article serializes exactly as before.
    for (const [key, value] of Object.entries(record)) {
      if (key === 'paragraphs' || key === 'sentences') {
        Object.defineProperty(article, key, { enumerable: true, get: () => read()[key] });
      } else article[key] = value;
    }
    return article as unknown as Article;
  }

  close(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
    this.cache.clear();
  }

  private read(offset: number, length: number): Pick<Article, 'paragraphs' | 'sentences'> {
    const known = this.cache.get(offset);
    if (known) return known;
    this.fd ??= openSync(this.path, 'r');
    const bytes = Buffer.allocUnsafe(length);
    if (readSync(this.fd, bytes, 0, length, offset) !== length) {
      throw new IngestError(`${this.path} changed while it was being read`);
    }
    const { paragraphs, sentences } = JSON.parse(bytes.toString('utf8')) as Article;
    const text = sentences ? { paragraphs, sentences } : { paragraphs };
    if (this.cache.size >= TEXT_CACHE) this.cache.delete(this.cache.keys().next().value as number);
    this.cache.set(offset, text);
    return text;
  }
}

function checkVersion(path: string, pack: Pack): Pack {
  if (pack.version !== PACK_VERSION) {
    throw new IngestError(`${path} has pack version ${String(pack.version)}; this build reads version ${PACK_VERSION}`);
  }
  return pack;
}

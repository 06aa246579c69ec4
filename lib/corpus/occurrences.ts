// Every entity occurrence of a corpus, as the entity stage needs it, in columns of typed arrays: at 100,000
// articles there are millions of them, and an object each (with its article's text kept alive to read its
// surface and sentence later) is what made ingest outgrow 2 GB. What the stage reads from the text (the words as
// written, the sentence a key sentence would be) is taken when the occurrence is recorded, while the article is
// still at hand, so no text outlives its article.
import type { Range } from './sentences.ts';
import { detached } from './text.ts';

/** One occurrence as pass two finds it, with what the entity stage will read from its article's text. */
export interface Occurrence {
  entity: number;
  /** Position of its article in the pack. */
  article: number;
  paragraph: number;
  start: number;
  end: number;
  quoted: boolean;
  /** The occurrence opens its sentence's subject position (first reference in the sentence). */
  subject: boolean;
  /** Surface is a name (not a description alias). */
  isName: boolean;
  /** The words as written: the paragraph's text from start to end. */
  surface: string;
  /** The sentence that could brief on it (holds it whole, mostly narration), when there is one. */
  sentence?: Range;
}

const QUOTED = 1;
const SUBJECT = 2;
const NAME = 4;

export class OccurrenceStore {
  private capacity = 1024;
  private entities = new Int32Array(this.capacity);
  private articles = new Int32Array(this.capacity);
  private paragraphs = new Int32Array(this.capacity);
  private starts = new Int32Array(this.capacity);
  private ends = new Int32Array(this.capacity);
  private surfaceIds = new Int32Array(this.capacity);
  private sentenceStarts = new Int32Array(this.capacity);
  private sentenceEnds = new Int32Array(this.capacity);
  private flags = new Uint8Array(this.capacity);
  /** Distinct surfaces: names repeat, so a few thousand strings stand for millions of occurrences. */
  private readonly surfaces: string[] = [];
  private readonly surfaceIndex = new Map<string, number>();
  length = 0;

  push(o: Occurrence): void {
    if (this.length === this.capacity) this.grow();
    const i = this.length++;
    this.entities[i] = o.entity;
    this.articles[i] = o.article;
    this.paragraphs[i] = o.paragraph;
    this.starts[i] = o.start;
    this.ends[i] = o.end;
    this.surfaceIds[i] = this.intern(o.surface);
    this.sentenceStarts[i] = o.sentence ? o.sentence[0] : -1;
    this.sentenceEnds[i] = o.sentence ? o.sentence[1] : -1;
    this.flags[i] = (o.quoted ? QUOTED : 0) | (o.subject ? SUBJECT : 0) | (o.isName ? NAME : 0);
  }

  entity(i: number): number {
    return this.entities[i] as number;
  }
  article(i: number): number {
    return this.articles[i] as number;
  }
  paragraph(i: number): number {
    return this.paragraphs[i] as number;
  }
  start(i: number): number {
    return this.starts[i] as number;
  }
  end(i: number): number {
    return this.ends[i] as number;
  }
  quoted(i: number): boolean {
    return ((this.flags[i] as number) & QUOTED) !== 0;
  }
  subject(i: number): boolean {
    return ((this.flags[i] as number) & SUBJECT) !== 0;
  }
  isName(i: number): boolean {
    return ((this.flags[i] as number) & NAME) !== 0;
  }
  surface(i: number): string {
    return this.surfaces[this.surfaceIds[i] as number] as string;
  }
  sentence(i: number): Range | undefined {
    const start = this.sentenceStarts[i] as number;
    return start < 0 ? undefined : [start, this.sentenceEnds[i] as number];
  }

  /** Everything goes once the entities are assembled. */
  clear(): void {
    this.capacity = 0;
    for (const column of ['entities', 'articles', 'paragraphs', 'starts', 'ends', 'surfaceIds'] as const) {
      this[column] = new Int32Array(0);
    }
    this.sentenceStarts = new Int32Array(0);
    this.sentenceEnds = new Int32Array(0);
    this.flags = new Uint8Array(0);
    this.surfaces.length = 0;
    this.surfaceIndex.clear();
    this.length = 0;
  }

  private intern(surface: string): number {
    let id = this.surfaceIndex.get(surface);
    if (id === undefined) {
      id = this.surfaces.length;
      const own = detached(surface);
      this.surfaces.push(own);
      this.surfaceIndex.set(own, id);
    }
    return id;
  }

  private grow(): void {
    const size = Math.max(1024, this.capacity * 2);
    const int = (old: Int32Array) => {
      const next = new Int32Array(size);
      next.set(old);
      return next;
    };
    this.entities = int(this.entities);
    this.articles = int(this.articles);
    this.paragraphs = int(this.paragraphs);
    this.starts = int(this.starts);
    this.ends = int(this.ends);
    this.surfaceIds = int(this.surfaceIds);
    this.sentenceStarts = int(this.sentenceStarts);
    this.sentenceEnds = int(this.sentenceEnds);
    const flags = new Uint8Array(size);
    flags.set(this.flags);
    this.flags = flags;
    this.capacity = size;
  }
}

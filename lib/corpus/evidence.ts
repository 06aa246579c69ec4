// Pass one of a streaming ingest keeps only each article's name evidence (its candidates), not its text or
// tokens, and keeps it compact: a candidate is its "shape" (everything but where it sits) plus four offsets.
// Names repeat across a corpus, so a few thousand shapes stand for millions of candidates; the registry reads
// them back through lazy views, one article at a time, and never sees the difference.
import type { Candidate } from './candidates.ts';
import type { DocView } from './registry.ts';

/** The fields that say where a candidate sits; everything else is its shape. */
const POSITION = ['first', 'last', 'start', 'end'] as const;
type Shape = Omit<Candidate, (typeof POSITION)[number]>;

export class EvidenceStore {
  private shapes: Shape[] = [];
  private shapeIds = new Map<string, number>();
  /** Per article: paragraph count, then per paragraph its candidate count and per candidate shape + offsets. */
  private articles: Int32Array[] = [];
  private last: { index: number; paras: { candidates: Candidate[] }[] } | undefined;

  get size(): number {
    return this.articles.length;
  }

  /** Records one article's candidates, paragraph by paragraph. */
  add(paras: readonly (readonly Candidate[])[]): void {
    let length = 1 + paras.length;
    for (const p of paras) length += p.length * 5;
    const row = new Int32Array(length);
    let at = 0;
    row[at++] = paras.length;
    for (const p of paras) {
      row[at++] = p.length;
      for (const c of p) {
        row[at++] = this.shapeOf(c);
        row[at++] = c.first;
        row[at++] = c.last;
        row[at++] = c.start;
        row[at++] = c.end;
      }
    }
    this.articles.push(row);
  }

  /** Every article as the registry reads it; each view decodes its candidates when asked, and forgets them. */
  docs(): DocView[] {
    return this.articles.map((_, index) => {
      const store = this;
      return {
        get paras() {
          return store.decode(index);
        },
      };
    });
  }

  /** Drops everything once the registry is built. */
  clear(): void {
    this.shapes = [];
    this.shapeIds = new Map();
    this.articles = [];
    this.last = undefined;
  }

  private shapeOf(c: Candidate): number {
    const shape: Record<string, unknown> = { ...c };
    for (const k of POSITION) delete shape[k];
    // The key is the JSON text: it also copies the strings out of the paragraph they were sliced from, so the
    // paragraph itself is not kept alive by a candidate's surface.
    const key = JSON.stringify(shape);
    let id = this.shapeIds.get(key);
    if (id === undefined) {
      id = this.shapes.length;
      this.shapes.push(JSON.parse(key) as Shape);
      this.shapeIds.set(key, id);
    }
    return id;
  }

  private decode(index: number): { candidates: Candidate[] }[] {
    // The registry reads one article's paragraphs several times in a row; decode it once for that run.
    if (this.last?.index === index) return this.last.paras;
    const row = this.articles[index];
    if (!row) return [];
    let at = 0;
    const count = row[at++] as number;
    const paras: { candidates: Candidate[] }[] = [];
    for (let p = 0; p < count; p++) {
      const n = row[at++] as number;
      const candidates: Candidate[] = [];
      for (let i = 0; i < n; i++) {
        const shape = this.shapes[row[at++] as number] as Shape;
        // Nested parts (votes, roles) are shared between candidates of one shape: the registry only reads them.
        candidates.push({
          ...shape,
          first: row[at++] as number,
          last: row[at++] as number,
          start: row[at++] as number,
          end: row[at++] as number,
        });
      }
      paras.push({ candidates });
    }
    this.last = { index, paras };
    return paras;
  }
}

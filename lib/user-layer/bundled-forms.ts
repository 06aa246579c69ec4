// The bundled corpus's names as the user layer links against them: the form table every page gets
// (`m/page.json`), looked up in the background with the page's own matcher, and the number → [id, name] table.
// Reading these is all the user layer ever reads of the bundled corpus: never its articles, never its pack.
import type { EntityKind } from '../corpus/types.ts';
import { createMatcher, type Matcher } from '../matching/matcher.ts';
import type { PageMatcherData } from '../matching/types.ts';

/** An entity of the bundled corpus, as the user layer knows it. */
export interface BundledEntity {
  number: number;
  id: string;
  name: string;
  kind: EntityKind;
}

/** What the user layer needs of the background's pack store. */
export interface BundledTables {
  matcherPage(): Promise<PageMatcherData>;
  entityRef(entity: number): Promise<[string, string] | null>;
}

export interface BundledForms {
  /** How many entities the bundled corpus has: the reader's own entities are numbered from here. */
  readonly count: number;
  /** How many shared forms the bundled matcher has: the user matcher's shared forms are numbered from here. */
  readonly sharedCount: number;
  /** The bundled entities a whole form names (several for a shared form, most mentioned first). */
  lookup(form: string): Promise<BundledEntity[]>;
}

export async function loadBundledForms(tables: BundledTables): Promise<BundledForms> {
  const page = await tables.matcherPage();
  const matcher = createMatcher(page);
  const refs = new Map<number, Promise<[string, string] | null>>();
  const ref = (n: number) => {
    let r = refs.get(n);
    if (!r) {
      r = tables.entityRef(n);
      refs.set(n, r);
    }
    return r;
  };
  return {
    count: page.entities,
    sharedCount: page.shared.length,
    async lookup(form) {
      const numbers = wholeForm(matcher, form);
      const out: BundledEntity[] = [];
      for (const number of numbers) {
        const r = await ref(number);
        if (r) out.push({ number, id: r[0], name: r[1], kind: matcher.kindOf(number) });
      }
      return out;
    },
  };
}

/** The entity numbers the table holds for exactly `form` (the page's matcher must read all of it as one name). */
function wholeForm(matcher: Matcher, form: string): readonly number[] {
  const spans = matcher.find(form);
  const span = spans[0];
  if (spans.length !== 1 || !span || span.start !== 0 || span.end !== form.length) return [];
  if (span.shared === undefined) return [span.entity];
  return matcher.shared(span.shared)?.entities ?? [];
}

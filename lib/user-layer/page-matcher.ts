// The second, small page matcher a content script runs beside the bundled one: the forms only the reader's
// articles give (new entities, and new forms of bundled ones), compiled in the background with the build's own
// page compiler (lib/matching/compile.ts; without the build's dictionary, so no acronym word forms like "Nato").
import type { SharedForm } from '../briefing/types.ts';
import type { Entity, Pack } from '../corpus/types.ts';
import { PACK_VERSION } from '../corpus/types.ts';
import { compileMatcher } from '../matching/compile.ts';
import type { PageMatcherData } from '../matching/types.ts';
import type { UserCorpus } from './link.ts';

/** What an `activate` answer carries beside the bundled matcher. */
export interface UserMatcherData {
  /** The user corpus this was compiled from: a content script that has it is not sent it again. */
  stamp: string;
  page: PageMatcherData;
  /** The merged corpus's number of each entity of `page`, by its index there. */
  numbers: number[];
  /** Where the user matcher's shared forms start in the merged numbering (the bundled matcher's count). */
  sharedBase: number;
}

export interface CompiledUserMatcher {
  data: UserMatcherData;
  /** The user matcher's shared forms, numbered from `sharedBase`, for the popover's "also". */
  shared: SharedForm[];
  millis: number;
}

/** Null when the reader's articles add no form to match. */
export function compileUserMatcher(corpus: UserCorpus): CompiledUserMatcher | null {
  const started = performance.now();
  const withForms = corpus.entities.filter((e) => e.forms.length > 0);
  if (withForms.length === 0) return null;
  const merged = new Map(corpus.pack.entities.map((e) => [e.id, e]));
  const entities: Entity[] = withForms.map((u) => {
    const e = merged.get(u.id);
    return {
      id: u.id,
      // Its first new form: the compiler always claims an entity's name, and the bundled matcher has that one.
      name: u.bundled ? (u.forms[0] as string) : u.name,
      kind: u.kind,
      aliases: u.forms,
      ...(e?.description ? { description: e.description } : {}),
      mentions: e?.mentions ?? [],
      related: [],
      quoteIds: [],
      sentences: [],
    };
  });
  const pack: Pack = { version: PACK_VERSION, articles: corpus.pack.articles, entities, quotes: [], index: null };
  const compiled = compileMatcher(pack);
  const numbers = withForms.map((u) => u.number);
  const shared: SharedForm[] = compiled.shared.map(({ form, candidates }) => ({
    form,
    candidates: candidates.flatMap(([n]) => {
      const u = withForms[n];
      return u ? [[u.number, u.id, u.name] as SharedForm['candidates'][number]] : [];
    }),
  }));
  return {
    data: { stamp: corpus.stamp, page: compiled.page, numbers, sharedBase: corpus.bundledShared },
    shared,
    millis: performance.now() - started,
  };
}

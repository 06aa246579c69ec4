// The user layer in the background: the reader's articles linked into the merged corpus (link.ts), loaded from
// the article store on the first request that needs it and kept current by every committed change. A worker
// whose reader has added nothing reads one empty IndexedDB store and nothing of the bundled corpus.
import type { DerivedRecord, StoredArticle } from '../storage/schema.ts';
import { type BundledForms, type BundledTables, loadBundledForms } from './bundled-forms.ts';
import { type AddedArticle, linkArticles, type UserCorpus } from './link.ts';
import { type CompiledUserMatcher, compileUserMatcher } from './page-matcher.ts';

/** A committed change to the reader's articles (what lib/background/user-article-handlers.ts reports). */
export type LayerChange =
  | { type: 'added'; articles: StoredArticle[]; derived: DerivedRecord[] }
  | { type: 'removed'; ids: string[] };

export interface LayerStore {
  all(): Promise<StoredArticle[]>;
  derived(): Promise<DerivedRecord[]>;
}

/**
 * How many articles the reader has, kept where a woken worker reads it faster than it opens IndexedDB (the
 * browser's session storage): a reader with none then costs a hover nothing. Unknown after a browser restart.
 */
export interface ArticleCountHint {
  get(): Promise<number | undefined>;
  /** Undefined: unknown (forget it). */
  set(count: number | undefined): Promise<void>;
}

export interface UserLayer {
  /** The merged user corpus; null while the reader has no articles. */
  corpus(): Promise<UserCorpus | null>;
  /** The user page matcher for the current corpus (compiled once per change), or null. */
  matcher(): Promise<CompiledUserMatcher | null>;
  /** Follows one committed change; resolves once the corpus (if loaded) reflects it. */
  apply(change: LayerChange): Promise<void>;
}

interface State {
  added: Map<string, AddedArticle>;
  corpus: UserCorpus | null;
  matcher?: CompiledUserMatcher | null;
}

export function createUserLayer(store: LayerStore, bundled: BundledTables, hint?: ArticleCountHint): UserLayer {
  let state: Promise<State> | undefined;
  let forms: Promise<BundledForms> | undefined;
  const bundledForms = () => {
    if (!forms) {
      forms = loadBundledForms(bundled);
      forms.catch(() => {
        forms = undefined;
      });
    }
    return forms;
  };

  const relink = async (added: Map<string, AddedArticle>): Promise<State> => ({
    added,
    corpus: added.size === 0 ? null : await linkArticles([...added.values()], await bundledForms()),
  });

  const load = async (): Promise<State> => {
    const started = performance.now();
    if ((await hint?.get().catch(() => undefined)) === 0) return { added: new Map(), corpus: null };
    const [articles, derived] = await Promise.all([store.all(), store.derived()]);
    void hint?.set(articles.length).catch(() => undefined);
    const state = await relink(joined(articles, derived));
    // Measured for `npm run bench` (backgrounder:* entries in the worker).
    performance.measure('backgrounder:user-layer-load', { start: started, detail: { articles: articles.length } });
    return state;
  };

  const current = () => {
    if (!state) {
      const loading = load();
      loading.catch(() => {
        if (state === loading) state = undefined;
      });
      state = loading;
    }
    return state;
  };

  return {
    corpus: async () => (await current()).corpus,
    async matcher() {
      const s = await current();
      if (s.matcher === undefined) s.matcher = s.corpus ? compileUserMatcher(s.corpus) : null;
      return s.matcher;
    },
    async apply(change) {
      // Not loaded yet: the first request reads the store, which already holds the change (the hint may not).
      if (!state) {
        await hint?.set(undefined).catch(() => undefined);
        return;
      }
      const before = state;
      const next = before.then(async (s) => {
        const added = new Map(s.added);
        if (change.type === 'removed') for (const id of change.ids) added.delete(id);
        else for (const [id, a] of joined(change.articles, change.derived)) added.set(id, a);
        void hint?.set(added.size).catch(() => undefined);
        return relink(added);
      });
      state = next;
      next.catch(() => {
        if (state === next) state = undefined;
      });
      await next;
    },
  };
}

function joined(articles: readonly StoredArticle[], derived: readonly DerivedRecord[]): Map<string, AddedArticle> {
  const packs = new Map(derived.map((d) => [d.articleId, d.pack]));
  const out = new Map<string, AddedArticle>();
  for (const article of articles) {
    const pack = packs.get(article.id);
    if (pack) out.set(article.id, { article, pack });
  }
  return out;
}

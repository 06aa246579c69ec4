// One corpus for every handler: the bundled layout (pack-store.ts) with the reader's articles over it
// (lib/user-layer). Each answer reads the bundled file it needs as before and merges what the user layer knows;
// numbers past the bundled entities are the reader's own entities. The user layer's answer modules are called only
// when the reader has articles (a corpus that is not null): Chromium's worker loads them on first use
// (lib/background/deferred.ts), so a hover with no added articles never pays for them.
import type { SharedForm } from '../briefing/types.ts';
import type { Searcher } from '../search/sharded.ts';
import { mergedBriefing, mergedDossier, userArticle, userFindEntity } from '../user-layer/answers.ts';
import { isUserOnlyId } from '../user-layer/ids.ts';
import type { UserLayer } from '../user-layer/layer.ts';
import type { UserMatcherData } from '../user-layer/page-matcher.ts';
import { mergedSearcher } from '../user-layer/search.ts';
import type { PackStore } from './pack-store.ts';

export interface MergedStore extends PackStore {
  /**
   * The user page matcher for `activate`: undefined when the content script already has the one for `stamp`,
   * null when the reader's articles give the pages nothing to match.
   */
  userMatcher(stamp: string | undefined): Promise<UserMatcherData | null | undefined>;
}

export function createMergedStore(pack: PackStore, layer: UserLayer): MergedStore {
  let searcher: Promise<Searcher> | undefined;
  return {
    ...pack,
    async userMatcher(stamp) {
      const compiled = await layer.matcher();
      if (!compiled) return null;
      return compiled.data.stamp === stamp ? undefined : compiled.data;
    },
    async entityRef(n) {
      // A number is asked about before its briefing (a hover): start reading the user layer meanwhile.
      const corpus = layer.corpus();
      corpus.catch(() => undefined);
      const ref = await pack.entityRef(n);
      if (ref) return ref;
      const u = (await corpus)?.byNumber.get(n);
      return u && !u.bundled ? [u.id, u.name] : null;
    },
    async entityNumber(id) {
      if (!isUserOnlyId(id)) return pack.entityNumber(id);
      return (await layer.corpus())?.byId.get(id)?.number ?? -1;
    },
    async sharedForms(): Promise<SharedForm[]> {
      const bundled = await pack.sharedForms();
      const user = await layer.matcher();
      return user && user.shared.length > 0 ? [...bundled, ...user.shared] : bundled;
    },
    async briefingAt(n) {
      // The bundled file and the user layer are read side by side, as for briefing(id).
      const corpus = layer.corpus();
      corpus.catch(() => undefined);
      const bundled = await pack.briefingAt(n);
      const user = await corpus;
      if (!user) return bundled;
      if (bundled) return mergedBriefing(user, bundled.entity.id, bundled);
      const u = user.byNumber.get(n);
      return u && !u.bundled ? mergedBriefing(user, u.id, null) : null;
    },
    // The bundled file and the user layer are read side by side: a hover that wakes the worker waits for the
    // slower of the two, not for both.
    async briefing(id) {
      const [bundled, corpus] = await Promise.all([isUserOnlyId(id) ? null : pack.briefing(id), layer.corpus()]);
      return corpus ? mergedBriefing(corpus, id, bundled) : bundled;
    },
    async dossier(id) {
      const [bundled, corpus] = await Promise.all([isUserOnlyId(id) ? null : pack.dossier(id), layer.corpus()]);
      return corpus ? mergedDossier(corpus, id, bundled) : bundled;
    },
    async article(id) {
      const corpus = await layer.corpus();
      return (corpus && userArticle(corpus, id)) ?? pack.article(id);
    },
    async findEntity(text) {
      const found = await pack.findEntity(text);
      if (found) return found;
      const corpus = await layer.corpus();
      return corpus ? userFindEntity(corpus, text) : null;
    },
    searcher() {
      if (!searcher) {
        searcher = pack.searcher().then((bundled) => mergedSearcher(bundled, () => layer.corpus()));
        searcher.catch(() => {
          searcher = undefined;
        });
      }
      return searcher;
    },
  };
}

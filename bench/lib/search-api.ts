// The product's search, as the bench uses it in Node: the MiniSearch options the index was built with
// (lib/search/options.ts) and the run-time searcher (lib/search/searcher.ts).
import MiniSearch from 'minisearch';
import type { Pack } from '../../lib/corpus/types.ts';
import { SEARCH_OPTIONS } from '../../lib/search/options.ts';
import { createSearcher } from '../../lib/search/searcher.ts';

/** Results per group, as the popup asks for them (components/popup/use-search.ts RESULT_LIMIT). */
export const POPUP_LIMIT = 8;

export const searchApi = {
  loadJSON: (json: string) => MiniSearch.loadJSON(json, SEARCH_OPTIONS),
  loadJSAsync: (parsed: unknown) => MiniSearch.loadJSAsync(parsed as never, SEARCH_OPTIONS),
  async createSearcher(pack: Pack): Promise<(query: string) => unknown> {
    const searcher = await createSearcher(pack);
    return (q) => searcher.search(q, POPUP_LIMIT);
  },
};

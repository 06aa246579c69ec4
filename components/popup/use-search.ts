import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { sendToBackground } from '../../lib/messaging.ts';
import type { SearchResults, StartState } from '../../lib/search/types.ts';

/** The message schema caps queries here; longer pastes are cut rather than refused. */
export const MAX_QUERY_LENGTH = 10_000;
/** Per group: enough to choose from, few enough to render within a frame. */
export const RESULT_LIMIT = 5;

export interface SearchState {
  query: string;
  /** Results for the current query; undefined while the first answer is on its way or the query is blank. */
  results?: SearchResults;
  /** The query exactly as sent for `results` (the engine may trim or cut what it reports back). */
  resultsFor?: string;
  start?: StartState;
  error?: string;
}

/**
 * Asks the background on every keystroke (no debounce: a search answers in a few milliseconds) and drops any
 * answer that arrives after a newer query was sent.
 */
export function useSearch(): [SearchState, (query: string) => void] {
  const [state, setState] = useState<SearchState>({ query: '' });
  const sent = useRef(0);

  useEffect(() => {
    sendToBackground({ type: 'startState' })
      .then((start) => setState((s) => ({ ...s, start })))
      .catch(() => setState((s) => ({ ...s, error: 'The bundled articles could not be loaded.' })));
  }, []);

  // Marks when results are in the DOM, for `npm run bench` (keystroke → results).
  useLayoutEffect(() => {
    if (state.results) performance.mark('backgrounder:results', { detail: { query: state.resultsFor } });
  }, [state.results]);

  const setQuery = (raw: string) => {
    const query = raw.slice(0, MAX_QUERY_LENGTH);
    const ticket = ++sent.current;
    performance.mark('backgrounder:input', { detail: { query } });
    if (query.trim() === '') {
      setState((s) => ({ ...s, query, results: undefined, resultsFor: undefined, error: undefined }));
      return;
    }
    setState((s) => ({ ...s, query }));
    sendToBackground({ type: 'search', query, limit: RESULT_LIMIT })
      .then((results) => {
        if (ticket === sent.current) setState((s) => ({ ...s, results, resultsFor: query, error: undefined }));
      })
      .catch(() => {
        if (ticket === sent.current) setState((s) => ({ ...s, error: 'Search is not available right now.' }));
      });
  };

  return [state, setQuery];
}

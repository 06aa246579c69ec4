import { useEffect, useState } from 'preact/hooks';
import { type BriefingRoute, parseHash } from '../../lib/briefing/links.ts';

/** The route in the URL hash, kept current on hashchange (links, back/forward, a hand-edited address). */
export function useHashRoute(): BriefingRoute {
  const [route, setRoute] = useState(() => parseHash(location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseHash(location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}

export type Loaded<T> = { status: 'loading' } | { status: 'ready'; data: T } | { status: 'failed'; message: string };

/** Runs `load` whenever `key` changes; an answer for an older key is dropped. */
export function useLoad<T>(key: string, load: () => Promise<T>): Loaded<T> {
  const [state, setState] = useState<{ key: string; value: Loaded<T> }>({ key, value: { status: 'loading' } });
  useEffect(() => {
    let current = true;
    setState({ key, value: { status: 'loading' } });
    load().then(
      (data) => current && setState({ key, value: { status: 'ready', data } }),
      (error: unknown) =>
        current &&
        setState({ key, value: { status: 'failed', message: error instanceof Error ? error.message : String(error) } }),
    );
    return () => {
      current = false;
    };
    // `load` is a fresh closure each render; `key` says when it means something else.
  }, [key]);
  return state.key === key ? state.value : { status: 'loading' };
}

import type { ComponentChildren } from 'preact';
import { useEffect } from 'preact/hooks';
import type { Loaded } from './hooks.ts';

interface Props<T> {
  state: Loaded<T | null>;
  /** Said when the background knows no such entity or article (a stale or mistyped link). */
  notFound: string;
  title(data: T): string;
  render(data: T): ComponentChildren;
}

/** Loading, not-found and failure states for one view, the document title, and focus on its heading. */
export function Screen<T>({ state, notFound, title, render }: Props<T>) {
  const data = state.status === 'ready' ? state.data : null;
  useEffect(() => {
    document.title = data ? `${title(data)} · Backgrounder` : 'Backgrounder briefing';
    if (!data) return;
    // After following a link the focused element is gone; put keyboard and screen-reader users on the new heading.
    const active = document.activeElement;
    if (!active || active === document.body || !active.isConnected) {
      document.querySelector<HTMLElement>('main h1')?.focus({ preventScroll: true });
    }
  }, [data]);
  if (state.status === 'loading')
    return (
      <p class="status" role="status">
        Loading…
      </p>
    );
  if (state.status === 'failed') {
    return (
      <p class="status error" role="alert">
        Could not load this briefing: {state.message}
      </p>
    );
  }
  if (!data) {
    return (
      <section class="status">
        <h1 tabIndex={-1}>Not found</h1>
        <p>{notFound}</p>
      </section>
    );
  }
  return <>{render(data)}</>;
}

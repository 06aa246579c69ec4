// The content script's lifetime: it ends when the extension is reloaded, updated or removed under a page that
// stays open. WXT's ContentScriptContext does this too, but it also posts a window message at start (to stop
// older copies of itself), which every page's own scripts can see: a way to detect the extension, and a cost on
// every page. Manifest content scripts are never injected twice into one document, so only the end is needed.
import { browser } from 'wxt/browser';

export interface Lifetime {
  readonly isValid: boolean;
  readonly isInvalid: boolean;
  /** Called once when the extension goes away; returns a function that removes the callback. */
  onInvalidated(cb: () => void): () => void;
  /** setTimeout / requestAnimationFrame whose callback never runs once the extension has gone. */
  setTimeout(fn: () => void, ms: number): number;
  requestAnimationFrame(fn: (time: number) => void): number;
  /** What WXT's shadow-root UI reads from a context (lib/page/popover-host.ts passes this one). */
  readonly options?: undefined;
}

export function createLifetime(): Lifetime {
  const abort = new AbortController();
  const check = () => {
    // The API object loses its id when the extension goes away (reload, update, uninstall).
    if (!abort.signal.aborted && browser.runtime?.id == null) abort.abort();
    return !abort.signal.aborted;
  };
  return {
    get isValid() {
      return check();
    },
    get isInvalid() {
      return !check();
    },
    onInvalidated(cb) {
      abort.signal.addEventListener('abort', cb, { once: true });
      return () => abort.signal.removeEventListener('abort', cb);
    },
    setTimeout(fn, ms) {
      return window.setTimeout(() => {
        if (check()) fn();
      }, ms);
    },
    requestAnimationFrame(fn) {
      return window.requestAnimationFrame((t) => {
        if (check()) fn(t);
      });
    },
  };
}

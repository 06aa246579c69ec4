// When a content script may start working: after the page's load event, so that nothing of ours runs while the
// page is still loading and the load event (which the page's own scripts and the browser's spinner wait for) is
// never later for us. A page whose last subresources hang does not keep its names hidden for long: past
// LOAD_WAIT_MS from the script's start, the work starts anyway.

/** How long to wait for a load event that has not come. */
export const LOAD_WAIT_MS = 1500;

/** Resolves once the document has loaded (at once if it has), or after `maxMs`. */
export function afterLoad(doc: Document = document, maxMs = LOAD_WAIT_MS): Promise<void> {
  if (doc.readyState === 'complete') return Promise.resolve();
  const win = doc.defaultView;
  if (!win) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      win.removeEventListener('load', done);
      clearTimeout(timer);
      // The load event's own task stays the page's: our work begins in a task after it.
      setTimeout(resolve, 0);
    };
    const timer = setTimeout(done, maxMs);
    win.addEventListener('load', done);
  });
}

// The outcome of "Add this page to Backgrounder" from the context menu, shown on the page itself (there is no
// popup open to show it): one line of text in a closed shadow root, in the top layer, for a few seconds. Its host
// is the only node it adds to the page, and only while it shows. Written with the DOM alone, not Preact: it is
// part of the small lazily loaded extraction module (entrypoints/page-extract.ts).

export const NOTICE_TAG = 'backgrounder-notice';
/** Long enough to read a two-line message; the pointer resting on it keeps it. */
const SHOW_MS = 7000;

const CSS = `
:host { all: initial; }
.notice { all: initial; position: fixed; inset: auto 16px 16px auto; margin: 0; max-width: 360px; box-sizing: border-box;
  padding: 10px 36px 10px 12px; border-radius: 8px; border: 1px solid #c9ced6; background: #fff; color: #1f2328;
  font: 14px/1.4 system-ui, -apple-system, "Segoe UI", sans-serif; box-shadow: 0 4px 16px rgba(0,0,0,.18); z-index: 2147483647; }
.notice.error { border-color: #d1242f; }
.title { display: block; font-weight: 600; margin-bottom: 2px; }
button { all: initial; position: absolute; top: 6px; right: 8px; cursor: pointer; font: 16px/1 system-ui, sans-serif;
  color: inherit; padding: 4px; border-radius: 4px; }
button:focus-visible { outline: 2px solid #0969da; }
@media (prefers-color-scheme: dark) { .notice { background: #22272e; color: #e6edf3; border-color: #444c56; } }
`;

let current: { remove(): void } | undefined;

/** Shows `text` (untrusted: always as text) until it times out, is closed, or another notice replaces it. */
export function showNotice(text: string, ok: boolean, doc: Document = document): void {
  current?.remove();
  const host = doc.createElement(NOTICE_TAG);
  const root = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = CSS;
  const box = doc.createElement('div');
  box.className = ok ? 'notice' : 'notice error';
  box.setAttribute('role', ok ? 'status' : 'alert');
  if ('showPopover' in box) box.setAttribute('popover', 'manual');
  const title = doc.createElement('span');
  title.className = 'title';
  title.textContent = 'Backgrounder';
  const body = doc.createElement('span');
  body.textContent = text;
  const close = doc.createElement('button');
  close.type = 'button';
  close.setAttribute('aria-label', 'Close');
  close.textContent = '×';
  box.append(title, body, close);
  root.append(style, box);
  doc.documentElement.append(host);
  (box as HTMLElement & { showPopover?: () => void }).showPopover?.();

  let timer = setTimeout(() => remove(), SHOW_MS);
  const remove = () => {
    clearTimeout(timer);
    host.remove();
    if (current === handle) current = undefined;
  };
  const handle = { remove };
  current = handle;
  close.addEventListener('click', remove);
  box.addEventListener('pointerenter', () => clearTimeout(timer));
  box.addEventListener('pointerleave', () => {
    timer = setTimeout(remove, SHOW_MS / 2);
  });
}

const FOCUSABLE = 'button:not([disabled]), a[href], [tabindex]:not([tabindex="-1"])';

/**
 * Keeps Tab inside a non-modal dialog, cycling through its controls in order. The move is made here rather
 * than left to the browser: a popover in the top layer sits in a different place in each browser's
 * sequential focus order. The dialog lives in a shadow root, so the active element is read from that root.
 */
export function cycleTab(event: KeyboardEvent, dialog: HTMLElement): void {
  if (event.key !== 'Tab' || event.altKey || event.ctrlKey || event.metaKey) return;
  event.preventDefault();
  const items = [...dialog.querySelectorAll<HTMLElement>(FOCUSABLE)];
  if (!items.length) return;
  const active = (dialog.getRootNode() as Document | ShadowRoot).activeElement;
  const at = items.indexOf(active as HTMLElement);
  const next = event.shiftKey ? (at <= 0 ? items.length - 1 : at - 1) : (at + 1) % items.length;
  items[next]?.focus();
}

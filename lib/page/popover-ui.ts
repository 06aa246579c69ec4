// The seam between the content script and the popover UI it loads on first need (popover-loader.ts).
// The UI (Preact, Floating UI, components/popover, WXT's shadow-root UI) is built as its own ES module,
// entrypoints/popover-ui.ts; the content script passes it what it must not bundle again (the context, and
// actions that talk to the background), so it carries no copy of the messaging or storage code.
import type { Lifetime } from './lifetime.ts';
import type { PopoverActions, PopoverHost } from './popover-host.ts';

export type { DismissReason, PopoverActions, PopoverContent, PopoverHost, ShowOptions } from './popover-host.ts';

/** What the popover UI module exports (as its default export). */
export interface PopoverUi {
  /** The popover host, detached: nothing is added to the page until it shows something. */
  createPopoverHost(ctx: Lifetime, actions: PopoverActions): Promise<PopoverHost>;
}

/** The path of the built module inside the extension (web-accessible, see wxt.config.ts). */
export const POPOVER_UI_PATH = '/popover-ui.js';

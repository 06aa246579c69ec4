// The popover UI as a separately built ES module, imported by the content script when hover first needs it
// (lib/page/popover-loader.ts), so pages load and evaluate only the small core. wxt.config.ts builds this
// unlisted script as an ES module (WXT builds them as IIFEs) and makes it web-accessible.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { createPopoverHost } from '../lib/page/popover-host.ts';
import type { PopoverUi } from '../lib/page/popover-ui.ts';

export default defineUnlistedScript({
  // An ES module has no IIFE to name, and must not end with a reference to one.
  globalName: false,
  main: (): PopoverUi => ({ createPopoverHost }),
});

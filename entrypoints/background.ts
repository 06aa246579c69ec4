import { defineBackground } from 'wxt/utils/define-background';
import { registerBrowserUi } from '../lib/background/browser-ui.ts';
import { createHandlers } from '../lib/background/handlers.ts';
import { createPackStore } from '../lib/background/pack-store.ts';
import { handleBackgroundMessages } from '../lib/messaging.ts';

export default defineBackground(() => {
  const pack = createPackStore();
  handleBackgroundMessages(createHandlers(pack));
  registerBrowserUi(pack);
});

import { defineBackground } from 'wxt/utils/define-background';
import { registerBrowserUi } from '../lib/background/browser-ui.ts';
import { createHandlers } from '../lib/background/handlers.ts';
import { importIngestOnInstall } from '../lib/background/ingest-loader.ts';
import { createPackStore } from '../lib/background/pack-store.ts';
import { createUserArticlesInBrowser } from '../lib/background/user-articles.ts';
import { handleBackgroundMessages } from '../lib/messaging.ts';

export default defineBackground(() => {
  const pack = createPackStore();
  const userArticles = createUserArticlesInBrowser();
  handleBackgroundMessages(createHandlers(pack, userArticles));
  registerBrowserUi(pack, userArticles);
  importIngestOnInstall();
});

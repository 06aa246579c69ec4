// The background's modules that Chromium's service worker loads only on first use (lib/background/deferred.ts):
// this script sets one global, which the stubs in background.js read.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { DEFERRED_GLOBAL, type DeferredRegistry } from '../lib/background/deferred.ts';
import * as handlers from '../lib/background/user-article-handlers.ts';
import * as sharded from '../lib/search/sharded.ts';
import * as store from '../lib/storage/user-articles.ts';
import * as answers from '../lib/user-layer/answers.ts';
import * as link from '../lib/user-layer/link.ts';
import * as pageMatcher from '../lib/user-layer/page-matcher.ts';
import * as search from '../lib/user-layer/search.ts';

export default defineUnlistedScript({
  // Firefox's background page imports these modules itself (modules/deferred-background.ts splits Chromium's only).
  exclude: ['firefox'],
  main() {
    const registry: DeferredRegistry = {
      'lib/search/sharded.ts': sharded,
      'lib/user-layer/search.ts': search,
      'lib/user-layer/answers.ts': answers,
      'lib/user-layer/link.ts': link,
      'lib/user-layer/page-matcher.ts': pageMatcher,
      'lib/background/user-article-handlers.ts': handlers,
      'lib/storage/user-articles.ts': store,
    };
    (globalThis as unknown as Record<string, DeferredRegistry>)[DEFERRED_GLOBAL] = registry;
  },
});

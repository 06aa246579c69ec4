import type { BackgroundHandlers } from '../messaging.ts';
import { activationHandlers } from './activation-handlers.ts';
import { badgeHandlers } from './badge.ts';
import { briefingHandlers } from './briefing-handlers.ts';
import type { MergedStore } from './merged-store.ts';
import { pageStyleHandlers } from './page-styles.ts';
import { searchHandlers } from './search-handlers.ts';
import type { UserArticles } from './user-article-handlers.ts';

/** Every ToBackground message has exactly one handler; the type makes a missing one a compile error. */
export function createHandlers(store: MergedStore, userArticles: UserArticles): BackgroundHandlers {
  return {
    ...activationHandlers(store),
    ...briefingHandlers(store),
    ...searchHandlers(store),
    ...badgeHandlers(),
    ...pageStyleHandlers(),
    ...userArticles.handlers,
  };
}

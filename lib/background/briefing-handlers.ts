import { browser } from 'wxt/browser';
import { type BriefingRoute, routeToHash } from '../briefing/links.ts';
import type { BackgroundHandlers } from '../messaging.ts';
import type { PackStore } from './pack-store.ts';

// Briefings, dossiers and article views, precomputed by the build: each answer is one file of the layout, read when
// asked for (and then from the store's cache).
export function briefingHandlers(
  store: PackStore,
): Pick<BackgroundHandlers, 'getBriefing' | 'findEntity' | 'getDossier' | 'getArticle' | 'openBriefingPage'> {
  return {
    getBriefing: ({ entityId }) => store.briefing(entityId),
    findEntity: async ({ text }) => {
      const entityId = await store.findEntity(text);
      return entityId ? { entityId } : null;
    },
    getDossier: ({ entityId }) => store.dossier(entityId),
    getArticle: ({ articleId }) => store.article(articleId),
    openBriefingPage: async ({ route }, sender) => {
      await openBriefingPage(route, sender.tab?.id);
      return null;
    },
  };
}

/** Opens the briefing page in a new tab beside the one the reader came from (tabs.create needs no permission). */
export async function openBriefingPage(route: BriefingRoute, openerTabId?: number): Promise<void> {
  const url = `${browser.runtime.getURL('/briefing.html')}${routeToHash(route)}`;
  await browser.tabs.create(openerTabId === undefined ? { url } : { url, openerTabId });
}

import { browser } from 'wxt/browser';
import { buildArticleView } from '../briefing/article-view.ts';
import { buildBriefing } from '../briefing/briefing.ts';
import { buildDossier } from '../briefing/dossier.ts';
import { findEntity } from '../briefing/find-entity.ts';
import { type BriefingRoute, routeToHash } from '../briefing/links.ts';
import type { BackgroundHandlers } from '../messaging.ts';
import type { PackStore } from './pack-store.ts';

// Briefings, dossiers and article views, assembled on request from the pack the background keeps loaded.
export function briefingHandlers(
  store: PackStore,
): Pick<BackgroundHandlers, 'getBriefing' | 'findEntity' | 'getDossier' | 'getArticle' | 'openBriefingPage'> {
  return {
    getBriefing: async ({ entityId }) => buildBriefing(await store.get(), entityId),
    findEntity: async ({ text }) => {
      const entity = findEntity((await store.get()).pack, text);
      return entity ? { entityId: entity.id } : null;
    },
    getDossier: async ({ entityId }) => buildDossier(await store.get(), entityId),
    getArticle: async ({ articleId }) => buildArticleView(await store.get(), articleId),
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

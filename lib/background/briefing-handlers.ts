import { browser } from 'wxt/browser';
import { type BriefingRoute, routeToHash } from '../briefing/links.ts';
import { alsoFor, sharedChoice, withSharedNames } from '../briefing/shared-names.ts';
import type { BackgroundHandlers } from '../messaging.ts';
import type { PackStore } from './pack-store.ts';

// Briefings, dossiers and article views, precomputed by the build: each answer is one file of the layout, read when
// asked for (and then from the store's cache).
export function briefingHandlers(
  store: PackStore,
): Pick<BackgroundHandlers, 'getBriefing' | 'findEntity' | 'getDossier' | 'getArticle' | 'openBriefingPage'> {
  return {
    getBriefing: async ({ entity, shared }) => {
      performance.mark('backgrounder:get-briefing');
      const briefing = await store.briefingAt(entity);
      const also = briefing && shared !== undefined ? alsoFor(await store.sharedForms(), shared, entity) : undefined;
      return briefing && also ? { ...briefing, also } : briefing;
    },
    findEntity: async ({ text }) => {
      const entityId = await store.findEntity(text);
      const entity = entityId ? await store.entityNumber(entityId) : -1;
      return entity >= 0 ? { entity } : null;
    },
    getDossier: async ({ entityId, form }) => {
      const dossier = await store.dossier(entityId);
      const also = dossier && form ? sharedChoice(await store.sharedForms(), form, entityId) : undefined;
      return dossier && also ? { ...dossier, also } : dossier;
    },
    getArticle: async ({ articleId }) => {
      const view = await store.article(articleId);
      return view ? withSharedNames(view, await store.sharedForms()) : null;
    },
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

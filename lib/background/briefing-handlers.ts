import { browser } from 'wxt/browser';
import { buildArticleView } from '../briefing/article-view.ts';
import { buildBriefing } from '../briefing/briefing.ts';
import { buildDossier } from '../briefing/dossier.ts';
import { findEntity } from '../briefing/find-entity.ts';
import { type BriefingRoute, routeToHash } from '../briefing/links.ts';
import { sharedChoice, withSharedNames } from '../briefing/shared-names.ts';
import type { BackgroundHandlers } from '../messaging.ts';
import { alsoFor, entityNumber } from './activation-handlers.ts';
import type { PackStore } from './pack-store.ts';

// Briefings, dossiers and article views, assembled on request from the pack the background keeps loaded.
export function briefingHandlers(
  store: PackStore,
): Pick<BackgroundHandlers, 'getBriefing' | 'findEntity' | 'getDossier' | 'getArticle' | 'openBriefingPage'> {
  return {
    getBriefing: async ({ entity, shared }) => {
      const loaded = await store.get();
      const id = loaded.matcher.entities[entity]?.[0];
      const briefing = id === undefined ? null : buildBriefing(loaded, id);
      const also = alsoFor(loaded.matcher, shared, entity);
      return briefing && also ? { ...briefing, also } : briefing;
    },
    findEntity: async ({ text }) => {
      const loaded = await store.get();
      const entity = findEntity(loaded.pack, text);
      const n = entity ? entityNumber(loaded.matcher, entity.id) : -1;
      return n >= 0 ? { entity: n } : null;
    },
    getDossier: async ({ entityId, form }) => {
      const loaded = await store.get();
      const dossier = buildDossier(loaded, entityId);
      const also = form ? sharedChoice(loaded.matcher, form, entityId) : undefined;
      return dossier && also ? { ...dossier, also } : dossier;
    },
    getArticle: async ({ articleId }) => {
      const loaded = await store.get();
      const view = buildArticleView(loaded, articleId);
      return view ? withSharedNames(view, loaded.matcher) : null;
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

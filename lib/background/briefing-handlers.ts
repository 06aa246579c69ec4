import type { BackgroundHandlers } from '../messaging.ts';
import type { PackStore } from './pack-store.ts';

// Owned by the popover issue (#5): assembles briefings, dossiers and article views from the pack.
export function briefingHandlers(
  store: PackStore,
): Pick<BackgroundHandlers, 'getBriefing' | 'findEntity' | 'getDossier' | 'getArticle'> {
  return {
    getBriefing: async ({ entityId }) => {
      const { entities } = await store.get();
      const e = entities.get(entityId);
      return e
        ? {
            entity: { id: e.id, name: e.name, kind: e.kind, description: e.description },
            quotes: [],
            totalQuotes: 0,
            related: [],
          }
        : null;
    },
    findEntity: async () => null,
    getDossier: async () => null,
    getArticle: async () => null,
  };
}

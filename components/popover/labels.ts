import type { EntityKind } from '../../lib/corpus/types.ts';

export const KIND_LABEL: Record<EntityKind, string> = {
  person: 'Person',
  organization: 'Organization',
  place: 'Place',
  term: 'Term',
};

// Small hand-built packs for matcher tests: only what the matcher reads (ids, names, kinds, aliases).
import type { Entity, EntityKind, Pack } from '../../../lib/corpus/types.ts';
import { PACK_VERSION } from '../../../lib/corpus/types.ts';

export type EntitySpec = [id: string, kind: EntityKind, name: string, ...aliases: string[]];

export function entity([id, kind, name, ...aliases]: EntitySpec): Entity {
  return { id, name, kind, aliases: [name, ...aliases], mentions: [], related: [], quoteIds: [], sentences: [] };
}

export function packOf(...specs: EntitySpec[]): Pack {
  return { version: PACK_VERSION, articles: [], entities: specs.map(entity), quotes: [], index: null };
}

/**
 * A pack whose entities are mentioned in one article as often as `mentions` says, by the form given: what the
 * matcher counts to order a shared form's candidates.
 */
export function packWithMentions(...specs: [EntitySpec, Record<string, number>][]): Pack {
  const paragraphs: string[] = [];
  const entities = specs.map(([spec, mentions]) => {
    const e = entity(spec);
    for (const [form, times] of Object.entries(mentions)) {
      for (let i = 0; i < times; i++) {
        e.mentions.push({ articleId: 'a-1', paragraph: paragraphs.length, start: 0, end: form.length });
        paragraphs.push(`${form} said.`);
      }
    }
    return e;
  });
  const article = { id: 'a-1', file: 'a.txt', title: 'A', titleDerived: false, paragraphs };
  return { version: PACK_VERSION, articles: [article], entities, quotes: [], index: null };
}

/** `pack` with one article of `paragraphs`: the corpus text the matcher's build reads words' lower-case uses from. */
export function withText(pack: Pack, ...paragraphs: string[]): Pack {
  const article = { id: 'a-text', file: 'text.txt', title: 'Text', titleDerived: false, paragraphs };
  return { ...pack, articles: [...pack.articles, article] };
}

/** Prose that uses "long" and "law" as the words they are. */
export const PROSE = 'A long day in a long week: the law is the law.';

export const NEWS = packOf(
  ['person:jens-stoltenberg', 'person', 'Jens Stoltenberg', 'Stoltenberg', 'NATO chief', 'head of NATO'],
  ['organization:nato', 'organization', 'NATO', 'North Atlantic Treaty Organization', 'the alliance', 'Alliance'],
  ['place:ukraine', 'place', 'Ukraine'],
  ['person:boris-johnson', 'person', 'Boris Johnson', 'Johnson', 'Prime Minister', 'President'],
  ['place:new-york', 'place', 'New York'],
  ['organization:new-york-times', 'organization', 'New York Times', 'The New York Times'],
  ['place:us', 'place', 'United States', 'US', 'U.S.'],
  ['place:ivory-coast', 'place', 'Côte d’Ivoire'],
  ['organization:g7', 'organization', 'G7'],
  ['organization:osw', 'organization', 'Center for Eastern Studies'],
);

// What the popup lists, as plain data: search results, or the start state with the names on this page.
// One flat order across groups, so arrow keys walk from people to quotes to articles without stopping.
import type { BriefingRoute } from '../../lib/briefing/links.ts';
import type { EntityKind } from '../../lib/corpus/types.ts';
import type { PageName } from '../../lib/messaging.ts';
import type { MatchRange, SearchResults, StartState } from '../../lib/search/types.ts';

export type Choice = { open: BriefingRoute } | { reveal: string };

export type ItemView =
  | {
      type: 'entity';
      name: string;
      kind: EntityKind;
      marks?: MatchRange[];
      description?: string;
      /** "12 on this page" or "8 quotes". */
      count?: { value: number; unit: 'mention' | 'quote' };
    }
  | { type: 'quote'; text: string; marks: MatchRange[]; speaker: string | null; articleTitle: string }
  | { type: 'article'; title: string; snippet: string; marks: MatchRange[] };

export interface ResultItem {
  key: string;
  choice: Choice;
  view: ItemView;
}

export interface ResultGroup {
  id: string;
  label: string;
  items: ResultItem[];
}

export function searchGroups(results: SearchResults): ResultGroup[] {
  const entity = (e: SearchResults['people'][number]): ResultItem => ({
    key: `entity:${e.id}`,
    choice: { open: { view: 'entity', entityId: e.id } },
    view: { type: 'entity', name: e.name, kind: e.kind, marks: e.marks, description: e.description },
  });
  return nonEmpty([
    { id: 'people', label: 'People', items: results.people.map(entity) },
    { id: 'entities', label: 'Organizations, places and terms', items: results.entities.map(entity) },
    {
      id: 'quotes',
      label: 'Quotes',
      items: results.quotes.map((q) => ({
        key: `quote:${q.id}`,
        // A headline quote has paragraph -1: the article opens at its top.
        choice: {
          open: { view: 'article', articleId: q.articleId, paragraph: atParagraph(q.paragraph), quoteId: q.id },
        },
        view: { type: 'quote', text: q.text, marks: q.marks, speaker: q.speaker, articleTitle: q.articleTitle },
      })),
    },
    {
      id: 'articles',
      label: 'Articles',
      items: results.articles.map((a) => ({
        key: `article:${a.id}:${a.paragraph}`,
        choice: { open: { view: 'article', articleId: a.id, paragraph: atParagraph(a.paragraph) } },
        view: { type: 'article', title: a.title, snippet: a.snippet, marks: a.marks },
      })),
    },
  ]);
}

export function startGroups(start: StartState | undefined, pageNames: readonly PageName[]): ResultGroup[] {
  return nonEmpty([
    {
      id: 'page',
      label: 'On this page',
      items: pageNames.map((n) => ({
        key: `page:${n.entityId}`,
        choice: { reveal: n.entityId },
        view: { type: 'entity', name: n.name, kind: n.kind, count: { value: n.count, unit: 'mention' } },
      })),
    },
    {
      id: 'top',
      label: 'Most quoted',
      items: (start?.topPeople ?? []).map((p) => ({
        key: `top:${p.id}`,
        choice: { open: { view: 'entity', entityId: p.id } },
        view: {
          type: 'entity',
          name: p.name,
          kind: p.kind,
          description: p.description,
          count: { value: p.quoteCount, unit: 'quote' },
        },
      })),
    },
  ]);
}

function atParagraph(n: number): number | undefined {
  return n >= 0 ? n : undefined;
}

function nonEmpty(groups: ResultGroup[]): ResultGroup[] {
  return groups.filter((g) => g.items.length > 0);
}

export function flatItems(groups: readonly ResultGroup[]): ResultItem[] {
  return groups.flatMap((g) => g.items);
}

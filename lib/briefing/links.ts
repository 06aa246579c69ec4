// Deep links into the briefing page, kept in the URL hash so they work on load, on hashchange and from
// the popover's "More": briefing.html#entity=<id>, #article=<id>&p=<n>[&quote=<id>], #q=<search>.
import * as v from 'valibot';

const id = v.pipe(v.string(), v.minLength(1), v.maxLength(200));

export const briefingRouteSchema = v.variant('view', [
  // `form`: the link came from a name several entities claim, so the dossier can offer the others.
  v.object({ view: v.literal('entity'), entityId: id, form: v.optional(v.pipe(v.string(), v.maxLength(200))) }),
  v.object({
    view: v.literal('article'),
    articleId: id,
    paragraph: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
    quoteId: v.optional(id),
  }),
  v.object({ view: v.literal('search'), query: v.pipe(v.string(), v.maxLength(500)) }),
  v.object({ view: v.literal('home') }),
]);

export type BriefingRoute = v.InferOutput<typeof briefingRouteSchema>;

export function routeToHash(route: BriefingRoute): string {
  const params = new URLSearchParams();
  switch (route.view) {
    case 'entity':
      params.set('entity', route.entityId);
      if (route.form) params.set('as', route.form);
      break;
    case 'article':
      params.set('article', route.articleId);
      if (route.paragraph !== undefined) params.set('p', String(route.paragraph));
      if (route.quoteId) params.set('quote', route.quoteId);
      break;
    case 'search':
      params.set('q', route.query);
      break;
    case 'home':
      return '';
  }
  return `#${params.toString()}`;
}

/** Any hash, including hand-edited or stale ones, parses to a route; what cannot be read is the home view. */
export function parseHash(hash: string): BriefingRoute {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const entityId = params.get('entity');
  if (entityId) {
    const form = params.get('as');
    return form ? { view: 'entity', entityId, form: form.slice(0, 200) } : { view: 'entity', entityId };
  }
  const articleId = params.get('article');
  if (articleId) {
    const route: BriefingRoute = { view: 'article', articleId };
    const p = params.get('p');
    if (p && /^\d{1,6}$/.test(p)) route.paragraph = Number(p);
    const quoteId = params.get('quote');
    if (quoteId) route.quoteId = quoteId;
    return route;
  }
  const query = params.get('q');
  if (query !== null) return { view: 'search', query };
  return { view: 'home' };
}

/** Paragraph element ids in the reader, so `#article=…&p=3` can scroll to `p-3`. */
export const paragraphAnchor = (n: number) => `p-${n}`;

/** The reader at a quote; a headline quote (paragraph -1) opens the article at its top. */
export function quoteRoute(q: { articleId: string; paragraph: number; id: string }): BriefingRoute {
  const route: BriefingRoute = { view: 'article', articleId: q.articleId, quoteId: q.id };
  if (q.paragraph >= 0) route.paragraph = q.paragraph;
  return route;
}

// Answers about the merged corpus: the bundled layout's precomputed answer (when the entity or article is
// bundled) merged with what lib/briefing builds from the reader's articles. Quotes from added articles come
// first within each group (said by, then about: the house order), since the reader added them, most recent first.
import { buildArticleView } from '../briefing/article-view.ts';
import { citedQuotes, POPOVER_QUOTES, RELATED_LIMIT, relatedSummaries, summarize } from '../briefing/briefing.ts';
import { buildDossier, DOSSIER_RELATED } from '../briefing/dossier.ts';
import { findEntity } from '../briefing/find-entity.ts';
import { indexByIds, memoByPack, type PackIndex } from '../briefing/pack-index.ts';
import type { ArticleView, Briefing, CitedQuote, Dossier, EntitySummary } from '../briefing/types.ts';
import type { UserCorpus } from './link.ts';

const indexOf: (pack: UserCorpus['pack']) => PackIndex = memoByPack(indexByIds);

/** The quotes the reader's articles hold by and about the entity, each citing the page it came from. */
function userQuotes(corpus: UserCorpus, entityId: string): CitedQuote[] {
  const index = indexOf(corpus.pack);
  const entity = index.entities.get(entityId);
  if (!entity) return [];
  return citedQuotes(index, entity).map((q) => {
    const url = corpus.sources.get(q.articleId)?.url;
    return url ? { ...q, url } : q;
  });
}

/** The popover's briefing: the bundled one (or none) with the reader's quotes and related names merged in. */
export function mergedBriefing(corpus: UserCorpus | null, entityId: string, bundled: Briefing | null): Briefing | null {
  const index = corpus ? indexOf(corpus.pack) : undefined;
  const entity = index?.entities.get(entityId);
  if (!corpus || !index || !entity) return bundled;
  const own = userQuotes(corpus, entityId);
  const related = relatedSummaries(index, entity, RELATED_LIMIT);
  if (!bundled) {
    return {
      entity: summarize(entity),
      quotes: own.slice(0, POPOVER_QUOTES),
      totalQuotes: own.length,
      related,
    };
  }
  const quotes = inHouseOrder(own, bundled.quotes).slice(0, POPOVER_QUOTES);
  return {
    ...bundled,
    entity: withDescription(bundled.entity, entity.description),
    quotes,
    totalQuotes: bundled.totalQuotes + own.length,
    related: union(bundled.related, related, entityId).slice(0, RELATED_LIMIT),
  };
}

/** The briefing page's dossier: the reader's articles first, then the bundled ones. */
export function mergedDossier(corpus: UserCorpus | null, entityId: string, bundled: Dossier | null): Dossier | null {
  if (!corpus) return bundled;
  const own = buildDossier(indexOf(corpus.pack), entityId);
  if (!own) return bundled;
  for (const group of own.articles) {
    const url = corpus.sources.get(group.article.id)?.url;
    if (url) for (const q of group.quotes) q.url = url;
  }
  if (!bundled) return own;
  const aliases = [...new Set([...bundled.entity.aliases, ...own.entity.aliases])];
  return {
    ...bundled,
    entity: { ...withDescription(bundled.entity, own.entity.description), aliases },
    articles: [...own.articles, ...bundled.articles],
    related: union(bundled.related, own.related, entityId).slice(0, DOSSIER_RELATED),
  };
}

/** An added article for the reader, or null when it is not one. */
export function userArticle(corpus: UserCorpus | null, articleId: string): ArticleView | null {
  return corpus ? buildArticleView(indexOf(corpus.pack), articleId) : null;
}

/** The entity a selection names among the reader's articles' entities, or null. */
export function userFindEntity(corpus: UserCorpus | null, text: string): string | null {
  return corpus ? (findEntity(corpus.pack, text)?.id ?? null) : null;
}

function inHouseOrder(own: readonly CitedQuote[], bundled: readonly CitedQuote[]): CitedQuote[] {
  const by = (list: readonly CitedQuote[], r: CitedQuote['relation']) => list.filter((q) => q.relation === r);
  return [...by(own, 'by'), ...by(bundled, 'by'), ...by(own, 'about'), ...by(bundled, 'about')];
}

function union(a: readonly EntitySummary[], b: readonly EntitySummary[], self: string): EntitySummary[] {
  const seen = new Set([self]);
  const out: EntitySummary[] = [];
  for (const e of [...a, ...b]) {
    if (seen.has(e.id)) continue;
    seen.add(e.id);
    out.push(e);
  }
  return out;
}

function withDescription<T extends EntitySummary>(e: T, description: string | undefined): T {
  return e.description || !description ? e : { ...e, description };
}

import type { Entity } from '../corpus/types.ts';
import type { PackIndex } from './pack-index.ts';
import type { Briefing, CitedQuote, EntitySummary } from './types.ts';

/** The popover has room for a few quotes; the briefing page shows them all. */
export const POPOVER_QUOTES = 3;
export const RELATED_LIMIT = 6;

export interface BriefingLimits {
  quotes?: number;
  related?: number;
}

export function summarize(e: Entity): EntitySummary {
  const s: EntitySummary = { id: e.id, name: e.name, kind: e.kind };
  if (e.description) s.description = e.description;
  return s;
}

/**
 * Every quote by and about an entity: said by it first, then those about it, each group in the pack's
 * relevance order. The same words reported by two articles appear once (the first, most relevant, wins).
 */
export function citedQuotes(index: PackIndex, entity: Entity): CitedQuote[] {
  const by: CitedQuote[] = [];
  const about: CitedQuote[] = [];
  const seen = new Set<string>();
  for (const id of entity.quoteIds) {
    const q = index.quotes.get(id);
    const article = q && index.articles.get(q.articleId);
    if (!q || !article) continue;
    const key = `${q.speakerId ?? q.speaker ?? ''}\u0000${wording(q.text)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const relation = q.speakerId === entity.id ? 'by' : 'about';
    const cited: CitedQuote = {
      id: q.id,
      text: q.text,
      speaker: q.speaker,
      speakerId: q.speakerId,
      relation,
      articleId: article.id,
      articleTitle: article.title,
      paragraph: q.paragraph,
    };
    if (article.date) cited.date = article.date;
    if (article.source) cited.source = article.source;
    (relation === 'by' ? by : about).push(cited);
  }
  return [...by, ...about];
}

function wording(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export function relatedSummaries(index: PackIndex, entity: Entity, limit = RELATED_LIMIT): EntitySummary[] {
  const out: EntitySummary[] = [];
  for (const id of entity.related) {
    if (out.length >= limit) break;
    const r = index.entities.get(id);
    if (r && r.id !== entity.id) out.push(summarize(r));
  }
  return out;
}

/** The popover's briefing for one entity; null when the pack does not know the id. */
export function buildBriefing(index: PackIndex, entityId: string, limits: BriefingLimits = {}): Briefing | null {
  const entity = index.entities.get(entityId);
  if (!entity) return null;
  const all = citedQuotes(index, entity);
  return {
    entity: summarize(entity),
    quotes: all.slice(0, Math.max(0, limits.quotes ?? POPOVER_QUOTES)),
    totalQuotes: all.length,
    related: relatedSummaries(index, entity, limits.related ?? RELATED_LIMIT),
  };
}

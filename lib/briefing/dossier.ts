import type { Article } from '../corpus/types.ts';
import { citedQuotes, relatedSummaries, summarize } from './briefing.ts';
import type { PackIndex } from './pack-index.ts';
import type { Dossier, DossierArticle } from './types.ts';

/** The briefing page shows every related entity the texts give, not the popover's short list. */
export const DOSSIER_RELATED = 24;
/**
 * A dossier is one page: at most this many quotes (the most relevant) and this many articles that only name the
 * entity; the rest are counted, and search finds them. A name in thousands of articles stays a readable page.
 */
export const DOSSIER_QUOTES = 200;
export const DOSSIER_MENTION_ARTICLES = 100;

/**
 * Everything the pack holds on one entity, grouped by article. Articles come in order of relevance: first
 * those with its own quotes (in the pack's quote order), then quotes about it, key sentences, bare mentions.
 */
export function buildDossier(index: PackIndex, entityId: string): Dossier | null {
  const entity = index.entities.get(entityId);
  if (!entity) return null;
  const groups = new Map<string, DossierArticle>();
  const group = (article: Article): DossierArticle => {
    let g = groups.get(article.id);
    if (!g) {
      g = {
        article: pickArticle(article),
        quotes: [],
        sentences: [],
        mentionCount: 0,
        firstParagraph: Number.POSITIVE_INFINITY,
      };
      groups.set(article.id, g);
    }
    return g;
  };

  const cited = citedQuotes(index, entity);
  for (const q of cited.slice(0, DOSSIER_QUOTES)) {
    const article = index.articles.get(q.articleId);
    const source = index.quotes.get(q.id);
    if (!article || !source) continue;
    // A headline quote's offsets are within the title.
    const context = source.inTitle ? article.title : (article.paragraphs[q.paragraph] ?? '');
    group(article).quotes.push({ ...q, context, start: source.start, end: source.end });
  }
  for (const s of entity.sentences) {
    const article = index.articles.get(s.articleId);
    const text = article?.paragraphs[s.paragraph]?.slice(s.start, s.end);
    if (article && text) group(article).sentences.push({ ...s, text });
  }
  const withText = groups.size;
  const mentionOnly = new Set<string>();
  for (const m of entity.mentions) {
    const article = index.articles.get(m.articleId);
    if (!article) continue;
    if (!groups.has(article.id)) {
      mentionOnly.add(article.id);
      if (groups.size - withText >= DOSSIER_MENTION_ARTICLES) continue;
    }
    const g = group(article);
    g.mentionCount += 1;
    g.firstParagraph = Math.min(g.firstParagraph, m.paragraph);
  }

  const articles = [...groups.values()];
  for (const g of articles) {
    // Within an article, its own words first, then reading order: the context reads top to bottom.
    g.quotes.sort(
      (a, b) =>
        Number(a.relation === 'about') - Number(b.relation === 'about') ||
        a.paragraph - b.paragraph ||
        a.start - b.start,
    );
    g.sentences.sort((a, b) => a.paragraph - b.paragraph || a.start - b.start);
    if (!Number.isFinite(g.firstParagraph)) {
      g.firstParagraph = Math.max(
        0,
        Math.min(...g.quotes.map((q) => q.paragraph), ...g.sentences.map((s) => s.paragraph)),
      );
    }
  }
  const dossier: Dossier = {
    entity: { ...summarize(entity), aliases: [...entity.aliases] },
    articles,
    related: relatedSummaries(index, entity, DOSSIER_RELATED),
  };
  const moreQuotes = Math.max(0, cited.length - DOSSIER_QUOTES);
  const moreArticles = Math.max(0, mentionOnly.size - DOSSIER_MENTION_ARTICLES);
  if (moreQuotes > 0 || moreArticles > 0) dossier.more = { quotes: moreQuotes, articles: moreArticles };
  return dossier;
}

function pickArticle(a: Article): DossierArticle['article'] {
  const out: DossierArticle['article'] = { id: a.id, title: a.title };
  if (a.date) out.date = a.date;
  if (a.source) out.source = a.source;
  if (a.byline) out.byline = a.byline;
  return out;
}

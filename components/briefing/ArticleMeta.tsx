import { displayDate } from '../../lib/briefing/citation.ts';
import type { Article } from '../../lib/corpus/types.ts';

/** Source, date and byline, as far as the article gives them. */
export function ArticleMeta({ article }: { article: Pick<Article, 'source' | 'date' | 'byline'> }) {
  const parts = [article.source, displayDate(article.date), article.byline].filter(Boolean);
  return parts.length ? <p class="meta">{parts.join(' · ')}</p> : null;
}

import { quoteRoute, routeToHash } from '../../lib/briefing/links.ts';
import type { SearchResults } from '../../lib/search/types.ts';
import { KIND_LABEL } from '../popover/labels.ts';
import { Marked } from '../shared/Marked.tsx';

/** Results for a query: names (people first), quotes and articles, each linking into the briefing page. */
export function SearchResultsView({ results }: { results: SearchResults }) {
  const names = [...results.people, ...results.entities];
  const empty = names.length + results.quotes.length + results.articles.length === 0;
  return (
    <section class="search" aria-labelledby="search-title">
      <h1 id="search-title" tabIndex={-1}>
        Results for “{results.query}”
      </h1>
      {empty ? <p class="empty">Nothing in the bundled articles matches “{results.query}”.</p> : null}
      {names.length ? (
        <section aria-labelledby="search-names">
          <h2 id="search-names">Names</h2>
          <ul class="results">
            {names.map((e) => (
              <li key={e.id}>
                <a href={routeToHash({ view: 'entity', entityId: e.id })}>
                  <Marked text={e.name} marks={e.marks} />
                </a>{' '}
                <span class="kind-inline">{KIND_LABEL[e.kind]}</span>
                {e.description ? <span class="related-description"> — {e.description}</span> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {results.quotes.length ? (
        <section aria-labelledby="search-quotes">
          <h2 id="search-quotes">Quotes</h2>
          <ul class="results">
            {results.quotes.map((q) => (
              <li key={q.id}>
                <blockquote>
                  “<Marked text={q.text} marks={q.marks} />”
                </blockquote>
                <p class="meta">
                  — {q.speaker ?? 'Unattributed'}, in <a href={routeToHash(quoteRoute(q))}>{q.articleTitle}</a>
                </p>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {results.articles.length ? (
        <section aria-labelledby="search-articles">
          <h2 id="search-articles">Articles</h2>
          <ul class="results">
            {results.articles.map((a) => (
              <li key={a.id}>
                <a href={routeToHash({ view: 'article', articleId: a.id, paragraph: Math.max(0, a.paragraph) })}>
                  {a.title}
                </a>
                <p class="snippet">
                  <Marked text={a.snippet} marks={a.marks} />
                </p>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </section>
  );
}

import { useEffect, useState } from 'preact/hooks';
import { type BriefingRoute, routeToHash } from '../../lib/briefing/links.ts';
import { useHashRoute } from './hooks.ts';
import { ArticleScreen, DossierScreen, HomeScreen, SearchScreen } from './screens.tsx';

/**
 * The briefing page: one entity's dossier, the article reader, search results, or the start view, chosen by
 * the URL hash so every view has a link that works on load and on hashchange.
 */
export function BriefingPage() {
  const route = useHashRoute();
  return (
    <>
      <header class="top">
        <a class="brand" href="briefing.html">
          Backgrounder
        </a>
        <SearchForm initial={route.view === 'search' ? route.query : ''} />
      </header>
      <main id="main">{screenFor(route)}</main>
    </>
  );
}

function screenFor(route: BriefingRoute) {
  switch (route.view) {
    case 'entity':
      return (
        <DossierScreen key={`${route.entityId}:${route.form ?? ''}`} entityId={route.entityId} form={route.form} />
      );
    case 'article':
      return (
        <ArticleScreen
          key={route.articleId}
          articleId={route.articleId}
          paragraph={route.paragraph}
          quoteId={route.quoteId}
        />
      );
    case 'search':
      return <SearchScreen query={route.query} />;
    case 'home':
      return <HomeScreen />;
  }
}

function SearchForm({ initial }: { initial: string }) {
  const [query, setQuery] = useState(initial);
  useEffect(() => setQuery(initial), [initial]);
  return (
    <search class="search-form">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          const q = query.trim();
          if (q) location.hash = routeToHash({ view: 'search', query: q });
        }}
      >
        <label for="briefing-search">Search the articles</label>
        <input
          id="briefing-search"
          type="search"
          value={query}
          onInput={(event) => setQuery(event.currentTarget.value)}
          maxLength={500}
        />
        <button type="submit">Search</button>
      </form>
    </search>
  );
}

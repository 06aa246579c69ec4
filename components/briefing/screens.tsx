// Container screens: each asks the background for its data and hands it to a pure view.
import { routeToHash } from '../../lib/briefing/links.ts';
import { sendToBackground } from '../../lib/messaging.ts';
import { KIND_LABEL } from '../popover/labels.ts';
import { ArticleReader } from './ArticleReader.tsx';
import { DossierView } from './DossierView.tsx';
import { useLoad } from './hooks.ts';
import { Screen } from './Screen.tsx';
import { SearchResultsView } from './SearchResultsView.tsx';

export function DossierScreen({ entityId, form }: { entityId: string; form?: string }) {
  const state = useLoad(`entity:${entityId}:${form ?? ''}`, () =>
    sendToBackground(form ? { type: 'getDossier', entityId, form } : { type: 'getDossier', entityId }),
  );
  return (
    <Screen
      state={state}
      notFound="No one by this id is in the bundled articles."
      title={(d) => d.entity.name}
      render={(d) => <DossierView dossier={d} />}
    />
  );
}

export function ArticleScreen(props: { articleId: string; paragraph?: number; quoteId?: string }) {
  const { articleId } = props;
  const state = useLoad(`article:${articleId}`, () => sendToBackground({ type: 'getArticle', articleId }));
  return (
    <Screen
      state={state}
      notFound="This article is not among the bundled articles."
      title={(v) => v.article.title}
      render={(v) => <ArticleReader view={v} paragraph={props.paragraph} quoteId={props.quoteId} />}
    />
  );
}

export function SearchScreen({ query }: { query: string }) {
  const state = useLoad(`search:${query}`, () => sendToBackground({ type: 'search', query, limit: 20 }));
  return (
    <Screen
      state={state}
      notFound=""
      title={(r) => `Search: ${r.query}`}
      render={(r) => <SearchResultsView results={r} />}
    />
  );
}

export function HomeScreen() {
  const state = useLoad('home', () => sendToBackground({ type: 'startState' }));
  return (
    <Screen
      state={state}
      notFound=""
      title={() => 'Briefings'}
      render={(s) => (
        <section class="home" aria-labelledby="home-title">
          <h1 id="home-title" tabIndex={-1}>
            Briefings
          </h1>
          <p>
            {s.articleCount} bundled {s.articleCount === 1 ? 'article' : 'articles'}. Search them above, or start with
            the people quoted most.
          </p>
          {s.topPeople.length ? (
            <ul class="results">
              {s.topPeople.map((p) => (
                <li key={p.id}>
                  <a href={routeToHash({ view: 'entity', entityId: p.id })}>{p.name}</a>{' '}
                  <span class="kind-inline">
                    {KIND_LABEL[p.kind]} · {p.quoteCount} {p.quoteCount === 1 ? 'quote' : 'quotes'}
                  </span>
                </li>
              ))}
            </ul>
          ) : null}
        </section>
      )}
    />
  );
}

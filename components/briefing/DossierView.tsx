import { quoteRoute, routeToHash } from '../../lib/briefing/links.ts';
import { segmentParagraph } from '../../lib/briefing/segments.ts';
import type { Dossier, DossierArticle } from '../../lib/briefing/types.ts';
import { KIND_LABEL } from '../popover/labels.ts';
import { ArticleMeta } from './ArticleMeta.tsx';
import { CopyQuote } from './CopyQuote.tsx';

/** One entity's dossier: who it is, every quote by and about it grouped by article, related names. */
export function DossierView({ dossier }: { dossier: Dossier }) {
  const { entity, articles, related, more } = dossier;
  const others = entity.aliases.filter((a) => a !== entity.name);
  const quoteCount = articles.reduce((n, a) => n + a.quotes.length, 0) + (more?.quotes ?? 0);
  const articleCount = articles.length + (more?.articles ?? 0);
  return (
    <article class="dossier" aria-labelledby="dossier-title">
      <header class="page-head">
        <p class="kind">{KIND_LABEL[entity.kind]}</p>
        <h1 id="dossier-title" tabIndex={-1}>
          {entity.name}
        </h1>
        {entity.description ? <p class="description">{entity.description}</p> : null}
        {others.length ? <p class="aliases">Also named: {others.join(', ')}</p> : null}
        {dossier.also ? (
          <p class="also">
            “{dossier.also.form}” could also mean:{' '}
            {dossier.also.others.map((o, i) => (
              <span key={o.entityId}>
                {i > 0 ? ', ' : ''}
                <a href={routeToHash({ view: 'entity', entityId: o.entityId, form: dossier.also?.form })}>{o.name}</a>
              </span>
            ))}
          </p>
        ) : null}
        <p class="summary">
          {quoteCount} {quoteCount === 1 ? 'quote' : 'quotes'} in {articleCount}{' '}
          {articleCount === 1 ? 'article' : 'articles'}
        </p>
      </header>
      <section aria-labelledby="dossier-articles">
        <h2 id="dossier-articles">In the articles</h2>
        {articles.length === 0 ? <p class="empty">The bundled articles say nothing more about {entity.name}.</p> : null}
        {articles.map((a) => (
          <DossierArticleView key={a.article.id} group={a} />
        ))}
        {more ? (
          <p class="more">
            {[
              more.quotes ? `${more.quotes} more ${more.quotes === 1 ? 'quote' : 'quotes'}` : '',
              more.articles
                ? `${more.articles} more ${more.articles === 1 ? 'article names' : 'articles name'} ${entity.name}`
                : '',
            ]
              .filter(Boolean)
              .join('; ')}
            : <a href={routeToHash({ view: 'search', query: entity.name })}>search the articles</a>
          </p>
        ) : null}
      </section>
      {related.length ? (
        <section aria-labelledby="dossier-related">
          <h2 id="dossier-related">Related</h2>
          <ul class="related">
            {related.map((r) => (
              <li key={r.id}>
                <a href={routeToHash({ view: 'entity', entityId: r.id })}>{r.name}</a>{' '}
                <span class="kind-inline">{KIND_LABEL[r.kind]}</span>
                {r.description ? <span class="related-description"> — {r.description}</span> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </article>
  );
}

function DossierArticleView({ group }: { group: DossierArticle }) {
  const { article, quotes, sentences, mentionCount, firstParagraph } = group;
  const readerLink = routeToHash({ view: 'article', articleId: article.id, paragraph: firstParagraph });
  return (
    <section class="dossier-article" aria-label={article.title}>
      <h3>
        <a href={readerLink}>{article.title}</a>
      </h3>
      <ArticleMeta article={article} />
      {quotes.length ? (
        <ul class="quote-list">
          {quotes.map((q) => (
            <li key={q.id} class={`dossier-quote ${q.relation}`}>
              <figure>
                <blockquote>“{q.text}”</blockquote>
                <figcaption>
                  — {q.speaker ?? 'Unattributed'}
                  <span class="relation">{q.relation === 'by' ? '' : ' (about)'}</span>
                </figcaption>
              </figure>
              <p class="context">
                <span class="context-label">Context: </span>
                {segmentParagraph(q.context, [], [{ start: q.start, end: q.end, id: q.id }]).map((s) =>
                  s.quoteId ? <strong key={s.start}>{s.text}</strong> : s.text,
                )}
              </p>
              <p class="actions">
                <a href={routeToHash(quoteRoute(q))}>Read in the article</a>
                <CopyQuote quote={q} />
              </p>
            </li>
          ))}
        </ul>
      ) : null}
      {sentences.length ? (
        <ul class="sentences" aria-label="Key sentences">
          {sentences.map((s) => (
            <li key={`${s.paragraph}:${s.start}`}>{s.text}</li>
          ))}
        </ul>
      ) : null}
      {mentionCount ? (
        <p class="mentions">
          Named {mentionCount} {mentionCount === 1 ? 'time' : 'times'} in this article.
        </p>
      ) : null}
    </section>
  );
}

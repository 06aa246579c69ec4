// "My articles": what the reader added, newest first, with where each came from and what it gave; remove one,
// export them all to a file, import such a file back (all or nothing). Untrusted titles and sites are text.
import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { routeToHash } from '../../lib/briefing/links.ts';
import { countOf } from '../../lib/counts.ts';
import { sendToBackground } from '../../lib/messaging.ts';
import type { ArticleSummary } from '../../lib/storage/user-articles.ts';
import { contributionDetail, contributionText } from '../../lib/user-corpus/entry.ts';
import { readerArticleId } from '../../lib/user-corpus/identity.ts';
import { MAX_ARTICLES_FILE_BYTES, megabytes } from '../../lib/user-corpus/limits.ts';
import type { UserArticlesState } from '../../lib/user-corpus/outcomes.ts';
import { downloadText } from './download.ts';

type Outcome = { ok: boolean; message: string };

export function MyArticles({ state, onChange }: { state: UserArticlesState | undefined; onChange(): void }) {
  const [outcome, setOutcome] = useState<Outcome>();

  const remove = async (article: ArticleSummary) => {
    const { removed } = await sendToBackground({ type: 'removeUserArticle', id: article.id });
    setOutcome({
      ok: removed,
      message: removed ? `Removed “${article.title}”.` : `“${article.title}” was already gone.`,
    });
    onChange();
  };

  const exportAll = async () => {
    const file = await sendToBackground({ type: 'exportUserArticles' });
    downloadText(file.fileName, file.text);
    setOutcome({ ok: true, message: `Exported ${countOf(file.count, 'article')} to ${file.fileName}.` });
  };

  const importExport = async (input: HTMLInputElement) => {
    setOutcome(undefined);
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    if (file.size > MAX_ARTICLES_FILE_BYTES) {
      setOutcome({
        ok: false,
        message: `${file.name} not imported: it is ${megabytes(file.size)}, over the ${megabytes(MAX_ARTICLES_FILE_BYTES)} an articles file may be. Nothing was added.`,
      });
      return;
    }
    setOutcome({ ok: true, message: `Reading ${file.name}…` });
    const result = await sendToBackground({ type: 'importUserArticles', name: file.name, text: await file.text() });
    setOutcome(result);
    onChange();
  };

  const articles = state?.articles;
  return (
    <section aria-labelledby="my-articles-heading" class="card">
      <h2 id="my-articles-heading">My articles</h2>
      {!articles ? (
        <p class="hint">Loading…</p>
      ) : articles.length === 0 ? (
        <p class="hint" id="my-articles-empty">
          No articles added yet. Add the page you are reading from the toolbar button or its context menu, or import
          text files above.
        </p>
      ) : (
        <ul class="article-list" id="my-articles">
          {articles.map((a) => (
            <li key={a.id}>
              <div class="article-main">
                <span class="article-title">{a.title}</span>
                <span class="hint article-meta">{metaLine(a)}</span>
                <span class="article-gave" title={contributionDetail(a.contribution) || undefined}>
                  {contributionText(a.contribution)}
                </span>
              </div>
              <a
                class="read-article"
                href={readerHref(a)}
                target="_blank"
                rel="noopener"
                aria-label={`Read “${a.title}” with its names`}
              >
                Read
              </a>
              <button type="button" aria-label={`Remove “${a.title}”`} onClick={() => void remove(a)}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      {state && <p class="hint">{storageLine(state)}</p>}
      <div class="row">
        <button type="button" id="export-articles" disabled={!articles?.length} onClick={() => void exportAll()}>
          Export my articles
        </button>
        <label class="file-button">
          Import an export…
          <input
            id="import-articles-file"
            type="file"
            accept="application/json,.json"
            class="visually-hidden"
            onChange={(e) => void importExport(e.currentTarget)}
          />
        </label>
      </div>
      <div aria-live="polite">
        {outcome && (
          <p id="my-articles-outcome" class={outcome.ok ? 'ok' : 'error'} role={outcome.ok ? 'status' : 'alert'}>
            {outcome.message}
          </p>
        )}
      </div>
    </section>
  );
}

/** The article in the briefing page's reader, its names linked to their briefings. */
function readerHref(a: ArticleSummary): string {
  const route = routeToHash({ view: 'article', articleId: readerArticleId(a.id) });
  return `${browser.runtime.getURL('/briefing.html')}${route}`;
}

/** "The Guardian · example.org/story · 3 Jan 2019", or the file's name for an imported file. */
function metaLine(a: ArticleSummary): string {
  const where =
    a.origin === 'page' ? [a.site, a.url ? shortUrl(a.url) : undefined] : [a.fileName ?? 'pasted text', a.site];
  const when = a.date ?? a.addedAt;
  return [...where, formatDate(when)].filter(Boolean).join(' · ');
}

function storageLine(s: UserArticlesState): string {
  const kept =
    s.persisted === true
      ? 'The browser keeps them even when disk space runs low.'
      : s.persisted === false
        ? 'The browser may clear them if disk space runs low; export them to keep a copy.'
        : '';
  const used = s.usage !== undefined ? ` Storage used: ${megabytes(s.usage)}.` : '';
  return `Your articles stay in this browser profile; nothing is sent anywhere. ${kept}${used}`.trim();
}

function shortUrl(href: string): string {
  try {
    const u = new URL(href);
    const path = u.pathname.length > 40 ? `${u.pathname.slice(0, 39)}…` : u.pathname;
    return `${u.hostname.replace(/^www\./, '')}${path === '/' ? '' : path}`;
  } catch {
    return href;
  }
}

function formatDate(iso: string): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return iso;
  return new Date(ms).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
}

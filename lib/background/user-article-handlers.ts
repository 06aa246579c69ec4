// The reader's own articles, in the background: add the page in a tab (popup button and context menu alike),
// import text files, pasted text and exports, list, remove and export. Every add runs the build's pipeline on the
// one article (lazily loaded, see ingest-loader.ts) and stores it with its derived records in one transaction.
// `onChange` is where the merged corpus (bundled + added) follows each change.
import { browser } from 'wxt/browser';
import { countOf } from '../counts.ts';
import type { BackgroundHandlers } from '../messaging.ts';
import { noReceiver, sendToTab } from '../messaging.ts';
import { StorageFullError } from '../storage/errors.ts';
import type { DerivedRecord, StoredArticle } from '../storage/schema.ts';
import type { ArticleSummary, NewArticle, UserArticleStore } from '../storage/user-articles.ts';
import { type ArticleMeta, contributionText, newArticleEntry } from '../user-corpus/entry.ts';
import { articlesFileName, articlesFileText, parseArticlesFile } from '../user-corpus/export-file.ts';
import { urlKeys } from '../user-corpus/identity.ts';
import type { IngestApi } from '../user-corpus/ingest-api.ts';
import type { Prepared } from '../user-corpus/ingest-one.ts';
import { judgeLanguage, notEnglishMessage } from '../user-corpus/language.ts';
import { UNAVAILABLE_MESSAGE } from '../user-corpus/limits.ts';
import type { AddOutcome, ImportOutcome } from '../user-corpus/outcomes.ts';
import type { ExtractedArticle, ExtractOutcome } from '../user-corpus/types.ts';

export type UserCorpusChange =
  | { type: 'added'; articles: StoredArticle[]; derived: DerivedRecord[] }
  | { type: 'removed'; ids: string[] };

export interface UserArticleDeps {
  store: UserArticleStore;
  /** The corpus pipeline, loaded on first use. */
  pipeline: () => Promise<IngestApi>;
  /** Asks the tab's content script (top frame) to read its article. */
  extract?: (tabId: number) => Promise<unknown>;
  /** Called after every committed change; the merged corpus updates itself here. */
  onChange?: (change: UserCorpusChange) => void | Promise<void>;
  /** navigator.storage.persist(), asked once an article is stored. */
  persist?: () => Promise<boolean | undefined>;
  persisted?: () => Promise<boolean | undefined>;
  estimate?: () => Promise<StorageEstimate | undefined>;
  now?: () => Date;
}

type UserHandlers = Pick<
  BackgroundHandlers,
  'addPage' | 'addText' | 'listUserArticles' | 'removeUserArticle' | 'exportUserArticles' | 'importUserArticles'
>;

export interface UserArticles {
  handlers: UserHandlers;
  /** "Add this page": the popup's button and the context menu both come here. */
  addPageFromTab(tabId: number): Promise<AddOutcome>;
}

export function createUserArticles(deps: UserArticleDeps): UserArticles {
  const now = deps.now ?? (() => new Date());
  const extract = deps.extract ?? ((tabId: number) => sendToTab(tabId, { type: 'extractArticle' }));
  // One change at a time: duplicate checks see every earlier add, and the worker never runs two pipelines at once.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(run: () => Promise<T>): Promise<T> => {
    const next = queue.then(run, run);
    queue = next.catch(() => undefined);
    return next;
  };

  const changed = async (change: UserCorpusChange) => {
    try {
      await deps.onChange?.(change);
    } catch (error) {
      // The article is stored; a corpus that failed to follow catches up when the worker next starts.
      console.warn('Backgrounder: the corpus did not follow a change to your articles', error);
    }
  };

  /** Stores one prepared article: duplicate check, pipeline, one transaction. */
  const store = async (prepared: Prepared, meta: ArticleMeta, api: IngestApi): Promise<AddOutcome> => {
    const keys = urlKeys(meta.url, meta.canonicalUrl);
    const before = await deps.store.findDuplicate({ urlKeys: keys, fingerprint: prepared.fingerprint });
    if (before) return duplicateOutcome(prepared.name, meta, before, before.by);
    const result = api.ingestPrepared(prepared);
    if (!result.ok) return { ok: false, reason: 'unreadable', message: result.message };
    const entry = newArticleEntry(prepared, result, meta, now());
    try {
      const added = await deps.store.add(entry);
      if (!added.added) return duplicateOutcome(prepared.name, meta, added.existing, added.by);
    } catch (error) {
      return failure(error);
    }
    void deps.persist?.();
    await changed({ type: 'added', articles: [entry.article], derived: [entry.derived] });
    return {
      ok: true,
      article: summary(entry.article),
      message: `Added “${entry.article.title}”: ${contributionText(entry.article.contribution)}.`,
      warnings: result.warnings,
    };
  };

  const addExtracted = async (article: ExtractedArticle): Promise<AddOutcome> => {
    const language = judgeLanguage(article.paragraphs);
    if (!language.english) return { ok: false, reason: 'language', message: notEnglishMessage('page', article.lang) };
    const meta: ArticleMeta = {
      origin: 'page',
      url: article.url,
      ...(article.canonicalUrl ? { canonicalUrl: article.canonicalUrl } : {}),
      site: article.siteName,
      ...(article.lang ? { lang: article.lang } : {}),
    };
    // By address first: no pipeline for a page that is already there.
    const known = await deps.store.findDuplicate({ urlKeys: urlKeys(article.url, article.canonicalUrl) });
    if (known) return duplicateOutcome(article.title, meta, known, 'url');
    const api = await deps.pipeline();
    const prepared = await api.prepareExtracted(article);
    if (!prepared.ok) return { ok: false, reason: 'no-article', message: prepared.message };
    return store(prepared, meta, api);
  };

  const addPageFromTab = (tabId: number): Promise<AddOutcome> =>
    serial(async () => {
      let outcome: unknown;
      try {
        outcome = await extract(tabId);
      } catch (error) {
        if (noReceiver(error)) return { ok: false, reason: 'unavailable', message: UNAVAILABLE_MESSAGE };
        const why = (error as Error)?.message ?? String(error);
        return {
          ok: false,
          reason: 'failed',
          message: `Backgrounder could not read this page (${why}). Nothing was added.`,
        };
      }
      if (!isExtractOutcome(outcome)) return { ok: false, reason: 'unavailable', message: UNAVAILABLE_MESSAGE };
      if (!outcome.ok) return { ok: false, reason: outcome.reason, message: outcome.message };
      return addExtracted(outcome.article);
    });

  const handlers: UserHandlers = {
    addPage: ({ tabId }, sender) => (fromExtension(sender) ? addPageFromTab(tabId) : refused()),

    addText: ({ origin, name, text }, sender) => {
      if (!fromExtension(sender)) return refused();
      return serial(async () => {
        const api = await deps.pipeline();
        // Pasted text has its title given apart: it becomes the headline line, as in a file.
        const source = origin === 'paste' ? `${name.replace(/\s+/g, ' ').trim()}\n\n${text}` : text;
        const prepared = await api.prepareText(name, source);
        if (!prepared.ok) return { ok: false, reason: 'unreadable', message: prepared.message };
        if (!judgeLanguage(prepared.paragraphs).english) {
          return {
            ok: false,
            reason: 'language',
            message: `${name}: ${notEnglishMessage(origin === 'paste' ? 'text' : 'file')}`,
          };
        }
        return store(prepared, origin === 'file' ? { origin, fileName: name } : { origin }, api);
      });
    },

    listUserArticles: async () => {
      const [articles, persisted, estimate] = await Promise.all([
        deps.store.list(),
        deps.persisted?.().catch(() => undefined),
        deps.estimate?.().catch(() => undefined),
      ]);
      return {
        articles,
        ...(persisted === undefined ? {} : { persisted }),
        ...(estimate?.usage === undefined ? {} : { usage: estimate.usage }),
        ...(estimate?.quota === undefined ? {} : { quota: estimate.quota }),
      };
    },

    removeUserArticle: ({ id }, sender) => {
      if (!fromExtension(sender)) return { removed: false };
      return serial(async () => {
        const removed = await deps.store.remove(id);
        if (removed) await changed({ type: 'removed', ids: [id] });
        return { removed };
      });
    },

    exportUserArticles: async () => {
      const articles = await deps.store.all();
      const at = now();
      return { fileName: articlesFileName(at), text: articlesFileText(articles, at), count: articles.length };
    },

    importUserArticles: ({ name, text }, sender) => {
      if (!fromExtension(sender)) return { ok: false, message: 'Refused: not sent by Backgrounder.' };
      return serial(() => importFile(name, text));
    },
  };

  /** An export read back: every article validated and through the pipeline before one transaction adds them all. */
  const importFile = async (fileName: string, text: string): Promise<ImportOutcome> => {
    const refuse = (why: string): ImportOutcome => ({
      ok: false,
      message: `${fileName} not imported: ${why} Nothing was added.`,
    });
    const parsed = parseArticlesFile(text);
    if (!parsed.ok) return refuse(parsed.error);
    const api = await deps.pipeline();
    const entries: NewArticle[] = [];
    let known = 0;
    for (const [i, exported] of parsed.file.articles.entries()) {
      const prepared = await api.prepareText(`articles[${i}]`, exported.text);
      if (!prepared.ok) return refuse(`${prepared.message.replace(/; skipped$/, '')} (“${exported.title}”).`);
      const meta: ArticleMeta = { ...exported };
      if (
        await deps.store.findDuplicate({
          urlKeys: urlKeys(meta.url, meta.canonicalUrl),
          fingerprint: prepared.fingerprint,
        })
      ) {
        known++;
        continue;
      }
      const result = api.ingestPrepared({ ...prepared, title: exported.title });
      if (!result.ok) return refuse(`${result.message.replace(/; skipped$/, '')} (“${exported.title}”).`);
      entries.push(newArticleEntry(prepared, result, meta, now()));
      // Let other requests (a hover's briefing) in between articles of a long import.
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    let added: StoredArticle[];
    let duplicates: number;
    try {
      const result = await deps.store.addMany(entries);
      added = result.added;
      duplicates = known + result.duplicates.length;
    } catch (error) {
      return refuse(failure(error).message);
    }
    if (added.length > 0) {
      void deps.persist?.();
      const ids = new Set(added.map((a) => a.id));
      await changed({
        type: 'added',
        articles: added,
        derived: entries.filter((e) => ids.has(e.article.id)).map((e) => e.derived),
      });
    }
    const already = duplicates > 0 ? ` (${countOf(duplicates, 'was', 'were')} already in your articles)` : '';
    return {
      ok: true,
      added: added.length,
      duplicates,
      message: `Imported ${countOf(added.length, 'article')} from ${fileName}${already}.`,
    };
  };

  return { handlers, addPageFromTab };
}

function duplicateOutcome(
  name: string,
  meta: ArticleMeta,
  existing: Pick<StoredArticle, 'title' | 'fileName'>,
  by: 'url' | 'text',
): AddOutcome {
  if (meta.origin === 'page') {
    const how = by === 'url' ? 'added from this address' : 'the same text';
    return {
      ok: false,
      reason: 'duplicate',
      message: `Already in your articles: “${existing.title}” (${how}). Nothing was added.`,
    };
  }
  const original = existing.fileName ?? `“${existing.title}”`;
  return { ok: false, reason: 'duplicate', message: `${name}: is a duplicate of ${original}; skipped` };
}

function failure(error: unknown): Extract<AddOutcome, { ok: false }> {
  if (error instanceof StorageFullError) return { ok: false, reason: 'storage-full', message: error.message };
  return {
    ok: false,
    reason: 'failed',
    message: `The article could not be stored (${(error as Error)?.message ?? String(error)}). Nothing was added.`,
  };
}

function refused(): AddOutcome {
  return { ok: false, reason: 'failed', message: 'Refused: not sent by Backgrounder.' };
}

/** Only Backgrounder's own pages (popup, options) manage the reader's articles; content scripts never do. */
function fromExtension(sender: { url?: string; tab?: unknown }): boolean {
  return typeof sender.url === 'string' && sender.url.startsWith(browser.runtime.getURL('/'));
}

/** The tab has no content script of ours (Chromium and Firefox word it differently). */
function isExtractOutcome(value: unknown): value is ExtractOutcome {
  const o = value as ExtractOutcome | undefined;
  return typeof o?.ok === 'boolean' && (o.ok ? Array.isArray(o.article?.paragraphs) : typeof o.message === 'string');
}

function summary(a: StoredArticle): ArticleSummary {
  const { text: _text, urlKeys: _keys, fingerprint: _fp, ...rest } = a;
  return rest;
}

// The one typed messaging module. Every message arrives as `unknown`, is validated against its schema,
// then dispatched on `type`; anything else is refused. Types are named by direction, as in Dark Reader:
// ToBackground (content script and extension pages → background) and ToContent (popup/background → a tab).
// What a tab receives and sends is in lib/messaging-content.ts (hand-written guards, no valibot: see there), and
// re-exported here.
import * as v from 'valibot';
import { browser } from 'wxt/browser';
import { briefingRouteSchema } from './briefing/links.ts';
import type { ArticleView, Briefing, Dossier } from './briefing/types.ts';
import { MAX_ARTICLE_BYTES } from './corpus/decode.ts';
import type { PageMatcherData } from './matching/types.ts';
import {
  answerWith,
  type ContentResponses,
  type CorpusChanged,
  InvalidMessageError,
  type Msg,
  type ToContent,
} from './messaging-content.ts';
import type { SearchResults, StartState } from './search/types.ts';
import type { Activation } from './settings.ts';
import { MAX_ARTICLES_FILE_BYTES } from './user-corpus/limits.ts';
import type { AddOutcome, ImportOutcome, UserArticlesState } from './user-corpus/outcomes.ts';
import type { UserMatcherData } from './user-layer/page-matcher.ts';

export * from './messaging-content.ts';

const id = v.pipe(v.string(), v.minLength(1), v.maxLength(200));
/** An entity or shared form by its number in the matcher the content script was given. */
const index = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(0xfffff));
// Page selections and queries are untrusted; cap them so a huge paste cannot stall the background.
const text = v.pipe(v.string(), v.maxLength(10_000));

const toBackground = v.variant('type', [
  // A content script starting or following a settings change: is it on for its host, and (when it has none yet
  // and is on) the matcher. The host is the script's own location.hostname; it decides only what that script does.
  // `userStamp`: the user matcher (the reader's own articles' names) the script already has, if any.
  v.object({
    type: v.literal('activate'),
    host: v.pipe(v.string(), v.maxLength(253)),
    withMatcher: v.boolean(),
    userStamp: v.optional(v.pipe(v.string(), v.maxLength(100))),
  }),
  // Content scripts name entities by their matcher number (they never get the ids); `shared` when the name on the
  // page is one several entities claim, so the briefing can offer the others.
  v.object({ type: v.literal('getBriefing'), entity: index, shared: v.optional(index) }),
  // Ids and names of entities a content script found, for the popup's list and its reveal requests.
  v.object({ type: v.literal('entityNames'), entities: v.pipe(v.array(index), v.maxLength(5000)) }),
  v.object({ type: v.literal('findEntity'), text }),
  v.object({ type: v.literal('pageNames'), count: v.pipe(v.number(), v.integer(), v.minValue(0)) }),
  // A frame is about to show its first highlight: the background inserts the ::highlight() stylesheet into it.
  v.object({ type: v.literal('showStyles') }),
  v.object({
    type: v.literal('search'),
    query: text,
    limit: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(100))),
  }),
  v.object({ type: v.literal('startState') }),
  v.object({ type: v.literal('getDossier'), entityId: id, form: v.optional(v.pipe(v.string(), v.maxLength(200))) }),
  v.object({ type: v.literal('getArticle'), articleId: id }),
  // Content scripts have no tabs API, and a page's link to an extension page is blocked unless web-accessible.
  v.object({ type: v.literal('openBriefingPage'), route: briefingRouteSchema }),
  // The reader's own articles (lib/background/user-article-handlers.ts); accepted from extension pages only.
  v.object({ type: v.literal('addPage'), tabId: v.pipe(v.number(), v.integer(), v.minValue(0)) }),
  v.object({
    type: v.literal('addText'),
    origin: v.picklist(['file', 'paste']),
    name: v.pipe(v.string(), v.minLength(1), v.maxLength(1000)),
    text: v.pipe(v.string(), v.maxLength(MAX_ARTICLE_BYTES)),
  }),
  v.object({ type: v.literal('listUserArticles') }),
  v.object({ type: v.literal('removeUserArticle'), id }),
  v.object({ type: v.literal('exportUserArticles') }),
  v.object({
    type: v.literal('importUserArticles'),
    name: v.pipe(v.string(), v.maxLength(1000)),
    text: v.pipe(v.string(), v.maxLength(MAX_ARTICLES_FILE_BYTES)),
  }),
]);

export type ToBackground = v.InferOutput<typeof toBackground>;

/** What each request answers. */
export interface BackgroundResponses {
  /**
   * `user`: the user matcher when the page is on and the script's `userStamp` is not the current one; null when
   * the reader's articles give pages nothing to match; absent when the script's is current.
   */
  activate: { activation: Activation; matcher: PageMatcherData | null; user?: UserMatcherData | null };
  getBriefing: Briefing | null;
  /** Per number asked: [id, name], or null for a number this build does not have. */
  entityNames: ([string, string] | null)[];
  findEntity: { entity: number } | null;
  pageNames: null;
  /** Whether the stylesheet went in (false: the frame or tab is gone, or the browser refused). */
  showStyles: boolean;
  search: SearchResults;
  startState: StartState;
  getDossier: Dossier | null;
  getArticle: ArticleView | null;
  openBriefingPage: null;
  addPage: AddOutcome;
  addText: AddOutcome;
  listUserArticles: UserArticlesState;
  removeUserArticle: { removed: boolean };
  exportUserArticles: { fileName: string; text: string; count: number };
  importUserArticles: ImportOutcome;
}
type Sender = { tab?: { id?: number }; frameId?: number; url?: string };
export type BackgroundHandlers = {
  [K in keyof BackgroundResponses]: (
    msg: Msg<ToBackground, K>,
    sender: Sender,
  ) => BackgroundResponses[K] | Promise<BackgroundResponses[K]>;
};
/** Validate an incoming message; throws InvalidMessageError naming the offending field. */
export function parseToBackground(raw: unknown): ToBackground {
  return parse(toBackground, raw);
}
/** Tells every frame of a tab that the merged corpus changed; a tab without our content script is skipped. */
export async function sendCorpusChanged(tabId: number, stamp: string): Promise<void> {
  const msg: CorpusChanged = { type: 'corpusChanged', stamp };
  try {
    await browser.tabs.sendMessage(tabId, msg);
  } catch {
    // No content script of ours there (a browser page, a tab opened before install): nothing to follow.
  }
}

function parse<S extends v.GenericSchema>(schema: S, raw: unknown): v.InferOutput<S> {
  const result = v.safeParse(schema, raw);
  if (result.success) return result.output;
  const issue = result.issues[0];
  const path = issue ? v.getDotPath(issue) : null;
  throw new InvalidMessageError(`Invalid message${path ? ` at "${path}"` : ''}: ${issue?.message ?? 'unknown shape'}`);
}

/**
 * Asks a tab's content script. A tab that is still loading may not have it yet (the manifest runs it at
 * document_idle, between DOMContentLoaded and the load event): "Add this page" or the popup on such a page asks
 * again, a little later each time, while the tab is loading, instead of reporting a page it cannot read.
 */
export function sendToTab<K extends keyof ContentResponses>(
  tabId: number,
  msg: Msg<ToContent, K>,
  frameId = 0,
): Promise<ContentResponses[K]> {
  return askWhileLoading(
    () => browser.tabs.sendMessage(tabId, msg, { frameId }) as Promise<ContentResponses[K]>,
    async () => (await browser.tabs.get(tabId).catch(() => undefined))?.status === 'loading',
  );
}

/** How long to wait before each new ask of a loading tab: about 4 s in all. */
export const LOADING_RETRY_MS = [50, 100, 200, 300, 400, 500, 500, 500, 700, 700];

/** Whether a sendMessage failure means no listener is there (yet), rather than a listener that failed. */
export function noReceiver(error: unknown): boolean {
  const message = String((error as Error)?.message ?? error);
  return /receiving end does not exist|could not establish connection|no tab with id|invalid tab id/i.test(message);
}

export async function askWhileLoading<T>(
  ask: () => Promise<T>,
  isLoading: () => Promise<boolean>,
  waits: readonly number[] = LOADING_RETRY_MS,
  wait: (ms: number) => Promise<void> = (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await ask();
    } catch (error) {
      const delay = waits[attempt];
      if (delay === undefined || !noReceiver(error) || !(await isLoading())) throw error;
      await wait(delay);
    }
  }
}

/**
 * Answer ToBackground messages. Returns the listener so tests can call it directly.
 * Messages from other extensions or web pages never reach runtime.onMessage (no externally_connectable),
 * but we still validate: a compromised or stale content script must not crash the background.
 */
export function handleBackgroundMessages(handlers: BackgroundHandlers) {
  const listener = (raw: unknown, sender: Sender, sendResponse: (answer: unknown) => void = () => undefined) => {
    const pending = dispatch(() => parseToBackground(raw), handlers, sender);
    return pending ? answerWith(pending, sendResponse) : undefined;
  };
  browser.runtime.onMessage.addListener(listener as never);
  return listener;
}

function dispatch(
  parseMsg: () => { type: string },
  handlers: Record<string, (msg: never, sender: Sender) => unknown>,
  sender: Sender,
): Promise<unknown> | undefined {
  let msg: { type: string };
  try {
    msg = parseMsg();
  } catch (error) {
    return Promise.reject(error);
  }
  const handler = handlers[msg.type];
  // Not ours (another listener in the same context may answer it).
  if (!handler) return undefined;
  return Promise.resolve(handler(msg as never, sender));
}

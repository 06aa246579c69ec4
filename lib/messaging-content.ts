// The content script's side of lib/messaging.ts: what a tab receives (ToContent, corpusChanged), checked by small
// hand-written guards, and how it sends. Kept free of valibot on purpose: every page evaluates the content script,
// and valibot was 7 kB of its 38 kB for six flat messages. The background and the extension pages, which receive
// far more shapes and run once, keep valibot's schemas in lib/messaging.ts, which re-exports everything here.
import { browser } from 'wxt/browser';
import type { BackgroundResponses, ToBackground } from './messaging.ts';
import type { ExtractOutcome } from './user-corpus/types.ts';

export type ToContent =
  | { type: 'getPageState' }
  | { type: 'reveal'; entityId: string }
  | { type: 'openBriefingAtSelection' }
  // "Add this page": the page's article, read on a clone of the document (lib/page/extract-article.ts).
  | { type: 'extractArticle' }
  // The outcome of an add started from the context menu, shown on the page itself.
  | { type: 'showNotice'; text: string; ok: boolean };

/**
 * Background → every frame of every tab, after each committed change to the reader's articles: ask `activate`
 * again (for the new user matcher) and rescan. Outside ToContent, so every frame, not only the top one, hears it.
 */
export interface CorpusChanged {
  type: 'corpusChanged';
  stamp: string;
}

export interface PageName {
  entityId: string;
  name: string;
  kind: 'person' | 'organization' | 'place' | 'term';
  count: number;
}

export interface PageState {
  /** Location as the content script sees it: the popup has no `tabs` permission to read it. */
  href: string;
  host: string;
  /** False when Backgrounder is switched off for this page. */
  active: boolean;
  names: PageName[];
}

export interface ContentResponses {
  getPageState: PageState;
  reveal: boolean;
  openBriefingAtSelection: boolean;
  extractArticle: ExtractOutcome;
  showNotice: boolean;
}

export type Msg<U, K> = Extract<U, { type: K }>;

export type ContentHandlers = {
  [K in keyof ContentResponses]: (msg: Msg<ToContent, K>) => ContentResponses[K] | Promise<ContentResponses[K]>;
};

export class InvalidMessageError extends Error {}

type Fields = Record<string, unknown>;

function refuse(field: string, expected: string, value: unknown): never {
  throw new InvalidMessageError(`Invalid message at "${field}": expected ${expected}, got ${describe(value)}`);
}

/** A received value, named briefly: a message can be anything, of any size. */
function describe(value: unknown): string {
  if (typeof value === 'string')
    return value.length > 40 ? `a string of ${value.length} characters` : JSON.stringify(value);
  if (Array.isArray(value)) return 'an array';
  if (value === null || typeof value !== 'object') return String(value);
  return 'an object';
}

/** A string of `min` to `max` characters at `field`. */
function stringAt(raw: Fields, field: string, min: number, max: number): string {
  const value = raw[field];
  if (typeof value !== 'string' || value.length < min || value.length > max) {
    refuse(field, `a string of ${min} to ${max} characters`, value);
  }
  return value;
}

function booleanAt(raw: Fields, field: string): boolean {
  const value = raw[field];
  if (typeof value !== 'boolean') refuse(field, 'a boolean', value);
  return value;
}

function fieldsOf(raw: unknown): Fields {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new InvalidMessageError(`Invalid message: expected an object, got ${describe(raw)}`);
  }
  return raw as Fields;
}

const TO_CONTENT_TYPES: ReadonlySet<unknown> = new Set<ToContent['type']>([
  'getPageState',
  'reveal',
  'openBriefingAtSelection',
  'extractArticle',
  'showNotice',
]);

/**
 * Whether a message is addressed to a tab's ToContent handlers (its fields still unchecked): other messages, such
 * as corpusChanged, are left to their own listeners, unanswered.
 */
export function isToContentType(raw: unknown): boolean {
  return typeof raw === 'object' && raw !== null && TO_CONTENT_TYPES.has((raw as Fields).type);
}

/** Validate a message to a tab; throws InvalidMessageError naming the offending field. Unknown fields are dropped. */
export function parseToContent(raw: unknown): ToContent {
  const msg = fieldsOf(raw);
  switch (msg.type) {
    case 'getPageState':
    case 'openBriefingAtSelection':
    case 'extractArticle':
      return { type: msg.type };
    case 'reveal':
      return { type: 'reveal', entityId: stringAt(msg, 'entityId', 1, 200) };
    case 'showNotice':
      return { type: 'showNotice', text: stringAt(msg, 'text', 0, 600), ok: booleanAt(msg, 'ok') };
    default:
      return refuse('type', 'a message a tab answers', msg.type);
  }
}

/** The corpusChanged message, or null for anything else (which other listeners answer). */
export function parseCorpusChanged(raw: unknown): CorpusChanged | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const { type, stamp } = raw as Fields;
  if (type !== 'corpusChanged' || typeof stamp !== 'string' || stamp.length > 100) return null;
  return { type, stamp };
}

export function sendToBackground<K extends keyof BackgroundResponses>(
  msg: Msg<ToBackground, K>,
): Promise<BackgroundResponses[K]> {
  return browser.runtime.sendMessage(msg) as Promise<BackgroundResponses[K]>;
}

/** Calls `onChange` for each corpusChanged message (content scripts); returns the function that stops it. */
export function listenForCorpusChanges(onChange: (msg: CorpusChanged) => void): () => void {
  const listener = (raw: unknown) => {
    const msg = parseCorpusChanged(raw);
    if (msg) onChange(msg);
    // Never answers: the sender does not wait, and other listeners may answer their own messages.
    return false;
  };
  browser.runtime.onMessage.addListener(listener as never);
  return () => browser.runtime.onMessage.removeListener(listener as never);
}

/**
 * Answer ToContent messages in a content script (top frame answers by default: frameId 0). The content script has
 * the browser's own API, not the polyfill (lib/native-browser.ts). A ToContent message whose fields are invalid is
 * answered with a rejection naming the field; messages of other types are left to their own listeners.
 */
export function handleContentMessages(handlers: ContentHandlers) {
  const listener = (raw: unknown, _sender: unknown, sendResponse: (answer: unknown) => void) => {
    if (!isToContentType(raw)) return false;
    return answerWith(answerContentMessage(handlers, raw), sendResponse);
  };
  browser.runtime.onMessage.addListener(listener as never);
  return () => browser.runtime.onMessage.removeListener(listener as never);
}

/**
 * What a runtime.onMessage listener returns to answer with `pending`, for the browser's own API (no polyfill).
 * Firefox's `browser` takes the promise itself; Chromium's `chrome` takes one only in recent versions (150 does; the
 * manifest allows 128), so there the answer goes through `sendResponse`, with `true` returned to keep the channel open, and a failure in the shape the senders' polyfill
 * (extension pages) turns back into a rejection.
 */
export function answerWith(
  pending: Promise<unknown>,
  sendResponse: (answer: unknown) => void,
): true | Promise<unknown> {
  if (typeof (globalThis as { browser?: unknown }).browser !== 'undefined') return pending;
  pending.then(sendResponse, (error: unknown) =>
    sendResponse({ __mozWebExtensionPolyfillReject__: true, message: errorText(error) }),
  );
  return true;
}

/** A rejection's message as the polyfill sends it (the sender's polyfill makes it `new Error(message)`). */
const errorText = (error: unknown) =>
  typeof (error as { message?: unknown } | null)?.message === 'string'
    ? (error as { message: string }).message
    : 'An unexpected error occurred';

/** The handler's answer; a refused message is a rejection. */
export function answerContentMessage(handlers: ContentHandlers, raw: unknown): Promise<unknown> {
  let msg: ToContent;
  try {
    msg = parseToContent(raw);
  } catch (error) {
    return Promise.reject(error);
  }
  const handler = handlers[msg.type] as (msg: ToContent) => unknown;
  try {
    return Promise.resolve(handler(msg));
  } catch (error) {
    return Promise.reject(error);
  }
}

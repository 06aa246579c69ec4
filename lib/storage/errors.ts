// Storage failures a reader can act on, in their words. Everything else is a bug and surfaces as one.
import { megabytes } from '../user-corpus/limits.ts';

/** The browser refused the write for lack of space (QuotaExceededError); nothing was written. */
export class StorageFullError extends Error {
  override name = 'StorageFullError';
}

export function isQuotaError(error: unknown): boolean {
  const e = error as { name?: unknown; message?: unknown; inner?: unknown } | null;
  if (!e) return false;
  if (e.name === 'QuotaExceededError' || e.name === 'NS_ERROR_DOM_QUOTA_REACHED') return true;
  // Chromium reports some disk-full aborts as UnknownError with the reason in the message.
  return e.name === 'UnknownError' && typeof e.message === 'string' && /quota|disk|space/i.test(e.message);
}

/** The reader's message for a full store, with the browser's own figures when it gives them. */
export async function storageFullMessage(
  estimate: () => Promise<StorageEstimate | undefined> = defaultEstimate,
): Promise<string> {
  const figures = await estimate().catch(() => undefined);
  const usage =
    figures?.usage !== undefined && figures.quota !== undefined
      ? ` (${megabytes(figures.usage)} used of ${megabytes(figures.quota)})`
      : '';
  return `The browser has no more room for Backgrounder’s articles${usage}. Remove articles you no longer need or free some disk space, then try again; nothing was added.`;
}

async function defaultEstimate(): Promise<StorageEstimate | undefined> {
  return globalThis.navigator?.storage?.estimate?.();
}

/**
 * Asks the browser to keep the articles under storage pressure (navigator.storage.persist()). Firefox keeps an
 * extension's storage anyway and Chromium grants it to installed extensions without a prompt; the answer is
 * reported on the options page either way.
 */
export async function requestPersistence(): Promise<boolean | undefined> {
  const storage = globalThis.navigator?.storage;
  if (!storage?.persist) return undefined;
  try {
    return (await storage.persisted?.()) || (await storage.persist());
  } catch {
    return undefined;
  }
}

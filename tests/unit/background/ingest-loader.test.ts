// The pipeline costs the worker nothing until an article is added: a service worker imports the bundle while it
// installs (the only time a new script may be imported), and evaluates it again on first use in a later life.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { importIngestOnInstall, loadIngest } from '../../../lib/background/ingest-loader.ts';
import { INGEST_GLOBAL, type IngestApi } from '../../../lib/user-corpus/ingest-api.ts';

type Scope = Record<string, unknown>;
const scope = globalThis as unknown as Scope;
const api = { prepareText: vi.fn() } as unknown as IngestApi;

afterEach(() => {
  delete scope.importScripts;
  delete scope.addEventListener;
  delete scope[INGEST_GLOBAL];
});

describe('in a service worker', () => {
  it('imports the bundle during installation, and only then', () => {
    const listeners: Record<string, () => void> = {};
    scope.addEventListener = (type: string, fn: () => void) => {
      listeners[type] = fn;
    };
    const imported: string[] = [];
    scope.importScripts = (url: string) => imported.push(url);
    importIngestOnInstall();
    expect(imported).toEqual([]);
    listeners.install?.();
    expect(imported).toEqual([`chrome-extension://${fakeBrowser.runtime.id}/ingest.js`]);
  });

  it('evaluates it on first use, once per worker lifetime', async () => {
    const importScripts = vi.fn(() => {
      scope[INGEST_GLOBAL] = api;
    });
    scope.importScripts = importScripts;
    expect(await loadIngest()).toBe(api);
    expect(await loadIngest()).toBe(api);
    expect(importScripts).toHaveBeenCalledTimes(1);
  });
});

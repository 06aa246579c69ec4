// How the site list lives in storage. It belongs in storage.sync so it follows the reader to other browsers,
// but one sync item holds at most 8,192 bytes (JSON of the value plus the key) and the area 102,400 in all.
// So the list is written compactly ("news.example.com" for a host, "*.example.com" for a domain), split across
// items when it outgrows one, and kept in storage.local when sync cannot take it (too big, quota or rate
// limit): never dropped.
//
//   sync:siteRules      head, versioned: { rules: first chunk, chunks: how many in all, rev }
//   sync:siteRules.1…   further chunks:  { rules, rev }
//   local:siteRules     the whole list when sync could not hold it: { rules, rev }
//
// A reader takes whichever copy has the higher `rev`, so a failed sync write never hides a newer local one.
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import {
  chunkKey,
  SITE_LIST_HEAD_KEY as HEAD_KEY,
  SITE_LIST_LOCAL_KEY as LOCAL_KEY,
  MAX_SYNC_CHUNKS,
  SITE_LIST_KEYS,
} from './settings-keys.ts';
import type { SiteRule } from './sites/hosts.ts';
import { sanitizeRules } from './sites/hosts.ts';

export const SYNC_QUOTA_BYTES_PER_ITEM = 8192;

export interface SiteListHead {
  rules: string[];
  chunks: number;
  rev: number;
}
interface SiteListChunk {
  rules: string[];
  rev: number;
}

const EMPTY_HEAD: SiteListHead = { rules: [], chunks: 1, rev: 0 };

/**
 * v1 (the first prototype) stored the hosts switched off as a plain list of strings, with no notion of
 * scope. v2 is the head above: every old host becomes a host rule (with "www." folded in, as for every host
 * rule), so subdomains that were on stay on.
 */
export function migrateV1ToV2(old: unknown): SiteListHead {
  // A head written without its version mark is already v2; never read it as a v1 list.
  if (isHead(old)) return old;
  const hosts = Array.isArray(old) ? old.filter((h): h is string => typeof h === 'string') : [];
  const rules = sanitizeRules(hosts.map((site) => ({ site, scope: 'host' })));
  return { rules: rules.map(encodeRule), chunks: 1, rev: 0 };
}

export const SITE_LIST_VERSION = 2;
export const siteListHead = storage.defineItem<SiteListHead>(`sync:${HEAD_KEY}`, {
  fallback: EMPTY_HEAD,
  version: SITE_LIST_VERSION,
  migrations: { 2: migrateV1ToV2 },
});

export function encodeRule(rule: SiteRule): string {
  return rule.scope === 'domain' ? `*.${rule.site}` : rule.site;
}
export function decodeRule(text: string): SiteRule {
  return text.startsWith('*.') ? { site: text.slice(2), scope: 'domain' } : { site: text, scope: 'host' };
}

const utf8 = new TextEncoder();
/** Size as storage.sync counts it: JSON of the value plus the key. */
export function syncItemBytes(key: string, value: unknown): number {
  return utf8.encode(key).length + utf8.encode(JSON.stringify(value)).length;
}

/**
 * Split encoded rules into chunks that each fit one sync item, head first. Returns undefined when the list
 * needs more than MAX_SYNC_CHUNKS.
 */
export function splitForSync(rules: readonly string[], rev: number): [SiteListHead, ...SiteListChunk[]] | undefined {
  const groups: string[][] = [[]];
  for (const rule of rules) {
    const current = groups[groups.length - 1] as string[];
    current.push(rule);
    // Measured with the widest head a list of this many chunks can have, so the head check below is exact.
    const probe = { rules: current, chunks: MAX_SYNC_CHUNKS, rev };
    if (syncItemBytes(chunkKey(MAX_SYNC_CHUNKS), probe) <= SYNC_QUOTA_BYTES_PER_ITEM) continue;
    current.pop();
    if (current.length === 0) return undefined;
    groups.push([rule]);
    if (groups.length > MAX_SYNC_CHUNKS) return undefined;
  }
  const [first = [], ...rest] = groups;
  return [{ rules: first, chunks: groups.length, rev }, ...rest.map((r) => ({ rules: r, rev }))];
}

let lastRev = 0;
function nextRev(): number {
  lastRev = Math.max(Date.now(), lastRev + 1);
  return lastRev;
}

/** Read the list: keyed reads of the head, its chunks and the local copy. */
export async function readSiteList(): Promise<SiteRule[]> {
  // A write may land between reading the head and its chunks; the revs then disagree and we read again.
  for (let attempt = 0; ; attempt++) {
    const [head, local] = await Promise.all([
      siteListHead.getValue(),
      storage.getItem<SiteListChunk>(`local:${LOCAL_KEY}`),
    ]);
    if (isChunk(local) && local.rev > (head?.rev ?? 0)) return decodeAll(local.rules);
    const rules = [...(head?.rules ?? [])];
    const count = Math.min(Math.max(head?.chunks ?? 1, 1), MAX_SYNC_CHUNKS);
    if (count > 1) {
      const keys = Array.from({ length: count - 1 }, (_, i) => `sync:${chunkKey(i + 1)}` as const);
      const chunks = await storage.getItems(keys);
      const consistent = chunks.every(({ value }) => isChunk(value) && value.rev === head.rev);
      if (!consistent && attempt < 3) continue;
      for (const { value } of chunks) if (isChunk(value)) rules.push(...value.rules);
    }
    return decodeAll(rules);
  }
}

export interface WriteOutcome {
  area: 'sync' | 'local';
  chunks: number;
}

/**
 * Write the list to sync when it fits, else to local; stale copies are removed only after the new one is stored.
 * Rules come in canonical form (sites/rules.ts makes them); this only drops what does not parse and duplicates,
 * so the public suffix list stays out of every page that loads the settings.
 */
export async function writeSiteList(rules: readonly SiteRule[]): Promise<WriteOutcome> {
  const encoded = sanitizeRules(rules).map(encodeRule);
  const rev = nextRev();
  const parts = splitForSync(encoded, rev);
  if (parts) {
    try {
      const [head, ...chunks] = parts;
      const previous = await siteListHead.getValue();
      // One set call: the head, its version (WXT keeps it under "key$") and the chunks land together.
      await browser.storage.sync.set({
        [HEAD_KEY]: head,
        [`${HEAD_KEY}$`]: { v: SITE_LIST_VERSION },
        ...Object.fromEntries(chunks.map((c, i) => [chunkKey(i + 1), c])),
      });
      const stale = SITE_LIST_KEYS.sync.slice(parts.length, Math.max(previous.chunks, parts.length));
      await Promise.all([
        stale.length > 0 ? browser.storage.sync.remove(stale) : undefined,
        browser.storage.local.remove(LOCAL_KEY),
      ]);
      return { area: 'sync', chunks: parts.length };
    } catch {
      // Quota, rate limit or sync switched off by policy: fall through to local storage.
    }
  }
  await browser.storage.local.set({ [LOCAL_KEY]: { rules: encoded, rev } satisfies SiteListChunk });
  return { area: 'local', chunks: 1 };
}

function isChunk(value: unknown): value is SiteListChunk {
  return (
    typeof value === 'object' &&
    value !== null &&
    Array.isArray((value as SiteListChunk).rules) &&
    typeof (value as SiteListChunk).rev === 'number'
  );
}

function isHead(value: unknown): value is SiteListHead {
  return isChunk(value) && typeof (value as SiteListHead).chunks === 'number';
}

function decodeAll(texts: readonly unknown[]): SiteRule[] {
  // Another device (or a newer version) may have written anything: keep only what parses as a site.
  return sanitizeRules(texts.filter((t): t is string => typeof t === 'string').map(decodeRule));
}

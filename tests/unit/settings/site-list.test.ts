import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readSettings, siteRules } from '../../../lib/settings.ts';
import { MAX_SYNC_CHUNKS } from '../../../lib/settings-keys.ts';
import { SYNC_QUOTA_BYTES_PER_ITEM, splitForSync, syncItemBytes } from '../../../lib/settings-site-list.ts';
import type { SiteRule } from '../../../lib/sites/rules.ts';

/** storage.sync as Chrome enforces it: per-item and total quotas. The fake browser enforces neither. */
function enforceSyncQuotas(): void {
  const sync = fakeBrowser.storage.sync;
  const realSet = sync.set.bind(sync);
  vi.spyOn(sync, 'set').mockImplementation(async (items: Record<string, unknown>) => {
    for (const [key, value] of Object.entries(items)) {
      if (syncItemBytes(key, value) > SYNC_QUOTA_BYTES_PER_ITEM) throw new Error('QUOTA_BYTES_PER_ITEM quota exceeded');
    }
    const current = await sync.get(null);
    const total = Object.entries({ ...current, ...items }).reduce((n, [k, v]) => n + syncItemBytes(k, v), 0);
    if (total > 102_400) throw new Error('QUOTA_BYTES quota exceeded');
    await realSet(items);
  });
}

/** Distinct rules, a third of them domains, with names long enough to fill sync items quickly. */
const manySites = (count: number): SiteRule[] =>
  Array.from({ length: count }, (_, i) =>
    i % 3 === 0
      ? { site: `publisher-${i}.example`, scope: 'domain' }
      : { site: `section-${i}.some-quite-long-news-publisher-name.example`, scope: 'host' },
  );

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

describe('site list in storage.sync', () => {
  it('a short list stays in one sync item', async () => {
    const rules: SiteRule[] = [
      { site: 'news.example.com', scope: 'host' },
      { site: 'example.org', scope: 'domain' },
    ];
    await expect(siteRules.setValue(rules)).resolves.toEqual({ area: 'sync', chunks: 1 });
    expect(await siteRules.getValue()).toEqual(rules);
    const stored = await fakeBrowser.storage.sync.get(['siteRules', 'siteRules.1']);
    expect(stored.siteRules).toMatchObject({ rules: ['news.example.com', '*.example.org'], chunks: 1 });
    expect(stored['siteRules.1']).toBeUndefined();
  });

  it('a list that outgrows one item is split across items, every item within quota, nothing lost', async () => {
    enforceSyncQuotas();
    const rules = manySites(600);
    const outcome = await siteRules.setValue(rules);
    expect(outcome.area).toBe('sync');
    expect(outcome.chunks).toBeGreaterThan(1);
    expect(await siteRules.getValue()).toEqual(rules);
    expect(await fakeBrowser.storage.local.get('siteRules')).toEqual({ siteRules: undefined });
  });

  it('shrinking the list removes chunks it no longer needs', async () => {
    await siteRules.setValue(manySites(600));
    await siteRules.setValue([{ site: 'one.example', scope: 'host' }]);
    const keys = Array.from({ length: MAX_SYNC_CHUNKS }, (_, i) => (i === 0 ? 'siteRules' : `siteRules.${i}`));
    const stored = await fakeBrowser.storage.sync.get(keys);
    expect(Object.entries(stored).filter(([, v]) => v !== undefined)).toHaveLength(1);
    expect(await siteRules.getValue()).toEqual([{ site: 'one.example', scope: 'host' }]);
  });

  it('a list too big for sync falls back to local storage, and comes back to sync when it fits again', async () => {
    enforceSyncQuotas();
    const huge = manySites(6000);
    expect(
      splitForSync(
        huge.map((r) => r.site),
        1,
      ),
    ).toBeUndefined();
    await expect(siteRules.setValue(huge)).resolves.toEqual({ area: 'local', chunks: 1 });
    expect(await siteRules.getValue()).toEqual(huge);

    const small = huge.slice(0, 10);
    await expect(siteRules.setValue(small)).resolves.toMatchObject({ area: 'sync' });
    expect(await siteRules.getValue()).toEqual(small);
    expect((await fakeBrowser.storage.local.get('siteRules')).siteRules).toBeUndefined();
  });

  it('a refused sync write (rate limit, quota) keeps the new list in local storage', async () => {
    await siteRules.setValue([{ site: 'old.example', scope: 'host' }]);
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(new Error('MAX_WRITE_OPERATIONS_PER_MINUTE'));
    const next: SiteRule[] = [{ site: 'new.example', scope: 'domain' }];
    await expect(siteRules.setValue(next)).resolves.toEqual({ area: 'local', chunks: 1 });
    // The stale sync copy is older: the reader takes the local one.
    expect(await siteRules.getValue()).toEqual(next);
    expect((await readSettings()).rules).toEqual(next);
  });

  it('every chunk fits one sync item', () => {
    const parts = splitForSync(
      manySites(900).map((r) => r.site),
      Date.now(),
    );
    expect(parts).toBeDefined();
    for (const [i, part] of (parts ?? []).entries()) {
      expect(syncItemBytes(i === 0 ? 'siteRules' : `siteRules.${i}`, part)).toBeLessThanOrEqual(
        SYNC_QUOTA_BYTES_PER_ITEM,
      );
    }
  });
});

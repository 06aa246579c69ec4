import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { activationHandlers } from '../../../lib/background/activation-handlers.ts';
import { compileMatcher } from '../../../lib/matching/compile.ts';
import { parseToBackground } from '../../../lib/messaging.ts';
import { writeSettings } from '../../../lib/settings.ts';
import { SETTING_KEYS, watchStorageKeys } from '../../../lib/settings-keys.ts';

import { storeFor } from '../layout-store.ts';
import { packOf } from '../matching/packs.ts';

const pack = packOf(
  ['person:ada-lovelace', 'person', 'Ada Lovelace', 'Lovelace'],
  ['place:ada', 'place', 'Ada County'],
);
const matcher = compileMatcher(pack);
// The background as it runs: the layout's files (the matcher's among them), read on demand.
const { activate, entityNames } = activationHandlers(await storeFor(pack, matcher));
const ask = (host: string, withMatcher = true) =>
  activate(parseToBackground({ type: 'activate', host, withMatcher }) as never, {});

beforeEach(() => fakeBrowser.reset());

describe('the activate message', () => {
  it('switches a page on with the matcher, and off without it, as the settings say', async () => {
    expect(await ask('news.example.com')).toEqual({
      activation: expect.objectContaining({ active: true, style: 'underline' }),
      // Only the page's part: tables of numbers, never the ids or names.
      matcher: matcher.page,
    });
    expect(JSON.stringify(matcher.page)).not.toMatch(/Lovelace|ada/);
    await writeSettings({ rules: [{ site: 'example.com', scope: 'domain' }] });
    const off = await ask('news.example.com');
    expect(off.activation).toMatchObject({ active: false, rule: { site: 'example.com', scope: 'domain' } });
    expect(off.matcher).toBeNull();
    // Another host is untouched by the rule.
    expect((await ask('example.org')).activation.active).toBe(true);
    await writeSettings({ rules: [], paused: true });
    expect((await ask('news.example.com')).activation.active).toBe(false);
  });

  it('sends the matcher only to a script that asks for it, and never with every kind switched off', async () => {
    expect((await ask('news.example.com', false)).matcher).toBeNull();
    await writeSettings({ kinds: [] });
    const reply = await ask('news.example.com');
    expect(reply.activation).toMatchObject({ active: true, kinds: [] });
    expect(reply.matcher).toBeNull();
  });

  it('names the entities a page found, by their numbers, and nothing for a number it does not have', async () => {
    const msg = parseToBackground({ type: 'entityNames', entities: [1, 0, 7] });
    expect(await entityNames(msg as never, {})).toEqual([
      ['place:ada', 'Ada County'],
      ['person:ada-lovelace', 'Ada Lovelace'],
      null,
    ]);
    expect(() => parseToBackground({ type: 'entityNames', entities: [-1] })).toThrow(/"entities/);
  });

  it('refuses a host that is not a string or longer than any host name', () => {
    expect(() => parseToBackground({ type: 'activate', host: 7, withMatcher: true })).toThrow();
    expect(() => parseToBackground({ type: 'activate', host: 'a'.repeat(254), withMatcher: true })).toThrow();
  });
});

describe('watchStorageKeys', () => {
  it('calls back once per write touching any setting, and not for other keys', async () => {
    let calls = 0;
    const unwatch = watchStorageKeys(SETTING_KEYS, () => calls++);
    await writeSettings({ paused: true, style: 'background' });
    expect(calls).toBeGreaterThanOrEqual(1);
    const afterSettings = calls;
    await fakeBrowser.storage.sync.set({ somethingElse: 1 });
    await fakeBrowser.storage.local.set({ cache: 2 });
    expect(calls).toBe(afterSettings);
    // A site list spread over several sync items arrives as one multi-key write: one call for all its chunks,
    // and at most one more for the local copy it clears.
    await writeSettings({
      rules: Array.from({ length: 800 }, (_, i) => ({ site: `site-${i}.example.com`, scope: 'host' as const })),
    });
    const afterList = calls;
    expect(afterList - afterSettings).toBeGreaterThanOrEqual(1);
    expect(afterList - afterSettings).toBeLessThanOrEqual(2);
    unwatch();
    await writeSettings({ paused: false });
    expect(calls).toBe(afterList);
  });
});

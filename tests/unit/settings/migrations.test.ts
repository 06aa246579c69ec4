import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

// Migrations run when the settings module defines its items, as on a real update: seed the old shape first,
// then load the module fresh.
async function loadSettings() {
  vi.resetModules();
  return import('../../../lib/settings.ts');
}

beforeEach(() => {
  fakeBrowser.reset();
});

describe('site list v1 → v2', () => {
  it('turns the old list of switched-off hosts into host rules, keeping every valid host', async () => {
    await fakeBrowser.storage.sync.set({
      siteRules: ['News.Example.com', 'www.example.org', 'bücher.de', 'http://127.0.0.1:8080/', 42, 'not a host'],
    });
    const settings = await loadSettings();
    const s = await settings.readSettings();
    expect(s.rules).toEqual([
      { site: 'news.example.com', scope: 'host' },
      { site: 'example.org', scope: 'host' },
      { site: 'xn--bcher-kva.de', scope: 'host' },
      { site: '127.0.0.1', scope: 'host' },
    ]);
    // Host rules stay host rules: a subdomain of a switched-off host was on before and is on after.
    expect(settings.activationFor('news.example.com', s).active).toBe(false);
    expect(settings.activationFor('sport.example.com', s).active).toBe(true);
    expect(settings.activationFor('example.org', s).active).toBe(false);
  });

  it('records the new version, so the next start does not migrate again', async () => {
    await fakeBrowser.storage.sync.set({ siteRules: ['news.example.com'] });
    await (await loadSettings()).readSettings();
    expect((await fakeBrowser.storage.sync.get('siteRules$')).siteRules$).toEqual({ v: 2 });

    const again = await loadSettings();
    expect((await again.readSettings()).rules).toEqual([{ site: 'news.example.com', scope: 'host' }]);
  });

  it('a new install writes v2 directly and never mistakes it for v1', async () => {
    const first = await loadSettings();
    await first.writeSettings({ rules: [{ site: 'example.com', scope: 'domain' }] });
    await fakeBrowser.storage.sync.remove('siteRules$');
    const second = await loadSettings();
    expect((await second.readSettings()).rules).toEqual([{ site: 'example.com', scope: 'domain' }]);
  });

  it('an older version never loses the other preferences', async () => {
    await fakeBrowser.storage.sync.set({ siteRules: ['a.example'], paused: true, highlightStyle: 'background' });
    const s = await (await loadSettings()).readSettings();
    expect(s).toMatchObject({ paused: true, style: 'background', mode: 'everywhere' });
  });
});

describe('values from another device or a newer version', () => {
  it('are read safely: unknown kinds dropped, unknown modes and styles fall back', async () => {
    await fakeBrowser.storage.sync.set({
      highlightKinds: ['person', 'vehicle', 'place'],
      siteMode: 'sometimes',
      highlightStyle: 'blink',
    });
    const s = await (await loadSettings()).readSettings();
    expect(s).toMatchObject({ kinds: ['person', 'place'], mode: 'everywhere', style: 'underline' });
  });
});

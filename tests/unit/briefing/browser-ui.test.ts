import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { briefSelection, MENU_BRIEFING, registerBrowserUi } from '../../../lib/background/browser-ui.ts';
import type { PackStore } from '../../../lib/background/pack-store.ts';
import { paused } from '../../../lib/settings.ts';
import { storeFor } from '../layout-store.ts';
import { makePack } from './pack-fixture.ts';

let store: PackStore;
beforeAll(async () => {
  store = await storeFor(makePack());
});
const opened = () =>
  vi.mocked(fakeBrowser.tabs.create).mock.calls.map(([props]) => props.url?.replace(/^.*\.html/, ''));

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.tabs, 'create').mockResolvedValue({} as never);
});

describe('context menu "Briefing for “…”"', () => {
  it('lets the page show its popover when its content script can', async () => {
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(true);
    await briefSelection(store, 'Stoltenberg', 7, 3);
    expect(send).toHaveBeenCalledWith(7, { type: 'openBriefingAtSelection' }, { frameId: 3 });
    expect(opened()).toEqual([]);
  });

  it('opens the dossier in a tab when no content script answers (site switched off, restricted page)', async () => {
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockRejectedValue(new Error('Receiving end does not exist.'));
    await briefSelection(store, 'Stoltenberg’s', 7);
    expect(opened()).toEqual(['#entity=person%3Ajens-stoltenberg']);
  });

  it('opens the search for a selection that names no one', async () => {
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(false);
    await briefSelection(store, 'eastern flank', 7);
    expect(opened()).toEqual(['#q=eastern+flank']);
  });
});

describe('browser UI registration', () => {
  type CommandListener = (command: string, tab?: { id?: number }) => void;
  function register() {
    let onCommand: CommandListener | undefined;
    vi.spyOn(fakeBrowser.commands.onCommand, 'addListener').mockImplementation((l) => {
      onCommand = l as unknown as CommandListener;
    });
    vi.spyOn(fakeBrowser.contextMenus.onClicked, 'addListener').mockImplementation(() => {});
    vi.spyOn(fakeBrowser.contextMenus, 'removeAll').mockResolvedValue();
    const create = vi.spyOn(fakeBrowser.contextMenus, 'create').mockReturnValue(MENU_BRIEFING);
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((key) =>
      key === 'contextMenuBriefing' ? 'Briefing for “%s”' : '',
    );
    registerBrowserUi(store);
    if (!onCommand) throw new Error('no command listener');
    return { onCommand, create };
  }

  it('adds the "Briefing for “%s”" item for selections', async () => {
    const { create } = register();
    await vi.waitFor(() => expect(create).toHaveBeenCalled());
    expect(create.mock.calls[0]?.[0]).toMatchObject({
      id: MENU_BRIEFING,
      title: 'Briefing for “%s”',
      contexts: ['selection'],
    });
  });

  it('in a service worker, adds the menu items on install or update only, not on every wake-up', async () => {
    const scope = globalThis as { importScripts?: () => void };
    scope.importScripts = () => {};
    try {
      let onInstalled: (() => void) | undefined;
      vi.spyOn(fakeBrowser.runtime.onInstalled, 'addListener').mockImplementation((l) => {
        onInstalled = l as unknown as () => void;
      });
      const { create } = register();
      await Promise.resolve();
      expect(create).not.toHaveBeenCalled();
      onInstalled?.();
      await vi.waitFor(() => expect(create).toHaveBeenCalled());
      expect(create.mock.calls[0]?.[0]).toMatchObject({ id: MENU_BRIEFING });
    } finally {
      delete scope.importScripts;
    }
  });

  it('toggle-pause flips the pause setting', async () => {
    const { onCommand } = register();
    onCommand('toggle-pause');
    await vi.waitFor(async () => expect(await paused.getValue()).toBe(true));
    onCommand('toggle-pause');
    await vi.waitFor(async () => expect(await paused.getValue()).toBe(false));
  });

  it('open-briefing asks the tab it came from to open the briefing at its selection', async () => {
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(true);
    const { onCommand } = register();
    onCommand('open-briefing', { id: 42 });
    await vi.waitFor(() => expect(send).toHaveBeenCalledWith(42, { type: 'openBriefingAtSelection' }, { frameId: 0 }));
  });
});

import { describe, expect, it, vi } from 'vitest';
import { pageStyleHandlers } from '../../../lib/background/page-styles.ts';

const ask = { type: 'showStyles' } as const;

describe('the highlight stylesheet, inserted into the frame that shows a name', () => {
  it('goes into the asking frame of the asking tab (Chromium: scripting.insertCSS)', async () => {
    const insertCSS = vi.fn(async () => {});
    const { showStyles } = pageStyleHandlers({ scripting: { insertCSS }, tabs: {} });
    expect(await showStyles(ask, { tab: { id: 7 }, frameId: 3 })).toBe(true);
    expect(insertCSS).toHaveBeenCalledWith({ target: { tabId: 7, frameIds: [3] }, files: ['content-script.css'] });
  });

  it('uses tabs.insertCSS where there is no scripting API (Firefox MV2), the top frame by default', async () => {
    const insertCSS = vi.fn(async () => {});
    const { showStyles } = pageStyleHandlers({ tabs: { insertCSS } });
    expect(await showStyles(ask, { tab: { id: 2 } })).toBe(true);
    expect(insertCSS).toHaveBeenCalledWith(2, { file: '/content-script.css', frameId: 0 });
  });

  it('answers false for a sender without a tab, or a frame that has gone', async () => {
    const insertCSS = vi.fn(async () => {
      throw new Error('No frame with id 9 in tab 1');
    });
    const { showStyles } = pageStyleHandlers({ scripting: { insertCSS }, tabs: {} });
    expect(await showStyles(ask, {})).toBe(false);
    expect(await showStyles(ask, { tab: { id: 1 }, frameId: 9 })).toBe(false);
    expect(insertCSS).toHaveBeenCalledTimes(1);
  });
});

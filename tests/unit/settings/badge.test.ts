import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { badgeHandlers } from '../../../lib/background/badge.ts';
import { writeSettings } from '../../../lib/settings.ts';

const badge = (tabId: number) => fakeBrowser.action.getBadgeText({ tabId });
const from = (tabId: number, url: string) => ({ tab: { id: tabId }, url });

beforeEach(() => {
  fakeBrowser.reset();
});

describe('toolbar badge', () => {
  it('shows the page count, and nothing for a page with no names', async () => {
    const { pageNames } = badgeHandlers();
    await pageNames({ type: 'pageNames', count: 12 }, from(1, 'https://news.example.com/a'));
    await pageNames({ type: 'pageNames', count: 0 }, from(2, 'https://other.example/'));
    expect(await badge(1)).toBe('12');
    expect(await badge(2)).toBe('');
  });

  it('clears when the site is switched off or Backgrounder is paused, without waiting for the page', async () => {
    const { pageNames } = badgeHandlers();
    await pageNames({ type: 'pageNames', count: 5 }, from(1, 'https://news.example.com/a'));
    await pageNames({ type: 'pageNames', count: 7 }, from(2, 'http://127.0.0.1:8080/'));

    await writeSettings({ rules: [{ site: 'example.com', scope: 'domain' }] });
    await vi.waitFor(async () => expect(await badge(1)).toBe(''));
    expect(await badge(2)).toBe('7');

    await writeSettings({ paused: true });
    await vi.waitFor(async () => expect(await badge(2)).toBe(''));
  });

  it('shows no count from a page on a switched-off site, whatever it reports', async () => {
    await writeSettings({ rules: [{ site: 'news.example.com', scope: 'host' }] });
    const { pageNames } = badgeHandlers();
    await pageNames({ type: 'pageNames', count: 3 }, from(1, 'https://news.example.com/a'));
    expect(await badge(1)).toBe('');
  });
});

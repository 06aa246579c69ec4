// The popover's view rendered into a DOM-like document (linkedom): what a reader sees, and that page and
// article text is always text.
import { parseHTML } from 'linkedom';
import { h, render } from 'preact';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Popover, type PopoverContent } from '../../../components/popover/Popover.tsx';
import { buildBriefing } from '../../../lib/briefing/briefing.ts';
import type { BriefingRoute } from '../../../lib/briefing/links.ts';
import { indexByIds } from '../../../lib/briefing/pack-index.ts';
import { makePack } from './pack-fixture.ts';

const { document } = parseHTML('<!doctype html><html><body></body></html>');
// Preact creates elements through the global document.
const g = globalThis as { document?: unknown };
const before = g.document;
beforeAll(() => {
  g.document = document;
});
afterAll(() => {
  g.document = before;
});

function show(content: PopoverContent, opened: BriefingRoute[] = []) {
  const root = document.createElement('div');
  render(
    h(Popover, { content, onClose() {}, onOpen: (r) => opened.push(r), onCopy: async () => true, onSwitch() {} }),
    root,
  );
  return root;
}

describe('popover view', () => {
  it('names the entity, its kind and description, its own quote first, each cited', () => {
    const briefing = buildBriefing(indexByIds(makePack()), 'person:jens-stoltenberg');
    if (!briefing) throw new Error('fixture');
    const root = show({ kind: 'briefing', briefing });
    const dialog = root.querySelector('[role="dialog"]');
    expect(dialog?.getAttribute('aria-label')).toBe('Briefing: Jens Stoltenberg');
    expect(root.querySelector('.name')?.textContent).toBe('Jens Stoltenberg');
    expect(root.querySelector('.kind')?.textContent).toBe('Person');
    expect(root.querySelector('.description')?.textContent).toBe('NATO Secretary General');
    const quotes = [...root.querySelectorAll('.quote')].map((q) => q.textContent ?? '');
    expect(quotes[0]).toContain('We are here to protect and defend all allies');
    expect(quotes[0]).toContain('— Jens Stoltenberg');
    expect(quotes[0]).toContain('NATO chief visits Latvia');
    expect(quotes[0]).toContain('The Hill');
    expect(quotes[0]).toContain('Mar 8, 2022');
    expect(quotes[1]).toContain('— Boris Johnson');
  });

  it('says when there are no quotes rather than showing an empty list', () => {
    const briefing = buildBriefing(indexByIds(makePack()), 'org:nato');
    if (!briefing) throw new Error('fixture');
    const root = show({ kind: 'briefing', briefing });
    expect(root.querySelectorAll('.quote')).toHaveLength(0);
    expect(root.querySelector('.empty')?.textContent).toMatch(/No quotes/);
  });

  it('renders markup in article text and selections as text, never as elements', () => {
    const evil = '<img src=x onerror="alert(1)">';
    const pack = makePack();
    pack.quotes = pack.quotes.map((q) => (q.id === 'q1' ? { ...q, text: evil } : q));
    pack.articles = pack.articles.map((a) => ({ ...a, title: `${a.title} <b>bold</b>` }));
    const briefing = buildBriefing(indexByIds(pack), 'person:jens-stoltenberg');
    if (!briefing) throw new Error('fixture');
    const root = show({ kind: 'briefing', briefing });
    expect(root.querySelector('img, b')).toBeNull();
    expect(root.textContent).toContain(evil);
    const noMatch = show({ kind: 'no-match', text: '<script>x()</script>' });
    expect(noMatch.querySelector('script')).toBeNull();
    expect(noMatch.textContent).toContain('<script>x()</script>');
  });
});

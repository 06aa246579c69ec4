import { describe, expect, it } from 'vitest';
import { InvalidMessageError, parseToBackground, parseToContent } from '../../../lib/messaging.ts';

describe('message validation on receipt', () => {
  it('accepts a well-formed request', () => {
    expect(parseToBackground({ type: 'getBriefing', entity: 3 })).toEqual({ type: 'getBriefing', entity: 3 });
    expect(parseToBackground({ type: 'getBriefing', entity: 3, shared: 0 })).toEqual({
      type: 'getBriefing',
      entity: 3,
      shared: 0,
    });
  });

  it('rejects an unknown type', () => {
    expect(() => parseToBackground({ type: 'deleteEverything' })).toThrow(InvalidMessageError);
  });

  it('names the field that is wrong', () => {
    expect(() => parseToBackground({ type: 'getBriefing', entity: 'person:ada' })).toThrow(/"entity"/);
    expect(() => parseToBackground({ type: 'getBriefing', entity: 1.5 })).toThrow(/"entity"/);
    expect(() => parseToBackground({ type: 'pageNames', count: -1 })).toThrow(/"count"/);
  });

  it('caps untrusted text so a huge paste cannot stall the background', () => {
    expect(parseToBackground({ type: 'search', query: 'x'.repeat(10_000) }).type).toBe('search');
    expect(() => parseToBackground({ type: 'search', query: 'x'.repeat(10_001) })).toThrow(/"query"/);
  });

  it('rejects non-objects and content messages sent the wrong way', () => {
    for (const raw of [null, undefined, 'getMatcher', 7, []]) {
      expect(() => parseToBackground(raw)).toThrow(InvalidMessageError);
    }
    expect(() => parseToBackground({ type: 'getPageState' })).toThrow(InvalidMessageError);
    expect(parseToContent({ type: 'getPageState' })).toEqual({ type: 'getPageState' });
  });
});

describe('the reader’s articles', () => {
  it('accepts the add, list, remove, export and import requests', () => {
    for (const msg of [
      { type: 'addPage', tabId: 4 },
      { type: 'addText', origin: 'file', name: 'harbour.txt', text: 'Harbour Reopens' },
      { type: 'listUserArticles' },
      { type: 'removeUserArticle', id: 'u-0123456789abcdef' },
      { type: 'exportUserArticles' },
      { type: 'importUserArticles', name: 'backup.json', text: '{}' },
    ]) {
      expect(parseToBackground(msg)).toEqual(msg);
    }
    expect(parseToContent({ type: 'extractArticle' })).toEqual({ type: 'extractArticle' });
    expect(parseToContent({ type: 'showNotice', text: 'Added.', ok: true })).toEqual({
      type: 'showNotice',
      text: 'Added.',
      ok: true,
    });
  });

  it('refuses a tab that is not one, an origin it does not know, and a text over the ingest’s limit', () => {
    expect(() => parseToBackground({ type: 'addPage', tabId: -1 })).toThrow(/"tabId"/);
    expect(() => parseToBackground({ type: 'addPage', tabId: 1.5 })).toThrow(/"tabId"/);
    expect(() => parseToBackground({ type: 'addText', origin: 'page', name: 'a', text: '' })).toThrow(/"origin"/);
    expect(() =>
      parseToBackground({ type: 'addText', origin: 'file', name: 'a.txt', text: 'x'.repeat(2 * 1024 * 1024 + 1) }),
    ).toThrow(/"text"/);
    expect(() => parseToContent({ type: 'showNotice', text: 'x'.repeat(601), ok: true })).toThrow(/"text"/);
  });
});

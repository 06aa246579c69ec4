import { describe, expect, it } from 'vitest';
import {
  answerWith,
  askWhileLoading,
  type BackgroundHandlers,
  handleBackgroundMessages,
  InvalidMessageError,
  parseCorpusChanged,
  parseToBackground,
  parseToContent,
} from '../../../lib/messaging.ts';

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

describe('what a tab receives (hand-written guards, no valibot in the content script)', () => {
  it('accepts each message a tab answers, without the fields it does not know', () => {
    for (const msg of [
      { type: 'getPageState' },
      { type: 'reveal', entityId: 'person:ada' },
      { type: 'openBriefingAtSelection' },
      { type: 'extractArticle' },
      { type: 'showNotice', text: 'Added.', ok: false },
    ]) {
      expect(parseToContent({ ...msg, extra: 'dropped' })).toEqual(msg);
    }
  });

  it('refuses each bad message, naming the field', () => {
    const bad: [unknown, RegExp][] = [
      [null, /expected an object/],
      ['getPageState', /expected an object/],
      [[{ type: 'getPageState' }], /expected an object/],
      [{}, /"type"/],
      [{ type: 'getBriefing', entity: 1 }, /"type"/],
      [{ type: 'reveal' }, /"entityId"/],
      [{ type: 'reveal', entityId: '' }, /"entityId"/],
      [{ type: 'reveal', entityId: 7 }, /"entityId"/],
      [{ type: 'reveal', entityId: 'x'.repeat(201) }, /"entityId"/],
      [{ type: 'showNotice', ok: true }, /"text"/],
      [{ type: 'showNotice', text: 'x'.repeat(601), ok: true }, /"text"/],
      [{ type: 'showNotice', text: 'Added.', ok: 'yes' }, /"ok"/],
      [{ type: 'showNotice', text: 'Added.' }, /"ok"/],
    ];
    expect(() => parseToContent({ type: 'reveal', entityId: 7 })).toThrow(
      'Invalid message at "entityId": expected a string of 1 to 200 characters, got 7',
    );
    for (const [raw, field] of bad) {
      expect(() => parseToContent(raw)).toThrow(InvalidMessageError);
      expect(() => parseToContent(raw)).toThrow(field);
    }
  });

  it('hears corpusChanged only when it is well formed', () => {
    expect(parseCorpusChanged({ type: 'corpusChanged', stamp: 's1', extra: 1 })).toEqual({
      type: 'corpusChanged',
      stamp: 's1',
    });
    for (const raw of [
      null,
      'corpusChanged',
      { type: 'corpusChanged' },
      { type: 'corpusChanged', stamp: 3 },
      { type: 'corpusChanged', stamp: 'x'.repeat(101) },
      { type: 'getPageState', stamp: 's1' },
    ]) {
      expect(parseCorpusChanged(raw)).toBeNull();
    }
  });
});

// The background and the content script use the browser's own API (no polyfill): in Chromium a listener answers
// through sendResponse, and a failure in the shape the extension pages' polyfill turns back into a rejection.
describe('answering a message without the polyfill', () => {
  const withoutBrowserGlobal = async (run: () => Promise<void>) => {
    const g = globalThis as { browser?: unknown };
    const saved = g.browser;
    delete g.browser;
    try {
      await run();
    } finally {
      g.browser = saved;
    }
  };

  it('answers the background’s handler through sendResponse in Chromium, a refused message as a rejection', async () => {
    const listener = handleBackgroundMessages({
      getBriefing: async () => null,
    } as unknown as BackgroundHandlers);
    await withoutBrowserGlobal(async () => {
      const answers: unknown[] = [];
      const done = new Promise<void>((resolve) => {
        const reply = (a: unknown) => {
          answers.push(a);
          if (answers.length === 2) resolve();
        };
        expect(listener({ type: 'getBriefing', entity: 3 }, {}, reply)).toBe(true);
        expect(listener({ type: 'getBriefing', entity: -1 }, {}, reply)).toBe(true);
      });
      await done;
      expect(answers[0]).toBeNull();
      expect(answers[1]).toMatchObject({ __mozWebExtensionPolyfillReject__: true });
      expect((answers[1] as { message: string }).message).toMatch(/entity/);
    });
  });

  it('returns the promise itself where the browser has one (Firefox)', async () => {
    const g = globalThis as { browser?: unknown };
    const saved = g.browser;
    g.browser = saved ?? {};
    try {
      const pending = answerWith(Promise.resolve(7), () => {
        throw new Error('not through sendResponse');
      });
      await expect(pending).resolves.toBe(7);
    } finally {
      g.browser = saved;
    }
  });
});

describe('asking a tab that is still loading', () => {
  const noReceiverYet = new Error('Could not establish connection. Receiving end does not exist.');
  const noWait = async () => {};
  /** An ask that always fails with `error`, counting its calls. */
  const failing = (error: Error) => {
    const ask = () => {
      ask.calls++;
      return Promise.reject(error);
    };
    ask.calls = 0;
    return ask;
  };

  it('asks again while the tab loads, until its content script answers', async () => {
    let asks = 0;
    const ask = () => (++asks < 3 ? Promise.reject(noReceiverYet) : Promise.resolve('answered'));
    expect(await askWhileLoading(ask, async () => true, [1, 1, 1, 1], noWait)).toBe('answered');
    expect(asks).toBe(3);
  });

  it('gives up at once on a loaded tab with no content script (a browser page, a tab from before install)', async () => {
    const ask = failing(noReceiverYet);
    await expect(askWhileLoading(ask, async () => false, [1, 1], noWait)).rejects.toThrow(/Receiving end/);
    expect(ask.calls).toBe(1);
  });

  it('gives up after its last wait, and never asks again after a listener’s own failure', async () => {
    const ask = failing(noReceiverYet);
    await expect(askWhileLoading(ask, async () => true, [1, 1], noWait)).rejects.toThrow(/Receiving end/);
    expect(ask.calls).toBe(3);
    const broken = failing(new Error('the page is too large'));
    await expect(askWhileLoading(broken, async () => true, [1, 1], noWait)).rejects.toThrow(/too large/);
    expect(broken.calls).toBe(1);
  });
});

// The bootstrap's promise: the core starts once, after the page's load, unless the popup asks first; a question
// asked before the core runs is answered by it, exactly once.
import { describe, expect, it } from 'vitest';
import type { ContentCore } from '../../../lib/page/content-core.ts';
import { startContent } from '../../../lib/page/content-start.ts';

type Listener = (raw: unknown, sender: unknown, sendResponse: (answer: unknown) => void) => unknown;

function setup(isTop = true) {
  const listeners = new Set<Listener>();
  let loadPage = () => {};
  const loaded = new Promise<void>((resolve) => {
    loadPage = resolve;
  });
  const runs: string[] = [];
  const core: ContentCore = {
    run: () => {
      runs.push('run');
      // The core's own listener, as lib/page/content-main.ts adds it.
      listeners.add((raw, _s, send) => {
        send({ byCore: raw });
        return true;
      });
      return async (raw) => ({ early: raw });
    },
  };
  const started = startContent({
    load: async () => core,
    loaded: () => loaded,
    onMessage: { addListener: (l) => listeners.add(l), removeListener: (l) => listeners.delete(l) },
    isTop,
  });
  /** Delivers a message to every listener, as the browser does; resolves with every answer sent. */
  const send = async (raw: unknown) => {
    const answers: unknown[] = [];
    const pending: Promise<void>[] = [];
    for (const listener of [...listeners]) {
      pending.push(
        new Promise<void>((resolve) => {
          const kept = listener(raw, {}, (a) => {
            answers.push(a);
            resolve();
          });
          // Firefox takes the listener's promise as its answer; Chromium waits for sendResponse after `true`.
          if (kept instanceof Promise)
            void kept.then((a) => {
              answers.push(a);
              resolve();
            });
          else if (kept !== true) resolve();
        }),
      );
    }
    await Promise.all(pending);
    return answers;
  };
  return { runs, started, send, loadPage, listeners };
}

describe('content script start', () => {
  it('starts the core once the page has loaded, and then only the core answers', async () => {
    const t = setup();
    await Promise.resolve();
    expect(t.runs).toEqual([]);
    t.loadPage();
    await t.started;
    expect(t.runs).toEqual(['run']);
    expect(await t.send({ type: 'getPageState' })).toEqual([{ byCore: { type: 'getPageState' } }]);
  });

  it('starts the core at once for a question asked while the page loads, and answers it through the core', async () => {
    const t = setup();
    expect(await t.send({ type: 'extractArticle' })).toEqual([{ early: { type: 'extractArticle' } }]);
    expect(t.runs).toEqual(['run']);
    // The page's load later does not start it again.
    t.loadPage();
    await t.started;
    expect(t.runs).toEqual(['run']);
    expect(t.listeners.size).toBe(1);
  });

  it('leaves messages that are not questions for a tab to their own listeners, without starting the core', async () => {
    const t = setup();
    expect(await t.send({ type: 'corpusChanged', stamp: 'x' })).toEqual([]);
    expect(await t.send('getPageState')).toEqual([]);
    expect(t.runs).toEqual([]);
  });

  it('in a frame inside the page, waits for the load and answers nothing early', async () => {
    const t = setup(false);
    expect(t.listeners.size).toBe(0);
    t.loadPage();
    await t.started;
    expect(t.runs).toEqual(['run']);
  });
});

// How the content script's bootstrap starts the core: after the page's load event, so a page never waits for us,
// or at once when the popup or the context menu asks this tab something first ("Add this page" on a page whose
// last image is still loading, the popup opened during a slow load). Until the core runs, one small listener
// holds such a question, starts the core for it and answers it through the core; the core's own listener answers
// everything after, so no message is answered twice or dropped.
import { answerWith, isToContentType } from '../messaging-content.ts';
import type { ContentCore } from './content-core.ts';
import type { EarlyAnswer } from './content-main.ts';

type Listener = (raw: unknown, sender: unknown, sendResponse: (answer: unknown) => void) => unknown;

export interface StartDeps {
  /** Imports the core module. */
  load: () => Promise<ContentCore>;
  /** Resolves when the page has loaded (lib/page/page-load.ts). */
  loaded: () => Promise<void>;
  onMessage: { addListener(listener: Listener): void; removeListener(listener: Listener): void };
  /** Only the top frame answers the popup (messages to a tab go to frame 0). */
  isTop: boolean;
}

/** Starts the core once; resolves with its early answerer. */
export function startContent(deps: StartDeps): Promise<EarlyAnswer> {
  let started: Promise<EarlyAnswer> | null = null;
  const early: Listener = (raw, _sender, sendResponse) => {
    if (!isToContentType(raw)) return false;
    return answerWith(
      start().then((answer) => answer(raw)),
      sendResponse,
    );
  };
  const start = () => {
    started ??= deps.load().then((core) => {
      const answer = core.run();
      // In the same task as the core's own listener was added: from here on it hears every message.
      deps.onMessage.removeListener(early);
      return answer;
    });
    return started;
  };
  if (deps.isTop) deps.onMessage.addListener(early);
  return deps.loaded().then(start);
}

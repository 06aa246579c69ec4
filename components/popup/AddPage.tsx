// "Add this page": reads the tab's article into the reader's own articles and says what it gave ("12 names,
// 5 quotes") or why not. The context menu item runs the same background path (lib/background/browser-ui.ts).
import { useState } from 'preact/hooks';
import { sendToBackground } from '../../lib/messaging.ts';
import type { AddOutcome } from '../../lib/user-corpus/outcomes.ts';

export function AddPage({ tabId }: { tabId: number | undefined }) {
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<AddOutcome>();

  const add = async () => {
    if (tabId === undefined || busy) return;
    setBusy(true);
    setOutcome(undefined);
    const result = await sendToBackground({ type: 'addPage', tabId }).catch(
      (error: unknown): AddOutcome => ({
        ok: false,
        reason: 'failed',
        message: `Backgrounder could not add this page (${(error as Error)?.message ?? String(error)}).`,
      }),
    );
    setOutcome(result);
    setBusy(false);
  };

  return (
    <div class="add-page">
      <button
        type="button"
        id="add-page"
        disabled={tabId === undefined}
        aria-disabled={busy}
        aria-describedby={outcome ? 'add-outcome' : undefined}
        onClick={() => void add()}
      >
        {busy ? 'Adding…' : 'Add this page'}
      </button>
      <div aria-live="polite" class="add-outcome-live">
        {outcome && (
          <p id="add-outcome" class={outcome.ok ? 'ok' : 'error'} role={outcome.ok ? 'status' : 'alert'}>
            {outcome.message}
          </p>
        )}
      </div>
    </div>
  );
}

import { useState } from 'preact/hooks';
import { citationText } from '../../lib/briefing/citation.ts';
import type { CitedQuote } from '../../lib/briefing/types.ts';
import { copyPlainText } from '../popover/clipboard.ts';

/** Copies a quote with its citation; says whether it worked in a polite status message. */
export function CopyQuote({ quote }: { quote: CitedQuote }) {
  const [copied, setCopied] = useState<boolean | null>(null);
  return (
    <span class="copy-wrap">
      <button
        type="button"
        class="copy"
        aria-label="Copy quote and citation"
        onClick={async () => setCopied(await copyPlainText(citationText(quote)))}
      >
        Copy
      </button>
      <span role="status" class="copy-status">
        {copied === true ? 'Copied with citation' : copied === false ? 'Could not copy' : ''}
      </span>
    </span>
  );
}

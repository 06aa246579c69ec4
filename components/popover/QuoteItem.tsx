import { useState } from 'preact/hooks';
import { displayDate } from '../../lib/briefing/citation.ts';
import type { CitedQuote } from '../../lib/briefing/types.ts';

interface Props {
  quote: CitedQuote;
  onOpenArticle(quote: CitedQuote): void;
  onCopy(quote: CitedQuote): Promise<boolean>;
}

/** One quote with who said it and where (article title, source, date); copy it, or read it in its article. */
export function QuoteItem({ quote, onOpenArticle, onCopy }: Props) {
  const [copied, setCopied] = useState<boolean | null>(null);
  const date = displayDate(quote.date);
  return (
    <li class="quote">
      <blockquote class="quote-text">“{quote.text}”</blockquote>
      <p class="speaker">— {quote.speaker ?? 'Unattributed'}</p>
      <p class="source">
        <cite>{quote.articleTitle}</cite>
        {quote.source ? `, ${quote.source}` : null}
        {date ? (
          <>
            {', '}
            <time dateTime={quote.date}>{date}</time>
          </>
        ) : null}
      </p>
      <p class="actions">
        <button
          type="button"
          class="copy"
          aria-label="Copy quote and citation"
          onClick={async () => setCopied(await onCopy(quote))}
        >
          Copy
        </button>
        <button type="button" class="link" onClick={() => onOpenArticle(quote)}>
          Read in article
        </button>
        <span class="copy-status" role="status">
          {copied === true ? 'Copied with citation' : copied === false ? 'Could not copy' : ''}
        </span>
      </p>
    </li>
  );
}

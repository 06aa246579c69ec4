import { type BriefingRoute, quoteRoute } from '../../lib/briefing/links.ts';
import type { Briefing, CitedQuote } from '../../lib/briefing/types.ts';
import { KIND_LABEL } from './labels.ts';
import { QuoteItem } from './QuoteItem.tsx';

export interface PopoverViewProps {
  briefing: Briefing;
  /** Open the briefing page (dossier, or the reader at a quote). */
  onOpen(route: BriefingRoute): void;
  onCopy(quote: CitedQuote): Promise<boolean>;
  /** The reader picked another entity the shared name could mean. */
  onSwitch?(entity: number): void;
}

/** Who or what it is, then its quotes: said by it first, then about it. Every string is rendered as text. */
export function PopoverView({ briefing, onOpen, onCopy, onSwitch }: PopoverViewProps) {
  const { entity, quotes, totalQuotes, also } = briefing;
  const by = quotes.filter((q) => q.relation === 'by');
  const about = quotes.filter((q) => q.relation === 'about');
  const openArticle = (q: CitedQuote) => onOpen(quoteRoute(q));
  const list = (title: string, items: CitedQuote[]) =>
    items.length ? (
      <section class="quotes" aria-label={title}>
        <h3 class="section-title">{title}</h3>
        <ul>
          {items.map((q) => (
            <QuoteItem key={q.id} quote={q} onOpenArticle={openArticle} onCopy={onCopy} />
          ))}
        </ul>
      </section>
    ) : null;

  return (
    <>
      <header class="head">
        <h2 class="name">{entity.name}</h2>
        <p class="kind">{KIND_LABEL[entity.kind]}</p>
      </header>
      {also && also.others.length > 0 ? (
        <p class="also">
          <span class="also-label">{also.form} — also: </span>
          {also.others.map((o, i) => (
            <span key={o.entity}>
              {i > 0 ? ', ' : ''}
              <button
                type="button"
                class="also-choice"
                title={`Show ${o.name} instead`}
                onClick={() => onSwitch?.(o.entity)}
              >
                {o.name}
              </button>
            </span>
          ))}
        </p>
      ) : null}
      {entity.description ? <p class="description">{entity.description}</p> : null}
      <div class="body">
        {list(`Said by ${entity.name}`, by)}
        {list(`About ${entity.name}`, about)}
        {totalQuotes === 0 ? <p class="empty">No quotes in the bundled articles.</p> : null}
      </div>
      <footer class="foot">
        <span class="count">{totalQuotes > quotes.length ? `${quotes.length} of ${totalQuotes} quotes` : ''}</span>
        <button
          type="button"
          class="more"
          onClick={() =>
            onOpen(
              also ? { view: 'entity', entityId: entity.id, form: also.form } : { view: 'entity', entityId: entity.id },
            )
          }
        >
          More on {entity.name}
        </button>
      </footer>
    </>
  );
}

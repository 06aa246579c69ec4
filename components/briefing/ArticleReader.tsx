import { useEffect, useMemo } from 'preact/hooks';
import { paragraphAnchor, routeToHash } from '../../lib/briefing/links.ts';
import { segmentParagraph } from '../../lib/briefing/segments.ts';
import type { ArticleView } from '../../lib/briefing/types.ts';
import { KIND_LABEL } from '../popover/labels.ts';
import { ArticleMeta } from './ArticleMeta.tsx';

interface Props {
  view: ArticleView;
  /** Paragraph to bring into view and mark (deep link `p`). */
  paragraph?: number;
  /** Quote to bring into view and mark (deep link `quote`). */
  quoteId?: string;
}

export const quoteAnchor = (id: string) => `quote-${id}`;

/** An article with its names as links to their dossiers and its quotes marked and anchored. */
export function ArticleReader({ view, paragraph, quoteId }: Props) {
  const { article, mentions, quotes } = view;
  const byParagraph = useMemo(
    () =>
      article.paragraphs.map((text, i) =>
        segmentParagraph(
          text,
          mentions.filter((m) => m.paragraph === i),
          quotes.filter((q) => q.paragraph === i),
        ),
      ),
    [view],
  );
  const names = useMemo(() => new Map(mentions.map((m) => [m.entityId, m])), [view]);
  const speakers = useMemo(() => new Map(quotes.map((q) => [q.id, q.speaker])), [view]);

  useEffect(() => {
    const id = quoteId ? quoteAnchor(quoteId) : paragraph !== undefined ? paragraphAnchor(paragraph) : null;
    const target = id ? document.getElementById(id) : null;
    target?.scrollIntoView({ block: 'center' });
  }, [view, paragraph, quoteId]);

  return (
    <article class="reader" aria-labelledby="reader-title">
      <header class="page-head">
        <p class="kind">Article</p>
        <h1 id="reader-title" tabIndex={-1}>
          {article.title}
        </h1>
        <ArticleMeta article={article} />
      </header>
      {byParagraph.map((segments, i) => (
        <p key={i} id={paragraphAnchor(i)} class={i === paragraph ? 'para target' : 'para'}>
          {segments.map((s) => {
            const name = s.entityId ? names.get(s.entityId) : undefined;
            const also = s.shared ? ` — also: ${s.shared.others.map((o) => o.name).join(', ')}` : '';
            const inner = name ? (
              <a
                class={`mention kind-${name.kind}`}
                href={routeToHash(
                  s.shared
                    ? { view: 'entity', entityId: name.entityId, form: s.shared.form }
                    : { view: 'entity', entityId: name.entityId },
                )}
                title={`${name.name} (${KIND_LABEL[name.kind]})${also}`}
              >
                {s.text}
              </a>
            ) : (
              s.text
            );
            if (!s.quoteId) return <span key={s.start}>{inner}</span>;
            const speaker = speakers.get(s.quoteId);
            return (
              <span
                key={s.start}
                id={s.quoteStart ? quoteAnchor(s.quoteId) : undefined}
                class={s.quoteId === quoteId ? 'quote target' : 'quote'}
                title={speaker ? `Quote: ${speaker}` : 'Quote'}
              >
                {inner}
              </span>
            );
          })}
        </p>
      ))}
    </article>
  );
}

import type { Pack } from '../corpus/types.ts';
import { memoByPack, type PackIndex } from './pack-index.ts';
import type { ArticleView } from './types.ts';

type Mention = ArticleView['mentions'][number];
type QuoteAnchor = ArticleView['quotes'][number];

const byPosition = (a: { paragraph: number; start: number }, b: { paragraph: number; start: number }) =>
  a.paragraph - b.paragraph || a.start - b.start;

function pushTo<T>(map: Map<string, T[]>, key: string, item: T): void {
  const list = map.get(key);
  if (list) list.push(item);
  else map.set(key, [item]);
}

// Mentions are stored per entity; the reader needs them per article. Built once per pack, as (entity, mention)
// positions rather than copies: a 100,000-article pack has millions of mentions, and the layout build asks for
// each article once.
const mentionsByArticle = memoByPack((pack: Pack) => {
  const out = new Map<string, number[]>();
  pack.entities.forEach((e, entity) => {
    e.mentions.forEach((m, k) => {
      const list = out.get(m.articleId);
      if (list) list.push(entity, k);
      else out.set(m.articleId, [entity, k]);
    });
  });
  return out;
});

function mentionsOf(pack: Pack, articleId: string): Mention[] {
  const positions = mentionsByArticle(pack).get(articleId) ?? [];
  const list: Mention[] = [];
  for (let i = 0; i < positions.length; i += 2) {
    const e = pack.entities[positions[i] as number] as Pack['entities'][number];
    const m = e.mentions[positions[i + 1] as number] as Pack['entities'][number]['mentions'][number];
    list.push({ ...m, entityId: e.id, kind: e.kind, name: e.name });
  }
  return withoutOverlaps(list);
}

const quotesByArticle = memoByPack((pack: Pack) => {
  const out = new Map<string, QuoteAnchor[]>();
  for (const q of pack.quotes) {
    pushTo(out, q.articleId, {
      id: q.id,
      paragraph: q.paragraph,
      start: q.start,
      end: q.end,
      speaker: q.speaker,
      speakerId: q.speakerId,
    });
  }
  for (const list of out.values()) list.sort(byPosition);
  return out;
});

/** Sorted by position; where two mentions overlap the earlier (then longer) one wins, so spans never nest. */
export function withoutOverlaps(mentions: Mention[]): Mention[] {
  const sorted = [...mentions].sort((a, b) => byPosition(a, b) || b.end - a.end);
  const kept: Mention[] = [];
  for (const m of sorted) {
    const last = kept[kept.length - 1];
    if (last && last.paragraph === m.paragraph && m.start < last.end) continue;
    kept.push(m);
  }
  return kept;
}

/** One article for the reader, with what to highlight and where its quotes are; null for an unknown id. */
export function buildArticleView(index: PackIndex, articleId: string): ArticleView | null {
  const article = index.articles.get(articleId);
  if (!article) return null;
  const valid = (s: { paragraph: number; start: number; end: number }) => {
    const p = article.paragraphs[s.paragraph];
    return p !== undefined && s.start >= 0 && s.end <= p.length && s.start < s.end;
  };
  return {
    article,
    mentions: mentionsOf(index.pack, articleId).filter(valid),
    quotes: (quotesByArticle(index.pack).get(articleId) ?? []).filter(valid),
  };
}

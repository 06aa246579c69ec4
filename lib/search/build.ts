// Build-time side of search: the documents the index holds (entities, quotes, articles), and, as the reference
// the split index (lib/search/shards-build.ts) is tested against, one MiniSearch index over all of them: the split
// index scores every document exactly as this one does.
import MiniSearch from 'minisearch';
import type { Pack, Quote } from '../corpus/types.ts';
import { SEARCH_OPTIONS, type SearchDoc } from './options.ts';

/**
 * Entities, quotes and articles. An article's text field holds only its narration (quotes cut out), so each
 * word of the corpus is indexed once: a quote's words find the quote, and the quote leads to its article.
 */
export function* searchDocuments(pack: Omit<Pack, 'index'>): Generator<SearchDoc> {
  for (const e of pack.entities) {
    yield {
      id: `e:${e.id}`,
      name: e.name,
      aliases: e.aliases.filter((a) => a !== e.name).join(' · '),
      description: e.description ?? '',
    };
  }
  const quotesByParagraph = new Map<string, Quote[]>();
  for (const q of pack.quotes) {
    yield { id: `q:${q.id}`, text: q.text, speaker: q.speaker ?? '' };
    const key = `${q.articleId}#${q.paragraph}`;
    const list = quotesByParagraph.get(key);
    if (list) list.push(q);
    else quotesByParagraph.set(key, [q]);
  }
  for (const a of pack.articles) {
    const narration = a.paragraphs.map((p, i) => withoutQuotes(p, quotesByParagraph.get(`${a.id}#${i}`) ?? []));
    yield {
      id: `a:${a.id}`,
      name: a.title,
      description: [a.byline, a.source].filter(Boolean).join(' · '),
      text: narration.join('\n'),
    };
  }
}

function withoutQuotes(paragraph: string, quotes: readonly Quote[]): string {
  if (quotes.length === 0) return paragraph;
  let out = '';
  let at = 0;
  for (const q of [...quotes].sort((x, y) => x.start - y.start)) {
    if (q.start < at) continue;
    out += `${paragraph.slice(at, q.start)} `;
    at = q.end;
  }
  return out + paragraph.slice(at);
}

/** The index as MiniSearch.toJSON() returns it: a plain object, ready for JSON.stringify and loadJSAsync. */
export function buildIndex(pack: Omit<Pack, 'index'>): ReturnType<MiniSearch<SearchDoc>['toJSON']> {
  const index = new MiniSearch<SearchDoc>(SEARCH_OPTIONS);
  for (const doc of searchDocuments(pack)) index.add(doc);
  return index.toJSON();
}

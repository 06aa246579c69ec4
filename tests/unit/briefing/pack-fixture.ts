// A small hand-built pack: two articles, Stoltenberg (quotes by and about him), Johnson, NATO, a quiet place.
import type { Article, Entity, Pack, Quote } from '../../../lib/corpus/types.ts';
import { PACK_VERSION } from '../../../lib/corpus/types.ts';

const para0 = 'NATO Secretary General Jens Stoltenberg spoke in Riga on Tuesday.';
const para1 = '“We are here to protect and defend all allies,” Stoltenberg said.';
const para2 = '“Stoltenberg is right,” Boris Johnson said. “No ally has sent combat troops,” he stressed.';

export const articles: Article[] = [
  {
    id: 'a-riga',
    file: 'riga.txt',
    title: 'NATO chief visits Latvia',
    titleDerived: false,
    date: '2022-03-08',
    source: 'The Hill',
    paragraphs: [para0, para1, para2],
  },
  {
    id: 'a-summit',
    file: 'summit.txt',
    title: 'Summit in Brussels',
    titleDerived: false,
    paragraphs: ['“We are here to protect and defend all allies,” Stoltenberg said again.', 'Riga was quiet.'],
  },
];

const span = (articleId: string, paragraph: number, text: string, needle: string, from = 0) => {
  const p = articles.find((a) => a.id === articleId)?.paragraphs[paragraph] ?? '';
  const start = p.indexOf(needle, from);
  if (start < 0) throw new Error(`fixture: "${needle}" not in ${articleId}/${paragraph}`);
  return { articleId, paragraph, start, end: start + needle.length, text };
};

const quote = (id: string, articleId: string, paragraph: number, text: string, speaker: [string, string] | null) => {
  const s = span(articleId, paragraph, text, text);
  return {
    id,
    articleId,
    paragraph,
    start: s.start,
    end: s.end,
    text,
    speaker: speaker?.[0] ?? null,
    speakerId: speaker?.[1] ?? null,
  } satisfies Quote;
};

const JENS: [string, string] = ['Jens Stoltenberg', 'person:jens-stoltenberg'];
const BORIS: [string, string] = ['Boris Johnson', 'person:boris-johnson'];

export const quotes: Quote[] = [
  quote('q1', 'a-riga', 1, 'We are here to protect and defend all allies,', JENS),
  quote('q2', 'a-riga', 2, 'Stoltenberg is right,', BORIS),
  quote('q3', 'a-riga', 2, 'No ally has sent combat troops,', BORIS),
  // The same words reported again by a second article.
  quote('q4', 'a-summit', 0, 'We are here to protect and defend all allies,', JENS),
];

const mention = (articleId: string, paragraph: number, needle: string, from = 0) => {
  const { text: _t, ...s } = span(articleId, paragraph, needle, needle, from);
  return s;
};

export const entities: Entity[] = [
  {
    id: 'person:jens-stoltenberg',
    name: 'Jens Stoltenberg',
    kind: 'person',
    aliases: ['Jens Stoltenberg', 'Stoltenberg'],
    description: 'NATO Secretary General',
    mentions: [
      mention('a-riga', 0, 'Jens Stoltenberg'),
      mention('a-riga', 1, 'Stoltenberg', 30),
      mention('a-riga', 2, 'Stoltenberg'),
      mention('a-summit', 0, 'Stoltenberg', 30),
    ],
    related: ['org:nato', 'person:boris-johnson', 'person:missing'],
    // Pack order puts an "about" quote first on purpose: the briefing must still lead with his own words.
    quoteIds: ['q2', 'q1', 'q4'],
    sentences: [mention('a-riga', 0, para0)],
  },
  {
    id: 'person:boris-johnson',
    name: 'Boris Johnson',
    kind: 'person',
    aliases: ['Boris Johnson', 'Johnson'],
    description: 'British Prime Minister',
    mentions: [mention('a-riga', 2, 'Boris Johnson')],
    related: ['person:jens-stoltenberg'],
    quoteIds: ['q2', 'q3'],
    sentences: [],
  },
  {
    id: 'org:nato',
    name: 'NATO',
    kind: 'organization',
    aliases: ['NATO', 'North Atlantic Treaty Organization'],
    mentions: [mention('a-riga', 0, 'NATO')],
    related: ['person:jens-stoltenberg'],
    quoteIds: [],
    sentences: [],
  },
  {
    id: 'place:riga',
    name: 'Riga',
    kind: 'place',
    aliases: ['Riga'],
    mentions: [mention('a-riga', 0, 'Riga'), mention('a-summit', 1, 'Riga')],
    related: [],
    quoteIds: [],
    sentences: [],
  },
];

export function makePack(overrides: Partial<Pack> = {}): Pack {
  return { version: PACK_VERSION, articles, entities, quotes, index: null, ...overrides };
}

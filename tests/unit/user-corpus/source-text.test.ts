// An added page becomes the ingest's own plain text, and the build's pipeline reads it back as the page said:
// headline, byline, date and source as header lines, the paragraphs as the body; a header line the parser would
// misread is left out rather than turned into prose.
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../lib/corpus/article.ts';
import { ingestPrepared, prepareExtracted } from '../../../lib/user-corpus/ingest-one.ts';
import { headline, isoDate, sourceFromExtracted } from '../../../lib/user-corpus/source-text.ts';
import type { ExtractedArticle } from '../../../lib/user-corpus/types.ts';

const article: ExtractedArticle = {
  url: 'https://www.elliscourier.example/news/night-ferries',
  title: 'Harbour board backs night ferries after long dispute',
  byline: 'By Dana Whitcombe',
  published: '2025-02-11T09:30:00+00:00',
  siteName: 'The Ellis Courier',
  paragraphs: [
    'PORT ELLIS — The harbour board voted on Tuesday to run ferries through the night from next spring.',
    '“We have listened to the shift workers, and the night crossings will pay for themselves,” said Marguerite Okonjo-Vale, the chair of the harbour board.',
    '“Nobody has shown me the passengers,” Tobias Lindqvist said after the vote.',
  ],
};

describe('source text', () => {
  it('writes headline, byline, date and source lines, then one paragraph per block', () => {
    expect(sourceFromExtracted(article, 'x.txt').text).toBe(
      `${[
        'Harbour board backs night ferries after long dispute',
        'By Dana Whitcombe',
        '2025-02-11T09:30',
        'Source: The Ellis Courier',
        ...article.paragraphs,
      ].join('\n\n')}\n`,
    );
  });

  it('reads back through the ingest’s parser as the page said', () => {
    const parsed = parseArticle('x.txt', sourceFromExtracted(article, 'x.txt').text, 'a-x', [])?.article;
    expect(parsed).toMatchObject({
      title: article.title,
      titleDerived: false,
      byline: 'Dana Whitcombe',
      date: '2025-02-11T09:30',
      source: 'The Ellis Courier',
      paragraphs: article.paragraphs,
    });
  });

  it('dates as the page’s own clock says, or a parsed date, or none', () => {
    expect(isoDate('2017-01-13T00:00:04-05:00')).toBe('2017-01-13');
    expect(isoDate('2016-02-01 01:28:49')).toBe('2016-02-01T01:28');
    expect(isoDate('05/29/2007 09:49:00')).toBe('2007-05-29');
    expect(isoDate('Fri, 13 Jan 2017 12:00:00 GMT')).toBe('2017-01-13');
    expect(isoDate('last Tuesday')).toBeUndefined();
    expect(isoDate(undefined)).toBeUndefined();
  });

  it('a headline loses the full stop some sites end it with, never an ellipsis', () => {
    expect(headline('Ferries to run at night.')).toBe('Ferries to run at night');
    expect(headline('Ferries to run at night...')).toBe('Ferries to run at night...');
    expect(headline('  Two\nlines ')).toBe('Two lines');
  });
});

describe('through the pipeline', () => {
  it('gives a one-article pack with the page’s names and quotes, named by its text', async () => {
    const prepared = await prepareExtracted(article);
    if (!prepared.ok) throw new Error(prepared.message);
    expect(prepared.id).toMatch(/^u-[0-9a-f]{16}$/);
    const result = ingestPrepared(prepared);
    if (!result.ok) throw new Error(result.message);
    const [parsed] = result.pack.articles;
    expect(parsed).toMatchObject({ id: `a-${prepared.id}`, title: article.title, byline: 'Dana Whitcombe' });
    expect(result.pack.entities.map((e) => e.name)).toEqual(
      expect.arrayContaining(['Marguerite Okonjo-Vale', 'Tobias Lindqvist']),
    );
    expect(result.pack.quotes.map((q) => q.speaker)).toEqual(['Marguerite Okonjo-Vale', 'Tobias Lindqvist']);
    expect(result.contribution).toMatchObject({ people: 2, quotes: 2 });
    expect(result.pack.index).toBeNull();
  });

  it('leaves out a byline the parser would read as prose, and keeps a long title as the title', async () => {
    const odd: ExtractedArticle = {
      ...article,
      title: `${'A very long headline that goes on '.repeat(8)}and on`,
      byline: 'Dana Whitcombe is a reporter who covers the harbour for this newspaper.',
    };
    const prepared = await prepareExtracted(odd);
    if (!prepared.ok) throw new Error(prepared.message);
    const result = ingestPrepared(prepared);
    if (!result.ok) throw new Error(result.message);
    const [parsed] = result.pack.articles;
    expect(parsed?.paragraphs).toEqual(article.paragraphs);
    expect(parsed?.title).toBe(headline(odd.title));
    expect(parsed?.titleDerived).toBe(false);
  });
});

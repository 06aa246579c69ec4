// "My articles" as a file: what the reader gave, versioned; read back only when every field validates, and the
// error names the field and the value.
import { describe, expect, it } from 'vitest';
import { PACK_VERSION } from '../../../lib/corpus/types.ts';
import type { StoredArticle } from '../../../lib/storage/schema.ts';
import {
  ARTICLES_FORMAT,
  articlesFileName,
  articlesFileText,
  MAX_ARTICLES_FILE_BYTES,
  parseArticlesFile,
} from '../../../lib/user-corpus/export-file.ts';

const stored: StoredArticle = {
  id: 'u-0123456789abcdef',
  origin: 'page',
  title: 'Harbour board backs night ferries',
  url: 'https://www.elliscourier.example/news/night-ferries',
  site: 'The Ellis Courier',
  lang: 'en-GB',
  text: 'Harbour board backs night ferries\n\nThe board voted on Tuesday.\n',
  fingerprint: 'f'.repeat(64),
  urlKeys: ['https://www.elliscourier.example/news/night-ferries'],
  addedAt: '2025-02-11T10:00:00.000Z',
  contribution: { people: 0, organizations: 0, places: 0, terms: 0, quotes: 0 },
  packVersion: PACK_VERSION,
};

const withArticle = (patch: Record<string, unknown>) => {
  const data = JSON.parse(articlesFileText([stored]));
  Object.assign(data.articles[0], patch);
  return JSON.stringify(data);
};

describe('the articles file', () => {
  it('writes the reader’s articles, without derived records, and reads them back', () => {
    const text = articlesFileText([stored], new Date('2025-03-14T08:00:00Z'));
    const data = JSON.parse(text);
    expect(data).toMatchObject({ format: ARTICLES_FORMAT, version: 1, exportedAt: '2025-03-14T08:00:00.000Z' });
    expect(Object.keys(data.articles[0]).sort()).toEqual(['addedAt', 'lang', 'origin', 'site', 'text', 'title', 'url']);
    const parsed = parseArticlesFile(text);
    expect(parsed.ok && parsed.file.articles[0]).toEqual(data.articles[0]);
    expect(articlesFileName(new Date('2025-03-14T08:00:00Z'))).toBe('backgrounder-articles-2025-03-14.json');
  });

  it.each([
    ['not JSON', '{', /^The file is not valid JSON/],
    [
      'another file',
      '{"format":"backgrounder-settings","version":1}',
      'The file is not a Backgrounder articles file: "format" is "backgrounder-settings", expected "backgrounder-articles".',
    ],
    [
      'a newer version',
      `{"format":"${ARTICLES_FORMAT}","version":3,"articles":[]}`,
      'The file was exported by a newer Backgrounder (articles version 3); this one reads version 1.',
    ],
    [
      'a script address',
      withArticle({ url: 'javascript:alert(1)' }),
      'articles[0].url: expected an http(s) address, found "javascript:alert(1)".',
    ],
    ['a missing text', withArticle({ text: undefined }), 'articles[0].text is missing.'],
    [
      'an unknown origin',
      withArticle({ origin: 'feed' }),
      'articles[0].origin: expected "page" or "file" or "paste", found "feed".',
    ],
    [
      'a bad date',
      withArticle({ addedAt: 'yesterday' }),
      'articles[0].addedAt: expected a date and time (ISO 8601), found "yesterday".',
    ],
    ['a two-line title', withArticle({ title: 'One\nTwo' }), 'articles[0].title: expected one line, found "One\nTwo".'],
  ])('refuses %s, naming the field and the value', (_case, text, error) => {
    const parsed = parseArticlesFile(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      if (typeof error === 'string') expect(parsed.error).toBe(error);
      else expect(parsed.error).toMatch(error);
    }
  });

  it('refuses a file over the limit before parsing it', () => {
    expect(parseArticlesFile(' '.repeat(MAX_ARTICLES_FILE_BYTES + 1))).toEqual({
      ok: false,
      error: 'The file is over 50 MB; split the export or import the articles as text files.',
    });
  });
});

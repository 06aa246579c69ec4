// The same article again: by its address (tracking parameters, fragments and trailing slashes aside) and by
// its text (whitespace and case aside).
import { describe, expect, it } from 'vitest';
import { normalizeUrl, textFingerprint, urlKeys, userArticleId } from '../../../lib/user-corpus/identity.ts';

describe('addresses', () => {
  it('compares addresses without fragments, tracking parameters or a trailing slash', () => {
    expect(normalizeUrl('https://News.Example.org/a/b/?utm_source=x&id=7&fbclid=1#top')).toBe(
      'https://news.example.org/a/b?id=7',
    );
    expect(normalizeUrl('https://news.example.org/')).toBe('https://news.example.org/');
    expect(normalizeUrl('https://news.example.org/a?b=2&a=1')).toBe(normalizeUrl('https://news.example.org/a?a=1&b=2'));
  });

  it('keeps only http(s) addresses, each once', () => {
    expect(normalizeUrl('javascript:alert(1)')).toBeUndefined();
    expect(normalizeUrl('not a url')).toBeUndefined();
    expect(urlKeys('https://a.example/x#1', 'https://a.example/x/', undefined)).toEqual(['https://a.example/x']);
  });
});

describe('texts', () => {
  it('one fingerprint for the same paragraphs whatever their spacing or case', async () => {
    const a = await textFingerprint(['The harbour  reopened.', 'Ferries run at night.']);
    const b = await textFingerprint(['the harbour reopened.\n', 'FERRIES run at night.']);
    const c = await textFingerprint(['The harbour reopened.', 'Ferries run by day.']);
    expect(a).toBe(b);
    expect(a).not.toBe(c);
    expect(userArticleId(a)).toMatch(/^u-[0-9a-f]{16}$/);
  });
});

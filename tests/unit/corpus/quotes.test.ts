// Quotation marks as real copy has them: curly, straight, mixed, flipped, unclosed, single, guillemets.
import { describe, expect, it } from 'vitest';
import { scanQuotes } from '../../../lib/corpus/quotes.ts';
import { sentenceRanges } from '../../../lib/corpus/sentences.ts';

const texts = (p: string) => scanQuotes(p).spans.map((s) => p.slice(s.start, s.end));

describe('scanQuotes', () => {
  it('reads curly and straight quotes, without the trailing comma', () => {
    expect(texts('“We are ready,” she said. "So are we," he said.')).toEqual(['We are ready', 'So are we']);
  });

  it('closes a curly quote with a straight mark, as mixed copy does', () => {
    const p = '“I have been a supporter of free trade, "says the minister. “Freedom matters more”, he adds.';
    expect(texts(p)).toEqual(['I have been a supporter of free trade', 'Freedom matters more']);
  });

  it('trims a space left inside the closing mark', () => {
    expect(texts('warned that “Russia will pay a heavy price ”for its actions')).toEqual([
      'Russia will pay a heavy price',
    ]);
  });

  it('reads guillemets and German low-high quotes', () => {
    expect(texts('Il a dit «nous partons» hier, und „wir bleiben“ heute.')).toEqual(['nous partons', 'wir bleiben']);
  });

  it('reads single quotes when a paragraph has no double ones, but not apostrophes', () => {
    expect(texts('‘We won’t give in,’ he said, and the union’s leader agreed.')).toEqual(['We won’t give in']);
    expect(texts('The leaders’ summit and Paris’ mayor')).toEqual([]);
  });

  it('runs an unclosed quote to the end of the paragraph and says so', () => {
    const scan = scanQuotes('“The first part of the plan is done, she said, and more is coming');
    expect(scan.spans).toHaveLength(1);
    expect(scan.spans[0]?.unclosed).toBe(true);
  });

  it('starts a new quote when an opener follows an unclosed one', () => {
    expect(texts('“We are done. “Now we go home.”')).toEqual(['We are done.', 'Now we go home.']);
  });

  it('notes a closing mark that closes nothing', () => {
    expect(scanQuotes('He said it was over.” Then he left.').strayCloses).toHaveLength(1);
  });

  it('keeps every quote a verbatim slice of its paragraph', () => {
    const p = '  “ Spaced out ,”  he said; „Zitat“ and «citation» and "straight"   ';
    for (const s of scanQuotes(p).spans) expect(p.slice(s.start, s.end)).toBe(p.slice(s.start, s.end).trim());
  });
});

describe('sentences around quotes', () => {
  it('keeps a quote and its attribution in one sentence', () => {
    const p = '“We need to be ready. That is why we act,” including with “air defence,” he said. Next sentence.';
    const q = scanQuotes(p).spans;
    const s = sentenceRanges(p, q).map(([a, b]) => p.slice(a, b));
    expect(s).toEqual([
      '“We need to be ready. That is why we act,” including with “air defence,” he said.',
      'Next sentence.',
    ]);
  });

  it('ends a sentence at a quote that ends with a full stop', () => {
    const p = 'They are “incidental versus intentional.” He added that it was sad.';
    const s = sentenceRanges(p, scanQuotes(p).spans).map(([a, b]) => p.slice(a, b));
    expect(s).toEqual(['They are “incidental versus intentional.”', 'He added that it was sad.']);
  });

  it('keeps the speaker with a quote closed on a comma after an exclamation', () => {
    const p = 'The crowd cheered. “Go, go!!!,” Jane Marsh wrote on the forum. Then she left.';
    const s = sentenceRanges(p, scanQuotes(p).spans).map(([a, b]) => p.slice(a, b));
    expect(s).toEqual(['The crowd cheered.', '“Go, go!!!,” Jane Marsh wrote on the forum.', 'Then she left.']);
  });

  it('ends a sentence at a word that is also a month abbreviation, but not before a day', () => {
    const p =
      'She worked on the Museu do Mar. Her first show opened on Mar. 5, 1986, and closed in Sept. It was a success.';
    const s = sentenceRanges(p, scanQuotes(p).spans).map(([a, b]) => p.slice(a, b));
    expect(s).toEqual([
      'She worked on the Museu do Mar.',
      'Her first show opened on Mar. 5, 1986, and closed in Sept.',
      'It was a success.',
    ]);
  });
});

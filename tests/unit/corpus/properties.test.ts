// Properties that must hold for any input: quotes and mentions are verbatim slices at their offsets, every
// alias occurs in the text, ids resolve. Inputs are built from the pieces news copy is made of, mixed freely.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IngestError } from '../../../lib/corpus/errors.ts';
import { buildPack } from '../../../lib/corpus/pack.ts';
import type { Pack } from '../../../lib/corpus/types.ts';

const piece = fc.oneof(
  fc.constantFrom(
    'Maria Lopez',
    'Lopez',
    'Peter Hansen’s',
    'the ministry',
    'NATO',
    'U.N.',
    'Kyiv',
    'Kiev',
    'President',
    'Mr.',
    'Gen.',
    'said',
    'told reporters',
    'according to',
    'he said',
    'she added',
    'who said',
    'the prime minister said',
    '“',
    '”',
    '"',
    '„',
    '“',
    '«',
    '»',
    '‘',
    '’',
    "'",
    ',',
    '.',
    '?',
    ':',
    ';',
    '—',
    '(',
    ')',
    '(WHO)',
    'Article 5',
    'Monday',
    'Leave a Comment',
    '5 Reads',
    'By Jane Doe',
    '25 May 2022',
    '\n',
    '\n\n',
    ' ',
    '…',
    'O’Brien',
    'US-led',
    'no-fly zone',
    'humanitarian corridors',
    'declared martial law',
    'between the Baltic and Black Seas',
    'about 20,000 troops',
    ', which states that',
  ),
  fc.string({ minLength: 1, maxLength: 8 }),
  fc.constantFrom('the', 'talks', 'were', 'over', 'and', 'we', 'will', 'win', 'a', 'deal'),
);
const articleText = fc.array(piece, { minLength: 1, maxLength: 60 }).map((parts) => parts.join(' '));
const corpus = fc.array(articleText, { minLength: 1, maxLength: 3 });

function build(texts: string[]): Pack | undefined {
  try {
    return buildPack(texts.map((text, i) => ({ file: `f${i}.txt`, text })));
  } catch (error) {
    if (error instanceof IngestError) return undefined;
    throw error;
  }
}

function checkInvariants(pack: Pack) {
  const articles = new Map(pack.articles.map((a) => [a.id, a]));
  const entityIds = new Set(pack.entities.map((e) => e.id));
  expect(entityIds.size).toBe(pack.entities.length);
  // The headline is the article's text too (a headline may name a person the way the body never does).
  const allText = pack.articles.flatMap((a) => [a.title, ...a.paragraphs]).join('\n');
  for (const q of pack.quotes) {
    const a = articles.get(q.articleId);
    const source = q.inTitle ? a?.title : a?.paragraphs[q.paragraph];
    expect(source?.slice(q.start, q.end)).toBe(q.text);
    expect(q.text.trim().length).toBeGreaterThan(0);
    if (q.speakerId) expect(pack.entities.find((e) => e.id === q.speakerId)?.name).toBe(q.speaker);
  }
  const quoteIds = new Set(pack.quotes.map((q) => q.id));
  for (const e of pack.entities) {
    expect(e.aliases[0]).toBe(e.name);
    for (const alias of e.aliases) expect(allText.includes(alias)).toBe(true);
    for (const m of e.mentions)
      expect(e.aliases).toContain(articles.get(m.articleId)?.paragraphs[m.paragraph]?.slice(m.start, m.end));
    for (const r of e.related) expect(entityIds.has(r)).toBe(true);
    for (const id of e.quoteIds) expect(quoteIds.has(id)).toBe(true);
    for (const s of e.sentences)
      expect(articles.get(s.articleId)?.paragraphs[s.paragraph]?.length).toBeGreaterThanOrEqual(s.end);
  }
}

describe('ingest invariants', () => {
  it('quotes, mentions and aliases are verbatim, ids resolve, for any mix of newswire pieces', () => {
    fc.assert(
      fc.property(corpus, (texts) => {
        const pack = build(texts);
        if (pack) checkInvariants(pack);
      }),
      { numRuns: 150 },
    );
  });

  it('never fails on arbitrary text except with an IngestError', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'binary', maxLength: 300 }), { minLength: 1, maxLength: 3 }), (texts) => {
        const pack = build(texts);
        if (pack) checkInvariants(pack);
      }),
      { numRuns: 100 },
    );
  });

  it('holds on the seeds too', async () => {
    const { seedPack } = await import('./seed-pack.ts');
    checkInvariants(seedPack());
  });
});

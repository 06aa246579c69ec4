// The matcher the extension actually ships: compiled from the seed articles' pack, run on those same articles.
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ingestFolder } from '../../../lib/corpus/folder.ts';
import type { Pack } from '../../../lib/corpus/types.ts';
import { normalizeAlias, refusal } from '../../../lib/matching/aliases.ts';
import { compileMatcher } from '../../../lib/matching/compile.ts';
import { createMatcher, type Matcher } from '../../../lib/matching/matcher.ts';
import type { CompiledMatcher } from '../../../lib/matching/types.ts';

let pack: Pack;
let compiled: CompiledMatcher;
let matcher: Matcher;

beforeAll(async () => {
  ({ pack } = await ingestFolder(resolve(import.meta.dirname, '../../../seeds')));
  compiled = compileMatcher(pack);
  matcher = createMatcher(compiled.page);
});

const paragraphs = () => pack.articles.flatMap((a) => a.paragraphs);
const matchedText = (text: string) => matcher.find(text).map((m) => text.slice(m.start, m.end));

describe('matcher on the seed pack', () => {
  it('finds every entity by its canonical name', () => {
    expect(pack.entities.length).toBeGreaterThan(10);
    for (const [i, e] of pack.entities.entries()) {
      if (refusal(normalizeAlias(e.name)) !== null) continue;
      expect(matcher.find(e.name), e.name).toEqual([{ start: 0, end: e.name.length, entity: i }]);
    }
  });

  it('highlights the opening of the first article as a reader expects', () => {
    const first = pack.articles[0]?.paragraphs[0] ?? '';
    expect(first).toMatch(/^NATO Secretary General Jens Stoltenberg/);
    // The title the text writes before a person's name is an alias of that person, so it is highlighted with it.
    expect(matchedText(first).slice(0, 3)).toEqual(['NATO', 'Secretary General Jens Stoltenberg', 'Ukraine']);
  });

  it('highlights every mention the corpus recorded', () => {
    const missed: string[] = [];
    for (const e of pack.entities) {
      for (const span of e.mentions) {
        const text = pack.articles.find((a) => a.id === span.articleId)?.paragraphs[span.paragraph] ?? '';
        const mention = normalizeAlias(text.slice(span.start, span.end));
        // Only mentions written as a name the matcher accepts ("NATO chief" is a description).
        if (refusal(mention) !== null) continue;
        const covered = matcher.find(text).some((m) => m.start <= span.start && m.end >= span.end);
        if (!covered) missed.push(`${e.id}: "${mention}"`);
      }
    }
    expect(missed).toEqual([]);
  });

  it('never highlights a bare title or a common word, though the seeds are full of them', () => {
    const all = paragraphs().flatMap(matchedText);
    expect(all.length).toBeGreaterThan(100);
    const text = paragraphs().join('\n');
    for (const word of ['Prime Minister', 'Secretary General', 'President', 'alliance', 'allies']) {
      expect(text).toContain(word);
      expect(all).not.toContain(word);
    }
  });
});

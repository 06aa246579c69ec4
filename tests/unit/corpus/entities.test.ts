// Entities: kinds, aliases (surname, acronym, spelling variant, possessive, description), descriptions,
// mentions, relations and each entity's quotes and key sentences.
import { describe, expect, it } from 'vitest';
import { buildPack, type SourceFile } from '../../../lib/corpus/pack.ts';
import type { Entity, Pack } from '../../../lib/corpus/types.ts';

const article = (file: string, ...paragraphs: string[]): SourceFile => ({ file, text: paragraphs.join('\n\n') });
const entity = (pack: Pack, name: string): Entity | undefined => pack.entities.find((e) => e.name === name);

const pack = buildPack([
  article(
    'a.txt',
    'Harbour Deal Signed',
    'Danish Foreign Minister Karen Holm signed the harbour treaty in Kyiv on Tuesday.',
    'Holm’s deal was praised by the International Maritime Organization (IMO), a United Nations agency.',
    '“This is a good day for shipping,” Holm said.',
    'Critics in Kiev called the treaty rushed. The IMO said it would monitor the port.',
  ),
  article(
    'b.txt',
    'Port Talks Resume',
    'Talks on the harbour resumed on Monday. Holm met Peter Lund, a senior analyst at the Baltic Ports Institute, in Kyiv.',
    'Lund said the new Article 12 clause was “a real change”.',
  ),
]);

describe('entities', () => {
  it('finds people with the role the text gives, before the name or in an appositive', () => {
    expect(entity(pack, 'Karen Holm')).toMatchObject({ kind: 'person', description: 'Danish Foreign Minister' });
    expect(entity(pack, 'Peter Lund')).toMatchObject({
      kind: 'person',
      description: 'a senior analyst at the Baltic Ports Institute',
    });
  });

  it('links the bare surname, possessive included, to the full name, across articles', () => {
    const holm = entity(pack, 'Karen Holm');
    expect(holm?.aliases).toEqual(['Karen Holm', 'Holm', 'Foreign Minister Karen Holm']);
    expect(holm?.mentions.filter((m) => m.articleId === 'a-b')).toHaveLength(1);
    expect(pack.entities.some((e) => e.name === 'Holm' || e.name === 'Holm’s')).toBe(false);
  });

  it('joins an acronym given in brackets to its organization, with its appositive as description', () => {
    expect(entity(pack, 'International Maritime Organization')).toMatchObject({
      kind: 'organization',
      aliases: ['International Maritime Organization', 'IMO'],
      description: 'a United Nations agency',
    });
  });

  it('joins known spelling variants of a place', () => {
    const kyiv = entity(pack, 'Kyiv');
    expect(kyiv?.kind).toBe('place');
    expect(kyiv?.aliases).toEqual(['Kyiv', 'Kiev']);
  });

  it('finds terms such as treaty articles', () => {
    expect(entity(pack, 'Article 12')?.kind).toBe('term');
  });

  it('makes no entity of weekdays, demonyms or roles', () => {
    const names = pack.entities.flatMap((e) => e.aliases);
    for (const junk of ['Tuesday', 'Monday', 'Danish', 'Foreign Minister', 'Critics', 'Talks']) {
      expect(names).not.toContain(junk);
    }
  });

  it('records every mention as a verbatim span', () => {
    for (const e of pack.entities) {
      for (const m of e.mentions) {
        const a = pack.articles.find((x) => x.id === m.articleId);
        expect(e.aliases).toContain(a?.paragraphs[m.paragraph]?.slice(m.start, m.end));
      }
    }
  });

  it('lists quotes said by an entity before quotes about it', () => {
    const holm = entity(pack, 'Karen Holm');
    const lund = entity(pack, 'Peter Lund');
    const said = pack.quotes.find((q) => q.speaker === 'Karen Holm');
    expect(holm?.quoteIds[0]).toBe(said?.id);
    expect(lund?.quoteIds).toEqual([pack.quotes.find((q) => q.speaker === 'Peter Lund')?.id]);
  });

  it('relates entities that share paragraphs, most shared first', () => {
    const holm = entity(pack, 'Karen Holm');
    expect(holm?.related[0]).toBe(entity(pack, 'Kyiv')?.id);
    expect(holm?.related).toContain(entity(pack, 'Peter Lund')?.id);
  });

  it('keeps key sentences that are narration, not quotes', () => {
    const holm = entity(pack, 'Karen Holm');
    const sentences = holm?.sentences.map((s) => {
      const a = pack.articles.find((x) => x.id === s.articleId);
      return a?.paragraphs[s.paragraph]?.slice(s.start, s.end);
    });
    expect(sentences?.[0]).toBe('Danish Foreign Minister Karen Holm signed the harbour treaty in Kyiv on Tuesday.');
    expect(sentences?.some((s) => s?.includes('good day for shipping'))).toBe(false);
  });

  it('gives entity ids by kind and name', () => {
    expect(entity(pack, 'Karen Holm')?.id).toBe('person:karen-holm');
    expect(entity(pack, 'International Maritime Organization')?.id).toBe(
      'organization:international-maritime-organization',
    );
  });
});

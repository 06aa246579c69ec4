import { describe, expect, it } from 'vitest';
import { sharedChoice, withSharedNames } from '../../../lib/briefing/shared-names.ts';
import type { ArticleView } from '../../../lib/briefing/types.ts';
import { sharedForms } from '../../../lib/layout/matcher-files.ts';
import { compileMatcher } from '../../../lib/matching/compile.ts';
import { packWithMentions } from '../matching/packs.ts';

const pack = packWithMentions(
  [['person:lyndon-johnson', 'person', 'Lyndon Johnson', 'Johnson'], { Johnson: 1 }],
  [['person:boris-johnson', 'person', 'Boris Johnson', 'Johnson'], { Johnson: 3 }],
  [['place:texas', 'place', 'Texas'], { Texas: 1 }],
);
const matcher = sharedForms(compileMatcher(pack));

describe('shared names on the briefing page', () => {
  it('says what else a shared name could mean, for a candidate only', () => {
    expect(sharedChoice(matcher, 'Johnson', 'person:lyndon-johnson')).toEqual({
      form: 'Johnson',
      others: [{ entityId: 'person:boris-johnson', name: 'Boris Johnson' }],
    });
    expect(sharedChoice(matcher, 'Johnson’s', 'person:boris-johnson')?.others.map((o) => o.entityId)).toEqual([
      'person:lyndon-johnson',
    ]);
    expect(sharedChoice(matcher, 'Johnson', 'place:texas')).toBeUndefined();
    expect(sharedChoice(matcher, 'Lyndon Johnson', 'person:lyndon-johnson')).toBeUndefined();
  });

  it("marks the reader's mentions written as a shared name, and no other", () => {
    const article = {
      ...pack.articles[0],
      paragraphs: ['Lyndon Johnson met Johnson in Texas.'],
    } as ArticleView['article'];
    const mention = (start: number, end: number, entityId: string) => ({
      articleId: article.id,
      paragraph: 0,
      start,
      end,
      entityId,
      kind: 'person' as const,
      name: entityId,
    });
    const view: ArticleView = {
      article,
      mentions: [
        mention(0, 14, 'person:lyndon-johnson'),
        mention(19, 26, 'person:boris-johnson'),
        mention(30, 35, 'place:texas'),
      ],
      quotes: [],
    };
    const marked = withSharedNames(view, matcher).mentions.map((m) => m.shared?.others.map((o) => o.name) ?? null);
    expect(marked).toEqual([null, ['Lyndon Johnson'], null]);
  });
});

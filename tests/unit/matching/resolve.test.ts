// Shared names resolved as a reader would, in reading order.
import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../../lib/matching/compile.ts';
import { createMatcher } from '../../../lib/matching/matcher.ts';
import { SharedNames } from '../../../lib/matching/resolve.ts';
import { entity, packWithMentions } from './packs.ts';

const pack = packWithMentions(
  [['person:lyndon-johnson', 'person', 'Lyndon Johnson', 'Johnson'], { Johnson: 1 }],
  [['person:boris-johnson', 'person', 'Boris Johnson', 'Johnson'], { Johnson: 4 }],
  [['person:magic-johnson', 'person', 'Magic Johnson', 'Johnson'], { Johnson: 2 }],
);
const [LYNDON, BORIS, MAGIC] = [0, 1, 2];
// Lyndon Johnson's description gives a title; a title two candidates had would be no cue at all.
const lyndon = pack.entities[LYNDON] ?? entity(['x', 'person', 'x']);
lyndon.description = 'former President of the United States';
const matcher = createMatcher(compileMatcher(pack).page);

/** Read `text` as the page scan does: every mention in order, shared ones resolved with the text before them. */
function read(text: string): number[] {
  const names = new SharedNames(matcher);
  return matcher.find(text).map((m) => {
    if (m.shared === undefined) {
      names.saw(m.entity);
      return m.entity;
    }
    return names.pick(m.shared, text.slice(Math.max(0, m.start - 48), m.start));
  });
}

describe('shared names in reading order', () => {
  it('means the most mentioned candidate when nothing on the page says otherwise', () => {
    expect(read('Johnson spoke.')).toEqual([BORIS]);
  });

  it('means the candidate the page named in full most recently', () => {
    expect(read('Magic Johnson played. Later Johnson spoke.')).toEqual([MAGIC, MAGIC]);
    expect(read('Magic Johnson met Lyndon Johnson. Johnson spoke.')).toEqual([MAGIC, LYNDON, LYNDON]);
  });

  it('follows a first name or title just before the name, over anything named earlier', () => {
    expect(read('Magic Johnson played. President Johnson spoke.')).toEqual([MAGIC, LYNDON]);
    // A title picks its candidate, and counts as naming it for what follows.
    expect(read('President Johnson spoke. Then Johnson left.')).toEqual([LYNDON, LYNDON]);
  });
});

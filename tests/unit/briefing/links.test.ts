import { describe, expect, it } from 'vitest';
import { citationText, displayDate } from '../../../lib/briefing/citation.ts';
import { type BriefingRoute, parseHash, quoteRoute, routeToHash } from '../../../lib/briefing/links.ts';

describe('briefing page deep links', () => {
  const routes: BriefingRoute[] = [
    { view: 'entity', entityId: 'person:jens-stoltenberg' },
    { view: 'entity', entityId: 'person:lyndon-johnson', form: 'Johnson' },
    { view: 'article', articleId: 'a-000-91ba47341c2997b1', paragraph: 3, quoteId: 'q 7&x' },
    { view: 'article', articleId: 'a1' },
    { view: 'search', query: 'Stoltenberg & “allies”' },
    { view: 'home' },
  ];
  it.each(routes)('round-trips %o through the hash', (route) => {
    expect(parseHash(routeToHash(route))).toEqual(route);
  });

  it('reads hand-written and broken hashes without failing', () => {
    expect(parseHash('#article=a1&p=-2')).toEqual({ view: 'article', articleId: 'a1' });
    expect(parseHash('#p=3')).toEqual({ view: 'home' });
    expect(parseHash('#%E0%A4%A')).toEqual({ view: 'home' });
  });
});

describe('quote links', () => {
  it('opens the reader at the quote, or at the top for a headline quote', () => {
    expect(routeToHash(quoteRoute({ articleId: 'a1', paragraph: 2, id: 'q1' }))).toBe('#article=a1&p=2&quote=q1');
    expect(routeToHash(quoteRoute({ articleId: 'a1', paragraph: -1, id: 'q0' }))).toBe('#article=a1&quote=q0');
  });
});

describe('citation', () => {
  it('copies quote, speaker, article title, source and date as plain text', () => {
    expect(
      citationText({
        text: 'We cannot let Putin win.',
        speaker: 'Jens Stoltenberg',
        articleTitle: 'NATO Head Calls for Alliance to Step Up Support',
        source: 'Sputnik',
        date: '2022-06-27',
      }),
    ).toBe(
      '“We cannot let Putin win.”\n— Jens Stoltenberg, “NATO Head Calls for Alliance to Step Up Support”, Sputnik, Jun 27, 2022',
    );
  });

  it('leaves out what the article does not state', () => {
    expect(citationText({ text: 'Peace has been shattered.', speaker: null, articleTitle: 'T' })).toBe(
      '“Peace has been shattered.”\n— Unattributed, “T”',
    );
  });

  it('shows non-ISO dates as written', () => {
    expect(displayDate('25 May 2022 Wednesday')).toBe('25 May 2022 Wednesday');
  });
});

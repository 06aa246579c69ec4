// Article structure: headline or derived title, byline, date, source, paragraphs, page furniture dropped.
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../lib/corpus/article.ts';
import { parseDateLine } from '../../../lib/corpus/dates.ts';
import type { IngestWarning } from '../../../lib/corpus/errors.ts';
import { seedPack } from './seed-pack.ts';

function parse(text: string) {
  const warnings: IngestWarning[] = [];
  const parsed = parseArticle('a.txt', text, 'a-a', warnings);
  return { article: parsed?.article, lines: parsed?.paragraphLines, warnings };
}

describe('headline', () => {
  it('takes a short first line without a full stop as the headline', () => {
    const { article } = parse('Ports Reopen After Storm\nThe harbour opened again on Monday after three days.');
    expect(article?.title).toBe('Ports Reopen After Storm');
    expect(article?.titleDerived).toBe(false);
    expect(article?.paragraphs).toEqual(['The harbour opened again on Monday after three days.']);
  });

  it('takes a question as a headline', () => {
    expect(parse('Is the harbour safe?\n\nEngineers say it is.').article?.title).toBe('Is the harbour safe?');
  });

  it('derives the title from the first sentence when the text starts with prose', () => {
    const { article } = parse(
      'The harbour opened again on Monday after three days of storms. Ships queued outside.\nTraders were relieved.',
    );
    expect(article?.titleDerived).toBe(true);
    expect(article?.title).toBe('The harbour opened again on Monday after three days of storms.');
    expect(article?.paragraphs[0]).toMatch(/^The harbour opened/);
  });

  it('shortens a long derived title at a word boundary', () => {
    const first = `${'The council met again '.repeat(12)}and agreed.`;
    const { article } = parse(`${first}\nMore text follows here.`);
    expect(article?.title.length).toBeLessThanOrEqual(141);
    expect(article?.title.endsWith('…')).toBe(true);
    expect(first.startsWith(article?.title.slice(0, -1) ?? '-')).toBe(true);
  });
});

describe('header lines and page furniture', () => {
  const text = [
    'Minister Quits Over Rail Deal',
    '',
    'The transport minister resigned on Friday, days after the rail contract was signed.',
    '',
    'Jane Porter',
    'Jane Porter',
    '25 May 2022 Wednesday 22:37',
    '5 Reads',
    'Minister Quits Over Rail Deal',
    '',
    'The transport minister resigned on Friday, days after the rail contract was signed. Her deputy takes over.',
    '',
    'The contract is worth two billion euros.',
    '',
    'Sam Hill and Ann Lee contributed to this report.',
    '',
    'Leave a Comment',
  ].join('\n');
  const { article } = parse(text);

  it('reads byline and date, ISO when it can', () => {
    expect(article?.byline).toBe('Jane Porter');
    expect(article?.date).toBe('2022-05-25T22:37');
  });

  it('keeps only the fuller copy of a repeated lede and drops read counts, credits and comment links', () => {
    expect(article?.paragraphs).toEqual([
      'The transport minister resigned on Friday, days after the rail contract was signed. Her deputy takes over.',
      'The contract is worth two billion euros.',
    ]);
  });

  it('parses the usual date-line shapes', () => {
    expect(parseDateLine('May 25, 2022')).toBe('2022-05-25');
    expect(parseDateLine('Published: Wednesday, May 25, 2022 10:37 PM')).toBe('2022-05-25T22:37');
    expect(parseDateLine('2022-05-25T08:00')).toBe('2022-05-25T08:00');
    expect(parseDateLine('The talks ended on May 25, 2022, without a deal.')).toBeUndefined();
  });

  it('reads "By" bylines and source lines', () => {
    const { article: a } = parse('Flood Warning\nBy Tom Reed, Ann Cole\nSource: Daily Courier\nThe river rose.');
    expect(a?.byline).toBe('Tom Reed, Ann Cole');
    expect(a?.source).toBe('Daily Courier');
    expect(a?.paragraphs).toEqual(['The river rose.']);
  });

  it('takes a dateline agency as the source', () => {
    const { article: a } = parse('Quake\n\nLIMA, Peru (Reuters) - A strong earthquake shook the capital on Sunday.');
    expect(a?.source).toBe('Reuters');
  });

  it('finds the seeds’ byline, date and source', () => {
    const pack = seedPack();
    const interview = pack.articles.find((a) => a.file.startsWith('001'));
    expect(interview?.byline).toBe('Thomas Osborne');
    expect(interview?.date).toBe('2022-05-25T22:37');
    const post = pack.articles.find((a) => a.file.startsWith('003'));
    expect(post?.source).toBe('The Washington Post');
    expect(post?.paragraphs.at(-1)).not.toMatch(/Leave a Comment|contributed to this report/);
  });
});

describe('paragraphs', () => {
  it('splits on single line breaks and on blank lines alike', () => {
    expect(parse('Title\nOne.\nTwo.\n\nThree.').article?.paragraphs).toEqual(['One.', 'Two.', 'Three.']);
  });

  it('joins hard-wrapped lines into paragraphs', () => {
    const wrapped = [
      'Rail Strike Ends',
      '',
      'The rail strike that halted trains across the country for a week ended',
      'on Sunday after unions and operators agreed a new pay deal late on',
      'Saturday night, officials said.',
      '',
      'Services will return to normal by Tuesday, the operators said in a joint',
      'statement, although some regional lines may take longer to recover from',
      'the disruption.',
    ].join('\n');
    const { article, lines } = parse(wrapped);
    expect(article?.paragraphs).toHaveLength(2);
    expect(article?.paragraphs[0]).toBe(
      'The rail strike that halted trains across the country for a week ended on Sunday after unions and operators agreed a new pay deal late on Saturday night, officials said.',
    );
    expect(lines).toEqual([3, 7]);
  });

  it('handles Windows line ends and a byte-order mark', () => {
    const { article } = parse('\uFEFFTitle Here\r\nFirst paragraph.\r\n\r\nSecond paragraph.\r\n');
    expect(article?.title).toBe('Title Here');
    expect(article?.paragraphs).toEqual(['First paragraph.', 'Second paragraph.']);
  });

  it('reports a file with nothing but furniture', () => {
    const { article, warnings } = parse('Leave a Comment\n\n5 Reads\n');
    expect(article).toBeUndefined();
    expect(warnings[0]?.message).toMatch(/no article paragraphs/);
  });
});

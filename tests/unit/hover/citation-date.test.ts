// The popover's dates are formatted by hand (no Intl at load or first render): they must read exactly as
// Intl.DateTimeFormat('en', …, timeZone UTC) writes them, for every day the regex accepts.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { displayDate } from '../../../lib/briefing/citation.ts';

const intl = new Intl.DateTimeFormat('en', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const pad = (n: number, w: number) => String(n).padStart(w, '0');

describe('displayDate', () => {
  it('writes ISO dates as Intl does in English, UTC', () => {
    expect(displayDate('2022-03-08')).toBe('Mar 8, 2022');
    expect(displayDate('2022-09-30T12:00:00Z')).toBe('Sep 30, 2022');
    fc.assert(
      fc.property(
        fc.integer({ min: 1000, max: 9999 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        (y, m, d) => {
          const iso = `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
          expect(displayDate(iso)).toBe(intl.format(new Date(Date.UTC(y, m - 1, d))));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('leaves anything else as written', () => {
    expect(displayDate(undefined)).toBeUndefined();
    expect(displayDate('25 May 2022 Wednesday')).toBe('25 May 2022 Wednesday');
  });
});

// Date lines under a headline: "25 May 2022 Wednesday 22:37", "Published May 25, 2022 at 10:37 p.m. EDT", "2022-05-25".

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

function monthNumber(word: string): number | undefined {
  const w = word.toLowerCase().replace(/\.$/, '');
  if (w.length < 3) return undefined;
  const i = MONTHS.findIndex((m) => m.startsWith(w) && (w.length >= 3 || m === w));
  return i >= 0 ? i + 1 : undefined;
}

const isWeekday = (word: string) => {
  const w = word.toLowerCase().replace(/[.,]$/, '');
  return w.length >= 3 && WEEKDAYS.some((d) => d.startsWith(w));
};

/**
 * A month or weekday written out in full ("March", "May", "August"). The lexicon tags most of them as time words,
 * but the ones that are also verbs, modals or adjectives it knows only as those.
 */
export const isCalendarWord = (lower: string) => MONTHS.includes(lower) || WEEKDAYS.includes(lower);

// Words that may surround a date on its own line without making it prose.
const DATE_FILLER =
  /^(?:published|updated|posted|last|modified|on|at|am|pm|a\.m\.|p\.m\.|gmt|utc|cet|cest|bst|edt|est|pdt|pst|[a-z]{2,4}t|\||-|–|—|,|of|the)$/i;

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * If the line is nothing but a date (with optional weekday, time and "Published"-style words), returns it as
 * ISO 8601 ("2022-05-25" or "2022-05-25T22:37"); otherwise undefined.
 */
export function parseDateLine(line: string): string | undefined {
  const text = line.trim();
  if (text.length === 0 || text.length > 80) return undefined;
  const iso = /^(?:\D*?)(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?/.exec(text);
  let year: number | undefined;
  let month: number | undefined;
  let day: number | undefined;
  let time: string | undefined;
  if (iso) {
    year = Number(iso[1]);
    month = Number(iso[2]);
    day = Number(iso[3]);
    if (iso[4] && iso[5]) time = `${iso[4]}:${iso[5]}`;
  }
  const words = text.split(/[\s,]+/).filter(Boolean);
  for (const word of words) {
    if (iso) break;
    const bare = word.replace(/(?:st|nd|rd|th)?[.,]?$/i, '');
    if (/^\d{4}$/.test(bare)) year = Number(bare);
    else if (/^\d{1,2}$/.test(bare) && day === undefined) day = Number(bare);
    else if (monthNumber(word) !== undefined && month === undefined) month = monthNumber(word);
  }
  const clock = /\b(\d{1,2}):(\d{2})\s*(a\.?m\.?|p\.?m\.?)?/i.exec(text);
  if (clock?.[1] && clock[2] && !time) {
    let hour = Number(clock[1]);
    const meridiem = clock[3]?.toLowerCase().replace(/\./g, '');
    if (meridiem === 'pm' && hour < 12) hour += 12;
    if (meridiem === 'am' && hour === 12) hour = 0;
    time = `${pad(hour)}:${clock[2]}`;
  }
  // Every word must be date material, so a sentence that merely contains a date is not taken for a date line.
  const allDateWords = words.every((word) => {
    const w = word.replace(/:$/, '');
    return (
      DATE_FILLER.test(w) ||
      isWeekday(w) ||
      monthNumber(w) !== undefined ||
      /^\d{1,4}(?:st|nd|rd|th)?[.,]?$/i.test(w) ||
      /^\d{1,2}:\d{2}(?::\d{2})?(?:[ap]\.?m\.?)?$/i.test(w) ||
      /^\d{4}-\d{2}-\d{2}(?:T[\d:.]+Z?)?$/.test(w) ||
      /^[ap]\.?m\.?$/i.test(w)
    );
  });
  if (!allDateWords || year === undefined || month === undefined || day === undefined) return undefined;
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1900 || year > 2100) return undefined;
  const date = `${year}-${pad(month)}-${pad(day)}`;
  return time ? `${date}T${time}` : date;
}

// Binary searches over sorted offsets: long paragraphs with thousands of quotes must stay linear-ish.

/** Index of the first element >= value in an ascending array (array.length when none). */
export function lowerBound(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as number) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the [start, end) range that contains offset, in ranges sorted by start; -1 when none does. */
export function rangeAt(ranges: readonly (readonly [number, number])[], offset: number): number {
  let lo = 0;
  let hi = ranges.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if ((ranges[mid] as readonly [number, number])[0] <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  if (found < 0) return -1;
  return offset < (ranges[found] as readonly [number, number])[1] ? found : -1;
}

/** Is text[from, to) only whitespace? Stops at the first other character, so long texts cost nothing. */
export function blankBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 10 && c !== 9 && c !== 13 && c !== 0xa0) return false;
  }
  return true;
}

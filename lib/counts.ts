// Numbers in English messages ("20,000 articles", "1 person"), one helper for the background, the pipeline's entries
// and the options page. Digit grouping by hand rather than toLocaleString('en'): these messages need nothing else
// of Intl, and a validation message built at module level then costs no Intl call when the service worker starts.

/** 20000 → "20,000"; negative and fractional numbers keep their sign and decimals. */
export function groupDigits(n: number): string {
  const [whole = '', fraction] = String(n).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}

/** 1 → "1 article", 1200 → "1,200 articles"; `many` for irregular plurals ("people"). */
export function countOf(n: number, one: string, many = `${one}s`): string {
  return `${groupDigits(n)} ${n === 1 ? one : many}`;
}

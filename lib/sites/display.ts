// Sites as people read them: "bücher.de", not "xn--bcher-kva.de". Rules are stored and compared in
// punycode (what `location.hostname` gives); only the words on screen are decoded. Browsers offer no
// punycode decoder to extension pages, hence the small RFC 3492 decoder below.
import type { SiteRule } from './rules.ts';

const BASE = 36;
const T_MIN = 1;
const T_MAX = 26;
const SKEW = 38;
const DAMP = 700;

function adapt(delta: number, points: number, first: boolean): number {
  let d = first ? Math.floor(delta / DAMP) : delta >> 1;
  d += Math.floor(d / points);
  let k = 0;
  while (d > ((BASE - T_MIN) * T_MAX) >> 1) {
    d = Math.floor(d / (BASE - T_MIN));
    k += BASE;
  }
  return k + Math.floor(((BASE - T_MIN + 1) * d) / (d + SKEW));
}

function digitOf(code: number): number {
  if (code >= 48 && code <= 57) return code - 22;
  if (code >= 65 && code <= 90) return code - 65;
  if (code >= 97 && code <= 122) return code - 97;
  return BASE;
}

/** Decode one punycode label (without "xn--"); throws on malformed input. */
export function decodePunycode(input: string): string {
  const output: number[] = [];
  const lastDash = input.lastIndexOf('-');
  for (let j = 0; j < Math.max(lastDash, 0); j++) {
    const code = input.charCodeAt(j);
    if (code >= 0x80) throw new RangeError('not punycode');
    output.push(code);
  }
  let n = 128;
  let i = 0;
  let bias = 72;
  for (let index = lastDash > 0 ? lastDash + 1 : 0; index < input.length; ) {
    const oldI = i;
    for (let w = 1, k = BASE; ; k += BASE) {
      if (index >= input.length) throw new RangeError('not punycode');
      const digit = digitOf(input.charCodeAt(index++));
      if (digit >= BASE) throw new RangeError('not punycode');
      i += digit * w;
      const t = k <= bias ? T_MIN : k >= bias + T_MAX ? T_MAX : k - bias;
      if (digit < t) break;
      w *= BASE - t;
    }
    const length = output.length + 1;
    bias = adapt(i - oldI, length, oldI === 0);
    n += Math.floor(i / length);
    i %= length;
    if (n > 0x10ffff) throw new RangeError('not punycode');
    output.splice(i++, 0, n);
  }
  return String.fromCodePoint(...output);
}

/** A host with its internationalized labels shown in Unicode; labels that fail to decode stay as they are. */
export function displayHost(host: string): string {
  return host
    .split('.')
    .map((label) => {
      if (!label.toLowerCase().startsWith('xn--')) return label;
      try {
        return decodePunycode(label.slice(4));
      } catch {
        return label;
      }
    })
    .join('.');
}

/** "news.example.com" or "example.com and its subdomains". */
export function describeRule(rule: SiteRule): string {
  const site = displayHost(rule.site);
  return rule.scope === 'domain' ? `${site} and its subdomains` : site;
}

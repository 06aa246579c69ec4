// A deterministic query set derived from a briefing pack: what a reader types into the popup.
import type { Pack } from '../../lib/corpus/types.ts';
import { prng } from '../../scripts/prng.ts';

function typo(word: string): string {
  if (word.length < 5) return word;
  const i = Math.floor(word.length / 2);
  return word.slice(0, i - 1) + word[i] + word[i - 1] + word.slice(i + 1);
}

/**
 * Up to `count` queries: full names, surnames, 3–4 letter prefixes (what a keystroke sees), one-letter typos,
 * words and phrases from quotes and headlines, and awkward input (punctuation, regex characters, a long paste).
 */
export function buildQueries(pack: Pick<Pack, 'entities' | 'quotes' | 'articles'>, count = 60): string[] {
  const rand = prng(7);
  const pick = <T>(xs: T[]): T | undefined => xs[Math.floor(rand() * xs.length)];
  const out = new Set<string>();
  const entities = [...pack.entities].sort((a, b) => b.mentions.length - a.mentions.length || (a.id < b.id ? -1 : 1));
  for (const e of entities.slice(0, Math.ceil(count / 4))) {
    const last = e.name.split(/\s+/).pop() ?? e.name;
    out.add(e.name);
    out.add(last.toLowerCase());
    out.add(last.slice(0, Math.min(4, last.length)).toLowerCase());
    out.add(typo(last));
  }
  const wordsOf = (s: string) => s.split(/[^\p{L}\p{N}-]+/u).filter((w) => w.length > 3);
  for (let i = 0; i < count / 4; i++) {
    const source = i % 2 === 0 ? pick(pack.quotes)?.text : pick(pack.articles)?.title;
    const words = source ? wordsOf(source) : [];
    if (words.length === 0) continue;
    const start = Math.floor(rand() * words.length);
    out.add(words.slice(start, start + 1 + (i % 3)).join(' '));
  }
  const awkward = ['?!', '(a|b)*', 'the', 'x', 'Ünïcödé 北约', 'lorem ipsum '.repeat(40).trim()];
  const queries = [...out].filter((q) => q.trim().length > 0).slice(0, count - awkward.length);
  return [...queries, ...awkward];
}

// Build time: every surface form goes into one trie, written out as one regular expression. Shared prefixes are
// tested once ("N(?:ATO|ew York(?: Times)?)"), and at each branch point the longer continuation is tried before
// stopping, so the first match at a position is the longest form there. Word boundaries are checked in code
// (chars.ts).
import { APOSTROPHES } from './chars.ts';

interface TrieNode {
  children: Map<string, TrieNode>;
  terminal: boolean;
}

// Whitespace in a form matches any run of whitespace on the page (line breaks and indentation in the HTML
// source, non-breaking spaces); an apostrophe matches any apostrophe.
const WHITESPACE_TOKEN = '\\s+';
const APOSTROPHE_TOKEN = `[${APOSTROPHES}]`;

function tokens(form: string): string[] {
  const out: string[] = [];
  for (const ch of form) {
    if (ch === ' ') out.push(WHITESPACE_TOKEN);
    else if (ch === "'") out.push(APOSTROPHE_TOKEN);
    // Only syntax characters may be escaped under the `u` flag ("\-" is a syntax error there).
    else out.push(ch.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&'));
  }
  return out;
}

function emit(node: TrieNode): string {
  const branches = [...node.children].map(([token, child]) => token + emit(child));
  if (branches.length === 0) return '';
  if (node.terminal) return `(?:${branches.join('|')}|)`;
  return branches.length === 1 ? (branches[0] ?? '') : `(?:${branches.join('|')})`;
}

/** One pattern (flags `gu`) for all forms: normalized forms in (single spaces, straight apostrophes). */
export function buildPattern(forms: Iterable<string>): string {
  const root: TrieNode = { children: new Map(), terminal: false };
  let any = false;
  for (const form of forms) {
    let node = root;
    for (const token of tokens(form)) {
      let next = node.children.get(token);
      if (!next) {
        next = { children: new Map(), terminal: false };
        node.children.set(token, next);
      }
      node = next;
    }
    node.terminal = true;
    any = true;
  }
  // With no names at all, a pattern that never matches: the scan still makes one cheap pass.
  if (!any) return '(?!)';
  return emit(root);
}

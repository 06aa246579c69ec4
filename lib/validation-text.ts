// What a person reading a JSON file needs to fix it: the field ("articles[2].url"), what was expected and the
// value found. Shared by every file Backgrounder imports (settings, articles).
import type * as v from 'valibot';

type Issue = v.BaseIssue<unknown>;

/**
 * "sites[1].scope: expected "host" or "domain", found "subdomain"." A validation action (a pattern, a length)
 * may say what it expected in its own message, written "expected …".
 */
export function describeIssue(issue: Issue | undefined, shapeless: string): string {
  if (!issue) return shapeless;
  const path = fieldPath(issue);
  if (issue.kind === 'schema' && issue.received === 'undefined' && issue.type === 'object') {
    return `${path} is missing.`;
  }
  const expected =
    issue.kind === 'validation' && issue.message.startsWith('expected ')
      ? issue.message.slice('expected '.length)
      : issue.expected
        ? issue.expected.replace(/^\((.*)\)$/, '$1').replaceAll(' | ', ' or ')
        : 'another value';
  return `${path}: expected ${expected}, found ${clip(issue.received)}.`;
}

/** "sites[2].scope", the way a person reading the JSON would point at it. */
export function fieldPath(issue: Issue): string {
  const parts = issue.path ?? [];
  let out = '';
  for (const item of parts) {
    const key = (item as { key: unknown }).key;
    out += typeof key === 'number' ? `[${key}]` : `${out ? '.' : ''}${String(key)}`;
  }
  return out || 'The file';
}

export function clip(text: string): string {
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}

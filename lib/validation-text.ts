// What a person reading a JSON file needs to fix it: the field ("articles[2].url"), what was expected and the
// value found. Shared by every file Backgrounder imports (settings, articles).
import * as v from 'valibot';

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

/** What a Backgrounder file says it is: `format` names the kind, `version` its schema. */
export interface FileKind {
  format: string;
  version: number;
  /** "settings", "articles": as the reader's messages name the kind. */
  what: string;
}

/**
 * The JSON object in a Backgrounder file of `kind`, once it has the right format and a version this build reads;
 * else the sentence that says what is wrong (not JSON, another kind of file, a newer version).
 */
export function readFileHeader(
  text: string,
  kind: FileKind,
): { ok: true; data: object } | { ok: false; error: string } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: `The file is not valid JSON (${(error as Error).message}).` };
  }
  const notOurs = `The file is not a Backgrounder ${kind.what} file`;
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { ok: false, error: `${notOurs}: it should hold one JSON object.` };
  }
  const format = (data as { format?: unknown }).format;
  if (format !== kind.format) {
    const found = format === undefined ? 'missing' : clip(JSON.stringify(format) ?? String(format));
    return { ok: false, error: `${notOurs}: "format" is ${found}, expected "${kind.format}".` };
  }
  const head = v.safeParse(v.object({ version: v.pipe(v.number(), v.integer(), v.minValue(1)) }), data);
  if (!head.success) return { ok: false, error: describeIssue(head.issues[0], `${notOurs}.`) };
  if (head.output.version > kind.version) {
    return {
      ok: false,
      error: `The file was exported by a newer Backgrounder (${kind.what} version ${head.output.version}); this one reads version ${kind.version}.`,
    };
  }
  return { ok: true, data };
}

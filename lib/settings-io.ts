// Settings as a JSON file: export what is stored, import only what validates. An import is all or nothing,
// so a bad file can never leave the reader with half their settings replaced.
import * as v from 'valibot';
import { ENTITY_KINDS } from './corpus/types.ts';
import type { SettingsSnapshot } from './settings.ts';
import { HIGHLIGHT_STYLES, readSettings, SITE_MODES, writeSettings } from './settings.ts';
import { cleanRules, parseSite } from './sites/rules.ts';
import { describeIssue, readFileHeader } from './validation-text.ts';

export const SETTINGS_FORMAT = 'backgrounder-settings';
export const SETTINGS_FILE_VERSION = 1;
/** Far beyond any real settings file; keeps a wrong file choice (a video) from being read into memory. */
export const MAX_SETTINGS_FILE_BYTES = 1_000_000;
const SHAPE = 'The file does not have the shape of a Backgrounder settings file.';

const settingsFile = v.object({
  format: v.literal(SETTINGS_FORMAT),
  version: v.literal(SETTINGS_FILE_VERSION),
  paused: v.boolean(),
  siteMode: v.picklist(SITE_MODES),
  sites: v.array(v.object({ site: v.pipe(v.string(), v.maxLength(300)), scope: v.picklist(['host', 'domain']) })),
  highlightKinds: v.array(v.picklist(ENTITY_KINDS)),
  highlightStyle: v.picklist(HIGHLIGHT_STYLES),
});

export type SettingsFile = v.InferOutput<typeof settingsFile> & { exportedAt?: string };

export function toSettingsFile(s: SettingsSnapshot, now = new Date()): SettingsFile {
  return {
    format: SETTINGS_FORMAT,
    version: SETTINGS_FILE_VERSION,
    exportedAt: now.toISOString(),
    paused: s.paused,
    siteMode: s.mode,
    sites: s.rules.map((r) => ({ site: r.site, scope: r.scope })),
    highlightKinds: [...s.kinds],
    highlightStyle: s.style,
  };
}

export function settingsFileText(s: SettingsSnapshot, now = new Date()): string {
  return `${JSON.stringify(toSettingsFile(s, now), null, 2)}\n`;
}

export type ImportResult = { ok: true; settings: SettingsSnapshot } | { ok: false; error: string };

/** Parse and validate a settings file's text. The error names the field and the value that is wrong. */
export function parseSettingsFile(text: string): ImportResult {
  if (text.length > MAX_SETTINGS_FILE_BYTES) return fail('The file is too large to be a Backgrounder settings file.');
  const head = readFileHeader(text, { format: SETTINGS_FORMAT, version: SETTINGS_FILE_VERSION, what: 'settings' });
  if (!head.ok) return fail(head.error);
  const body = v.safeParse(settingsFile, head.data, { abortEarly: true });
  if (!body.success) return fail(describeIssue(body.issues[0], SHAPE));
  const file = body.output;
  for (const [index, entry] of file.sites.entries()) {
    const parsed = parseSite(entry.site);
    if (!parsed.ok) return fail(`sites[${index}].site: ${parsed.error}`);
  }
  return {
    ok: true,
    settings: {
      paused: file.paused,
      mode: file.siteMode,
      rules: cleanRules(file.sites),
      kinds: ENTITY_KINDS.filter((k) => file.highlightKinds.includes(k)),
      style: file.highlightStyle,
    },
  };
}

/** Replace the stored settings with a file's, or change nothing and say why. */
export async function importSettingsFile(text: string): Promise<ImportResult> {
  const result = parseSettingsFile(text);
  if (result.ok) await writeSettings(result.settings);
  return result;
}

export async function exportSettingsFile(now = new Date()): Promise<string> {
  return settingsFileText(await readSettings(), now);
}

function fail(error: string): ImportResult {
  return { ok: false, error };
}

import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { SettingsSnapshot } from '../../../lib/settings.ts';
import { readSettings, writeSettings } from '../../../lib/settings.ts';
import {
  exportSettingsFile,
  importSettingsFile,
  parseSettingsFile,
  settingsFileText,
} from '../../../lib/settings-io.ts';

const snapshot: SettingsSnapshot = {
  paused: false,
  mode: 'everywhere',
  rules: [
    { site: 'news.example.com', scope: 'host' },
    { site: 'xn--bcher-kva.de', scope: 'domain' },
  ],
  kinds: ['person', 'place'],
  style: 'background',
};

const validFile = () => JSON.parse(settingsFileText(snapshot)) as Record<string, unknown>;
const errorFor = (data: unknown) => {
  const result = parseSettingsFile(typeof data === 'string' ? data : JSON.stringify(data));
  expect(result.ok).toBe(false);
  return result.ok ? '' : result.error;
};

beforeEach(() => {
  fakeBrowser.reset();
});

describe('export then import', () => {
  it('round-trips every setting', () => {
    const result = parseSettingsFile(settingsFileText(snapshot));
    expect(result).toEqual({ ok: true, settings: snapshot });
  });

  it('writes readable JSON with the sites as people know them', () => {
    const text = settingsFileText(snapshot, new Date('2025-01-02T03:04:05Z'));
    expect(text).toContain('"format": "backgrounder-settings"');
    expect(text).toContain('"exportedAt": "2025-01-02T03:04:05.000Z"');
    expect(text).toContain('{\n      "site": "news.example.com",\n      "scope": "host"\n    }');
  });

  it('accepts sites typed by hand in any form and stores them canonically', () => {
    const file = { ...validFile(), sites: [{ site: 'https://WWW.Bücher.de/x', scope: 'host' }] };
    const result = parseSettingsFile(JSON.stringify(file));
    expect(result.ok && result.settings.rules).toEqual([{ site: 'xn--bcher-kva.de', scope: 'host' }]);
  });
});

describe('an invalid file is rejected with a message naming what is wrong', () => {
  it('not JSON', () => {
    expect(errorFor('{"format": ')).toMatch(/^The file is not valid JSON/);
  });

  it('not a settings file', () => {
    expect(errorFor([1, 2])).toMatch(/should hold one JSON object/);
    expect(errorFor({ hello: 'world' })).toBe(
      'The file is not a Backgrounder settings file: "format" is missing, expected "backgrounder-settings".',
    );
  });

  it('from a newer version', () => {
    expect(errorFor({ ...validFile(), version: 7 })).toMatch(/newer Backgrounder \(settings version 7\)/);
  });

  it('a wrong value names the field and the value', () => {
    const sites = [
      { site: 'a.example', scope: 'host' },
      { site: 'b.example', scope: 'subdomain' },
    ];
    expect(errorFor({ ...validFile(), sites })).toBe('sites[1].scope: expected "host" or "domain", found "subdomain".');
    expect(errorFor({ ...validFile(), highlightKinds: ['person', 'vehicle'] })).toBe(
      'highlightKinds[1]: expected "person" or "organization" or "place" or "term", found "vehicle".',
    );
    expect(errorFor({ ...validFile(), paused: 'no' })).toBe('paused: expected boolean, found "no".');
    expect(errorFor({ ...validFile(), siteMode: 'sometimes' })).toMatch(/^siteMode: expected "everywhere" or "listed"/);
  });

  it('a missing field is named', () => {
    const { highlightStyle: _dropped, ...rest } = validFile();
    expect(errorFor(rest)).toBe('highlightStyle is missing.');
  });

  it('a site that is not a host name is named', () => {
    const sites = [{ site: 'ex ample.com', scope: 'host' }];
    expect(errorFor({ ...validFile(), sites })).toBe('sites[0].site: "ex ample.com" is not a host name.');
  });
});

describe('importing', () => {
  it('an invalid file leaves the current settings as they were', async () => {
    await writeSettings(snapshot);
    const before = await readSettings();
    const result = await importSettingsFile(JSON.stringify({ ...validFile(), highlightStyle: 'blink', paused: true }));
    expect(result).toEqual({
      ok: false,
      error: 'highlightStyle: expected "underline" or "background", found "blink".',
    });
    expect(await readSettings()).toEqual(before);
  });

  it('a valid file replaces them', async () => {
    await writeSettings(snapshot);
    const other: SettingsSnapshot = { paused: true, mode: 'listed', rules: [], kinds: ['term'], style: 'underline' };
    await expect(importSettingsFile(settingsFileText(other))).resolves.toMatchObject({ ok: true });
    expect(await readSettings()).toEqual(other);
    expect(JSON.parse(await exportSettingsFile())).toMatchObject({ paused: true, siteMode: 'listed', sites: [] });
  });
});

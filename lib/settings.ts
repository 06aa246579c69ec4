// The one settings module: every preference is a storage item defined here, once, with its version.
// Preferences live in storage.sync so they follow the reader; the site list has its own layout for sync's
// quotas (settings-site-list.ts). Reads are always by key, never a whole-area snapshot.
import { storage } from 'wxt/utils/storage';
import type { EntityKind } from './corpus/types.ts';
import { ENTITY_KINDS } from './corpus/types.ts';
import { PREFERENCE_KEYS, SETTING_KEYS, SITE_LIST_KEYS, watchStorageKeys } from './settings-keys.ts';
import type { WriteOutcome } from './settings-site-list.ts';
import { readSiteList, writeSiteList } from './settings-site-list.ts';
import type { SiteRule } from './sites/hosts.ts';
import { findRule } from './sites/hosts.ts';
import type { SiteMode } from './sites/switch.ts';

export type { SiteMode } from './sites/switch.ts';
export type HighlightStyle = 'underline' | 'background';
export const SITE_MODES: readonly SiteMode[] = ['everywhere', 'listed'];
export const HIGHLIGHT_STYLES: readonly HighlightStyle[] = ['underline', 'background'];

export const paused = storage.defineItem<boolean>(`sync:${PREFERENCE_KEYS.paused}`, { fallback: false, version: 1 });
export const siteMode = storage.defineItem<SiteMode>(`sync:${PREFERENCE_KEYS.siteMode}`, {
  fallback: 'everywhere',
  version: 1,
});
export const highlightKinds = storage.defineItem<EntityKind[]>(`sync:${PREFERENCE_KEYS.highlightKinds}`, {
  fallback: [...ENTITY_KINDS],
  version: 1,
});
export const highlightStyle = storage.defineItem<HighlightStyle>(`sync:${PREFERENCE_KEYS.highlightStyle}`, {
  fallback: 'underline',
  version: 1,
});

/**
 * Sites that are the exception to siteMode: switched off in "everywhere" mode, on in "listed" mode.
 * Shaped like a storage item, but backed by the chunked layout in settings-site-list.ts.
 */
export const siteRules = {
  getValue: readSiteList,
  setValue: (rules: readonly SiteRule[]): Promise<WriteOutcome> => writeSiteList(rules),
  watch(onChange: (rules: SiteRule[]) => void): () => void {
    return watchStorageKeys(SITE_LIST_KEYS, () => void readSiteList().then(onChange));
  },
};

export interface Activation {
  active: boolean;
  kinds: EntityKind[];
  style: HighlightStyle;
  /** The rule in force for this host, if any. */
  rule?: SiteRule;
}

export interface SettingsSnapshot {
  paused: boolean;
  mode: SiteMode;
  rules: SiteRule[];
  kinds: EntityKind[];
  style: HighlightStyle;
}

/** Pure decision: is Backgrounder on for this host under these settings? */
export function activationFor(host: string, s: SettingsSnapshot): Activation {
  const rule = findRule(host, s.rules);
  const listed = rule !== undefined;
  const active = !s.paused && (s.mode === 'everywhere' ? !listed : listed);
  return { active, kinds: s.kinds, style: s.style, rule };
}

export async function readSettings(): Promise<SettingsSnapshot> {
  const [p, mode, rules, kinds, style] = await Promise.all([
    paused.getValue(),
    siteMode.getValue(),
    readSiteList(),
    highlightKinds.getValue(),
    highlightStyle.getValue(),
  ]);
  // Another device or a newer version may have synced values this one does not know: fall back, never crash.
  return {
    paused: p === true,
    mode: SITE_MODES.includes(mode) ? mode : 'everywhere',
    rules,
    kinds: Array.isArray(kinds) ? ENTITY_KINDS.filter((k) => kinds.includes(k)) : [...ENTITY_KINDS],
    style: HIGHLIGHT_STYLES.includes(style) ? style : 'underline',
  };
}

/** Write the given settings; the site list goes through its quota-aware layout. */
export async function writeSettings(changes: Partial<SettingsSnapshot>): Promise<void> {
  const writes: Promise<unknown>[] = [];
  if (changes.paused !== undefined) writes.push(paused.setValue(changes.paused));
  if (changes.mode !== undefined) writes.push(siteMode.setValue(changes.mode));
  if (changes.kinds !== undefined)
    writes.push(highlightKinds.setValue(ENTITY_KINDS.filter((k) => changes.kinds?.includes(k))));
  if (changes.style !== undefined) writes.push(highlightStyle.setValue(changes.style));
  if (changes.rules !== undefined) writes.push(writeSiteList(changes.rules));
  await Promise.all(writes);
}

/** Read-modify-write of the site list. */
export async function updateSiteRules(change: (rules: SiteRule[]) => SiteRule[]): Promise<WriteOutcome> {
  return writeSiteList(change(await readSiteList()));
}

/** The global pause, also flipped by the toggle-pause keyboard command. */
export async function togglePaused(): Promise<boolean> {
  const next = !(await paused.getValue());
  await paused.setValue(next);
  return next;
}

/** Calls `onChange` with the settings now and after every change, from any context or device. */
export function watchSettings(onChange: (s: SettingsSnapshot) => void): () => void {
  let latest = 0;
  const emit = () => {
    const ticket = ++latest;
    // Overlapping reads may resolve out of order; only the newest one speaks.
    void readSettings().then((s) => {
      if (ticket === latest) onChange(s);
    });
  };
  const unwatch = watchStorageKeys(SETTING_KEYS, emit);
  emit();
  return unwatch;
}

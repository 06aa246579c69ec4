// The one settings module: every preference is a storage item defined here, once, with its version.
import { storage } from 'wxt/utils/storage';
import type { EntityKind } from './corpus/types.ts';
import { ENTITY_KINDS } from './corpus/types.ts';
import { findRule, type SiteRule } from './sites/rules.ts';

/** "everywhere": on unless a site is listed; "listed": only on listed sites. */
export type SiteMode = 'everywhere' | 'listed';
export type HighlightStyle = 'underline' | 'background';

export const paused = storage.defineItem<boolean>('sync:paused', { fallback: false, version: 1 });
export const siteMode = storage.defineItem<SiteMode>('sync:siteMode', { fallback: 'everywhere', version: 1 });
/** Sites that are the exception to siteMode: switched off in "everywhere" mode, on in "listed" mode. */
export const siteRules = storage.defineItem<SiteRule[]>('sync:siteRules', { fallback: [], version: 1 });
export const highlightKinds = storage.defineItem<EntityKind[]>('sync:highlightKinds', {
  fallback: [...ENTITY_KINDS],
  version: 1,
});
export const highlightStyle = storage.defineItem<HighlightStyle>('sync:highlightStyle', {
  fallback: 'underline',
  version: 1,
});

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
    siteRules.getValue(),
    highlightKinds.getValue(),
    highlightStyle.getValue(),
  ]);
  return { paused: p, mode, rules, kinds, style };
}

/**
 * Calls `onChange` with this host's activation now and after every change to any setting, in every tab,
 * with no reload. Returns the unwatch function.
 */
export function watchActivation(host: string, onChange: (a: Activation) => void): () => void {
  const emit = () => {
    void readSettings().then((s) => onChange(activationFor(host, s)));
  };
  const unwatchers = [paused, siteMode, siteRules, highlightKinds, highlightStyle].map((item) =>
    (item as { watch(cb: () => void): () => void }).watch(emit),
  );
  emit();
  return () => {
    for (const u of unwatchers) u();
  };
}

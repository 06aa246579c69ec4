import { useEffect, useState } from 'preact/hooks';
import type { SettingsSnapshot } from '../../lib/settings.ts';
import { watchSettings } from '../../lib/settings.ts';

/** The stored settings, kept current when they change here, in another window or on another device. */
export function useSettings(): SettingsSnapshot | undefined {
  const [settings, setSettings] = useState<SettingsSnapshot>();
  useEffect(() => watchSettings(setSettings), []);
  return settings;
}

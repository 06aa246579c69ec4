// The options page: where Backgrounder runs, what it highlights and how, a settings backup, and the reader's own
// articles.
import type { SettingsSnapshot } from '../../lib/settings.ts';
import { updateSiteRules, writeSettings } from '../../lib/settings.ts';
import type { SiteRule, SiteScope } from '../../lib/sites/rules.ts';
import { ruleForHost, sameRule } from '../../lib/sites/rules.ts';
import type { SiteMode } from '../../lib/sites/switch.ts';
import { useSettings } from '../popup/use-settings.ts';
import { Backup } from './Backup.tsx';
import { HighlightSettings } from './HighlightSettings.tsx';
import { SiteList } from './SiteList.tsx';
import { UserArticles } from './UserArticles.tsx';

export function Options() {
  const settings = useSettings();
  return (
    <main class="options">
      <h1>Backgrounder settings</h1>
      {settings ? <OptionsForm settings={settings} /> : <p class="hint">Loading…</p>}
    </main>
  );
}

function OptionsForm({ settings }: { settings: SettingsSnapshot }) {
  const replace = (old: SiteRule, next?: SiteRule) =>
    void updateSiteRules((rules) => {
      const kept = rules.filter((r) => !sameRule(r, old));
      return next ? [...kept, next] : kept;
    });
  return (
    <>
      <section aria-labelledby="where-heading" class="card">
        <h2 id="where-heading">Where Backgrounder runs</h2>
        <fieldset>
          <legend>Default</legend>
          <ModeChoice mode={settings.mode} onChange={(mode) => void writeSettings({ mode })} />
        </fieldset>
        <label class="check">
          <input
            type="checkbox"
            role="switch"
            aria-checked={settings.paused}
            checked={settings.paused}
            onChange={(e) => void writeSettings({ paused: e.currentTarget.checked })}
          />
          Pause everywhere for now
        </label>
      </section>
      <SiteList
        rules={settings.rules}
        mode={settings.mode}
        onAdd={(host, scope) => void updateSiteRules((rules) => [...rules, ruleForHost(host, scope)])}
        onScope={(rule, scope: SiteScope) => replace(rule, ruleForHost(rule.site, scope))}
        onRemove={(rule) => replace(rule)}
      />
      <HighlightSettings
        kinds={settings.kinds}
        style={settings.style}
        onKinds={(kinds) => void writeSettings({ kinds })}
        onStyle={(style) => void writeSettings({ style })}
      />
      <Backup />
      <UserArticles />
    </>
  );
}

function ModeChoice({ mode, onChange }: { mode: SiteMode; onChange(mode: SiteMode): void }) {
  return (
    <>
      <label class="check">
        <input
          type="radio"
          name="mode"
          value="everywhere"
          checked={mode === 'everywhere'}
          onChange={() => onChange('everywhere')}
        />
        On everywhere, except the sites switched off
      </label>
      <label class="check">
        <input
          type="radio"
          name="mode"
          value="listed"
          checked={mode === 'listed'}
          onChange={() => onChange('listed')}
        />
        Only on the sites switched on
      </label>
      <p class="hint">
        The site list below keeps its entries when you change this: they become the exceptions to the new default.
      </p>
    </>
  );
}

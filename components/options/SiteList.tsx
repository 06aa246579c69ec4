import { useState } from 'preact/hooks';
import { describeRule, displayHost } from '../../lib/sites/display.ts';
import type { SiteRule, SiteScope } from '../../lib/sites/rules.ts';
import { hasSubdomains, parseSite } from '../../lib/sites/rules.ts';
import type { SiteMode } from '../../lib/sites/switch.ts';

interface Props {
  rules: readonly SiteRule[];
  mode: SiteMode;
  onAdd(host: string, scope: SiteScope): void;
  onScope(rule: SiteRule, scope: SiteScope): void;
  onRemove(rule: SiteRule): void;
}

/** The exceptions to the default mode: switched off in "everywhere" mode, switched on in "listed" mode. */
export function SiteList({ rules, mode, onAdd, onScope, onRemove }: Props) {
  const heading = mode === 'everywhere' ? 'Sites switched off' : 'Sites switched on';
  return (
    <section aria-labelledby="sites-heading" class="card">
      <h2 id="sites-heading">{heading}</h2>
      {rules.length === 0 ? (
        <p class="hint">
          {mode === 'everywhere'
            ? 'None: Backgrounder runs on every site. Switch a site off here or from the toolbar button.'
            : 'None yet: add the sites where Backgrounder should run.'}
        </p>
      ) : (
        <ul class="site-list">
          {rules.map((rule) => {
            const key = `${rule.scope}:${rule.site}`;
            const label = describeRule(rule);
            return (
              <li key={key}>
                <span class="site-label">{label}</span>
                {hasSubdomains(rule.site) && (
                  <select
                    aria-label={`What the rule for ${displayHost(rule.site)} covers`}
                    value={rule.scope}
                    onChange={(e) => onScope(rule, e.currentTarget.value as SiteScope)}
                  >
                    <option value="host">This host only</option>
                    <option value="domain">The whole domain</option>
                  </select>
                )}
                <button type="button" onClick={() => onRemove(rule)} aria-label={`Remove ${label}`}>
                  Remove
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <AddSite onAdd={onAdd} mode={mode} />
    </section>
  );
}

function AddSite({ onAdd, mode }: { onAdd(host: string, scope: SiteScope): void; mode: SiteMode }) {
  const [text, setText] = useState('');
  const [scope, setScope] = useState<SiteScope>('host');
  const [error, setError] = useState<string>();
  const submit = (e: Event) => {
    e.preventDefault();
    const parsed = parseSite(text);
    if (!parsed.ok) {
      setError(parsed.error);
      return;
    }
    onAdd(parsed.host, parsed.wildcard ? 'domain' : scope);
    setText('');
    setError(undefined);
  };
  return (
    <form class="add-site" onSubmit={submit} noValidate>
      <label for="add-site">{mode === 'everywhere' ? 'Switch off a site' : 'Switch on a site'}</label>
      <div class="row">
        <input
          id="add-site"
          type="text"
          inputMode="url"
          placeholder="news.example.com"
          autocomplete="off"
          spellcheck={false}
          value={text}
          aria-invalid={error !== undefined}
          aria-describedby={error ? 'add-site-error' : undefined}
          onInput={(e) => setText(e.currentTarget.value)}
        />
        <select
          aria-label="What the new rule covers"
          value={scope}
          onChange={(e) => setScope(e.currentTarget.value as SiteScope)}
        >
          <option value="host">This host only</option>
          <option value="domain">The whole domain</option>
        </select>
        <button type="submit" class="primary">
          Add
        </button>
      </div>
      {error && (
        <p id="add-site-error" class="error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}

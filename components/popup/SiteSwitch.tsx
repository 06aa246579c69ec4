import { describeRule, displayHost } from '../../lib/sites/display.ts';
import type { SiteScope } from '../../lib/sites/rules.ts';
import type { SiteMode, SiteStatus } from '../../lib/sites/switch.ts';

interface Props {
  host: string;
  status: SiteStatus;
  mode: SiteMode;
  paused: boolean;
  /** The scope a new rule gets; the scope of the rule in force when there is one. */
  scope: SiteScope;
  onToggle(on: boolean): void;
  onScope(scope: SiteScope): void;
}

/** Off/on for the current tab's site, "this host" or "the whole domain", and the rule in force in words. */
export function SiteSwitch({ host, status, mode, paused, scope, onToggle, onScope }: Props) {
  const shown = displayHost(host);
  return (
    <section class="site" aria-label="This site">
      <label class="switch">
        <input
          type="checkbox"
          role="switch"
          aria-checked={status.on}
          checked={status.on}
          aria-describedby="site-rule"
          onChange={(e) => onToggle(e.currentTarget.checked)}
        />
        <span class="site-label">
          Backgrounder on <strong title={shown}>{shown}</strong>
        </span>
      </label>
      {status.canChooseDomain && (
        <fieldset class="scope">
          <legend>Applies to</legend>
          <label title={displayHost(status.hostSite)}>
            <input type="radio" name="scope" value="host" checked={scope === 'host'} onChange={() => onScope('host')} />
            this host
          </label>
          <label title={`${displayHost(status.domainSite)} and its subdomains`}>
            <input
              type="radio"
              name="scope"
              value="domain"
              checked={scope === 'domain'}
              onChange={() => onScope('domain')}
            />
            all of {displayHost(status.domainSite)}
          </label>
        </fieldset>
      )}
      <p id="site-rule" class="rule" aria-live="polite">
        {ruleSentence(status, mode, paused)}
      </p>
    </section>
  );
}

export function ruleSentence(status: SiteStatus, mode: SiteMode, paused: boolean): string {
  const pause = paused ? ' Paused everywhere for now.' : '';
  if (status.rule) {
    const state = status.on ? 'On' : 'Off';
    return `${state} here by your rule for ${describeRule(status.rule)}.${pause}`;
  }
  return mode === 'everywhere'
    ? `On here: no rule for this site.${pause}`
    : `Off here: Backgrounder runs only on the sites you switch on.${pause}`;
}

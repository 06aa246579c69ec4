// The per-site switch as the popup and options page offer it, as pure functions over the rule list.
// Rules carry no on/off of their own: in "everywhere" mode a rule switches a site off, in "listed" mode on.
import type { SiteRule, SiteScope } from './rules.ts';
import { domainOf, findRule, hasSubdomains, hostKey, ruleForHost, ruleMatches, sameRule } from './rules.ts';

export type SiteMode = 'everywhere' | 'listed';

export interface SiteStatus {
  /** On for this site by the rules alone (the global pause is separate). */
  on: boolean;
  /** The rule in force for this host, if any. */
  rule?: SiteRule;
  /** What "this host" and "the whole domain" would name for this page. */
  hostSite: string;
  domainSite: string;
  /** False for IP addresses: there is no wider domain to choose. */
  canChooseDomain: boolean;
}

export function siteStatus(host: string, mode: SiteMode, rules: readonly SiteRule[]): SiteStatus {
  const rule = findRule(host, rules);
  const listed = rule !== undefined;
  return {
    on: mode === 'everywhere' ? !listed : listed,
    rule,
    hostSite: hostKey(host),
    domainSite: domainOf(host),
    canChooseDomain: hasSubdomains(host),
  };
}

/**
 * The rule list after switching `host` on or off. Where a rule is needed it gets `scope`; where the switch
 * removes rules it removes every rule that reaches this host, or the site would stay as it was.
 * Asking for the state the site is already in, with another scope, changes the scope of the rule in force.
 */
export function switchSite(
  rules: readonly SiteRule[],
  host: string,
  wantOn: boolean,
  scope: SiteScope,
  mode: SiteMode,
): SiteRule[] {
  const status = siteStatus(host, mode, rules);
  const needsRule = mode === 'everywhere' ? !wantOn : wantOn;
  if (!needsRule) return rules.filter((r) => !ruleMatches(r, host));
  const wanted = ruleForHost(host, scope);
  if (status.rule && sameRule(status.rule, wanted)) return [...rules];
  const others = status.rule ? rules.filter((r) => !sameRule(r, status.rule as SiteRule)) : [...rules];
  return others.some((r) => sameRule(r, wanted)) ? others : [...others, wanted];
}

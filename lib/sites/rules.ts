// Per-site switches. A rule covers either one exact host or a whole registrable domain and its subdomains.
import { getDomain } from 'tldts';

export type SiteScope = 'host' | 'domain';
export interface SiteRule {
  /** A host ("news.example.com") for scope "host", a registrable domain ("example.com") for scope "domain". */
  site: string;
  scope: SiteScope;
}

/** Lower-case host without a trailing dot; IDNs in their punycode form as URL parsing gives them. */
export function normalizeHost(host: string): string {
  return host.trim().toLowerCase().replace(/\.$/, '');
}

/** The registrable domain (eTLD+1) of a host; the host itself for IP addresses and localhost. */
export function domainOf(host: string): string {
  const h = normalizeHost(host);
  return getDomain(h, { allowPrivateDomains: true }) ?? h;
}

/** The rule that applies to `host`: an exact host rule wins over a domain rule. */
export function findRule(host: string, rules: readonly SiteRule[]): SiteRule | undefined {
  const h = normalizeHost(host);
  const exact = rules.find((r) => r.scope === 'host' && r.site === h);
  if (exact) return exact;
  const d = domainOf(h);
  return rules.find((r) => r.scope === 'domain' && r.site === d && (h === d || h.endsWith(`.${d}`)));
}

export function ruleForHost(host: string, scope: SiteScope): SiteRule {
  return { site: scope === 'host' ? normalizeHost(host) : domainOf(host), scope };
}

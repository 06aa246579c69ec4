// Making site rules: "this host" or "the whole domain", where the domain is the registrable domain from the
// public suffix list (news.bbc.co.uk → bbc.co.uk; alice.github.io stays itself). Matching lives in hosts.ts.
import { parse } from 'tldts';
import type { SiteRule, SiteScope } from './hosts.ts';
import { hostKey, isIpAddress, normalizeHost, parseSite } from './hosts.ts';

export type { ParsedSite, SiteRule, SiteScope } from './hosts.ts';
export { findRule, hostKey, isIpAddress, normalizeHost, parseSite, ruleMatches, sameRule } from './hosts.ts';

/**
 * The registrable domain (eTLD+1, private suffixes such as github.io included) of a host. IP addresses and
 * single-label hosts are their own domain; every *.localhost host belongs to localhost.
 */
export function domainOf(host: string): string {
  const h = normalizeHost(host);
  if (h === 'localhost' || h.endsWith('.localhost')) return 'localhost';
  if (isIpAddress(h)) return h;
  return parse(h, { allowPrivateDomains: true }).domain ?? h;
}

/** True when a domain rule would reach further than a host rule: not for IP addresses. */
export function hasSubdomains(host: string): boolean {
  return !isIpAddress(host);
}

/** The rule "switch this host" or "switch the whole domain" makes; an IP address has no domain to cover. */
export function ruleForHost(host: string, scope: SiteScope): SiteRule {
  return scope === 'domain' && hasSubdomains(host)
    ? { site: domainOf(host), scope: 'domain' }
    : { site: hostKey(host), scope: 'host' };
}

/** Rules in canonical form, first occurrence kept, invalid sites dropped. */
export function cleanRules(rules: readonly SiteRule[]): SiteRule[] {
  const seen = new Set<string>();
  const out: SiteRule[] = [];
  for (const rule of rules) {
    const parsed = parseSite(rule.site);
    if (!parsed.ok) continue;
    const clean = ruleForHost(parsed.host, rule.scope);
    const key = `${clean.scope}:${clean.site}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(clean);
  }
  return out;
}

// Matching a page's host against the site rules. Kept free of the public suffix list (tldts, ~130 kB) because
// every content script runs this: rules are stored in canonical form (rules.ts makes them, with the list),
// so matching is plain string comparison.
//
// Hosts are compared in the form the page's `location.hostname` gives: lower case, IDNs in punycode, IPv6 in
// brackets, no port (a switch covers every port of a host) and no trailing dot.

export type SiteScope = 'host' | 'domain';
export interface SiteRule {
  /** A host ("news.example.com") for scope "host", a registrable domain ("example.com") for scope "domain". */
  site: string;
  scope: SiteScope;
}

const SCHEME = /^[a-z][a-z\d+.-]*:\/\//i;
const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;

/**
 * Canonical host for comparisons: accepts what pages report (`location.host` or `hostname`) and what people
 * type (a URL, "Bücher.de", "127.0.0.1:8080"). Unparseable input comes back trimmed and lower-cased.
 */
export function normalizeHost(input: string): string {
  const text = input.trim();
  if (text === '') return '';
  const host = urlHostname(SCHEME.test(text) ? text : `http://${text}`) ?? text.toLowerCase();
  return host.replace(/\.+$/, '');
}

function urlHostname(url: string): string | undefined {
  try {
    return new URL(url).hostname;
  } catch {
    return undefined;
  }
}

/** URL parsing already turned every IPv4 spelling into dotted decimal and put IPv6 in brackets. */
export function isIpAddress(host: string): boolean {
  const h = normalizeHost(host);
  return h.startsWith('[') || IPV4.test(h);
}

/** "www.example.com" and "example.com" are one site to a reader: host rules store and match the name without "www.". */
export function hostKey(host: string): string {
  const h = normalizeHost(host);
  return h.startsWith('www.') && h.indexOf('.', 4) > 0 ? h.slice(4) : h;
}

/** A domain rule's site is a registrable domain: it covers that name and every name under it. */
export function ruleMatches(rule: SiteRule, host: string): boolean {
  const h = normalizeHost(host);
  if (rule.scope === 'host') return rule.site === hostKey(h);
  return h === rule.site || (!isIpAddress(h) && h.endsWith(`.${rule.site}`));
}

/** The rule that applies to `host`: a host rule wins over a domain rule. */
export function findRule(host: string, rules: readonly SiteRule[]): SiteRule | undefined {
  let domainRule: SiteRule | undefined;
  for (const rule of rules) {
    if (!ruleMatches(rule, host)) continue;
    if (rule.scope === 'host') return rule;
    domainRule ??= rule;
  }
  return domainRule;
}

export function sameRule(a: SiteRule, b: SiteRule): boolean {
  return a.site === b.site && a.scope === b.scope;
}

/**
 * Rules read back from storage, which another device or version may have written: unparseable sites dropped,
 * duplicates dropped, hosts in canonical form. Domains are kept as written (finding the registrable domain
 * needs the public suffix list; writes store it already).
 */
export function sanitizeRules(rules: readonly SiteRule[]): SiteRule[] {
  const seen = new Set<string>();
  const out: SiteRule[] = [];
  for (const rule of rules) {
    const parsed = parseSite(rule.site);
    if (!parsed.ok) continue;
    const clean: SiteRule =
      rule.scope === 'domain' ? { site: parsed.host, scope: 'domain' } : { site: hostKey(parsed.host), scope: 'host' };
    const key = `${clean.scope}:${clean.site}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(clean);
  }
  return out;
}

export type ParsedSite = { ok: true; host: string; wildcard: boolean } | { ok: false; error: string };

/**
 * Read a site someone typed or imported: a host, a URL, or "*.example.com" (a wildcard asks for the domain).
 * The error says what is wrong in words a reader can act on.
 */
export function parseSite(input: string): ParsedSite {
  const text = input.trim();
  if (text === '') return { ok: false, error: 'Enter a site, such as news.example.com.' };
  const wildcard = text.startsWith('*.');
  const bare = wildcard ? text.slice(2) : text;
  const hasScheme = SCHEME.test(bare);
  const scheme = hasScheme ? bare.slice(0, bare.indexOf(':')).toLowerCase() : 'http';
  if (scheme !== 'http' && scheme !== 'https') {
    return {
      ok: false,
      error: `"${clip(text)}" is not a web address; Backgrounder only runs on http and https pages.`,
    };
  }
  const host = urlHostname(hasScheme ? bare : `http://${bare}`)?.replace(/\.+$/, '');
  if (!host || host.includes('*') || /[\s/\\%]/.test(host) || !validName(host)) {
    return { ok: false, error: `"${clip(text)}" is not a host name.` };
  }
  return { ok: true, host, wildcard };
}

function validName(host: string): boolean {
  if (isIpAddress(host)) return true;
  const labels = host.split('.');
  return host.length <= 253 && labels.every((l) => l !== '' && l.length <= 63);
}

function clip(text: string): string {
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}

import { domainToASCII, domainToUnicode } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeRule, displayHost } from '../../../lib/sites/display.ts';
import type { SiteRule } from '../../../lib/sites/rules.ts';
import { siteStatus, switchSite } from '../../../lib/sites/switch.ts';

describe('displayHost', () => {
  it('shows internationalized names in Unicode', () => {
    expect(displayHost('xn--bcher-kva.de')).toBe('bücher.de');
    expect(displayHost('www.xn--e1afmkfd.xn--p1ai')).toBe('www.пример.рф');
    expect(describeRule({ site: 'xn--bcher-kva.de', scope: 'domain' })).toBe('bücher.de and its subdomains');
  });

  it('leaves malformed punycode alone', () => {
    expect(displayHost('xn--!!.example')).toBe('xn--!!.example');
  });

  it('agrees with the platform decoder on any Unicode label', () => {
    const label = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 });
    fc.assert(
      fc.property(label, (text) => {
        const ascii = domainToASCII(`${text}.example`);
        fc.pre(ascii !== '');
        expect(displayHost(ascii)).toBe(domainToUnicode(ascii));
      }),
      { numRuns: 300 },
    );
  });
});

describe('switchSite', () => {
  const off = (rules: SiteRule[], h: string) => !siteStatus(h, 'everywhere', rules).on;

  it('switching off "the whole domain" reaches every subdomain, "this host" only the host', () => {
    const byDomain = switchSite([], 'news.example.com', false, 'domain', 'everywhere');
    expect(byDomain).toEqual([{ site: 'example.com', scope: 'domain' }]);
    expect(off(byDomain, 'sport.example.com')).toBe(true);

    const byHost = switchSite([], 'news.example.com', false, 'host', 'everywhere');
    expect(off(byHost, 'news.example.com')).toBe(true);
    expect(off(byHost, 'sport.example.com')).toBe(false);
  });

  it('switching on removes every rule that reaches the host', () => {
    const rules: SiteRule[] = [
      { site: 'example.com', scope: 'domain' },
      { site: 'news.example.com', scope: 'host' },
      { site: 'other.org', scope: 'host' },
    ];
    const next = switchSite(rules, 'news.example.com', true, 'host', 'everywhere');
    expect(next).toEqual([{ site: 'other.org', scope: 'host' }]);
  });

  it('choosing another scope for a switched-off site changes the rule in force', () => {
    const hostRule = switchSite([], 'news.example.com', false, 'host', 'everywhere');
    const widened = switchSite(hostRule, 'news.example.com', false, 'domain', 'everywhere');
    expect(widened).toEqual([{ site: 'example.com', scope: 'domain' }]);
    expect(siteStatus('news.example.com', 'everywhere', widened).rule).toEqual(widened[0]);
  });

  it('in "only listed sites" mode a rule switches a site on', () => {
    expect(siteStatus('example.com', 'listed', []).on).toBe(false);
    const on = switchSite([], 'example.com', true, 'host', 'listed');
    expect(siteStatus('example.com', 'listed', on).on).toBe(true);
    expect(switchSite(on, 'example.com', false, 'host', 'listed')).toEqual([]);
  });

  it('offers no domain choice where there is none', () => {
    expect(siteStatus('127.0.0.1', 'everywhere', []).canChooseDomain).toBe(false);
    expect(siteStatus('example.com', 'everywhere', []).canChooseDomain).toBe(true);
    expect(siteStatus('news.example.com', 'everywhere', []).canChooseDomain).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import type { SiteRule } from '../../../lib/sites/rules.ts';
import {
  cleanRules,
  domainOf,
  findRule,
  hostKey,
  normalizeHost,
  parseSite,
  ruleForHost,
} from '../../../lib/sites/rules.ts';

const host = (site: string): SiteRule => ({ site, scope: 'host' });
const domain = (site: string): SiteRule => ({ site, scope: 'domain' });

describe('host versus domain', () => {
  const rules = [host('news.example.com'), domain('example.org')];

  it('a host rule covers that host only', () => {
    expect(findRule('news.example.com', rules)).toEqual(host('news.example.com'));
    expect(findRule('example.com', rules)).toBeUndefined();
    expect(findRule('sport.example.com', rules)).toBeUndefined();
    expect(findRule('deep.news.example.com', rules)).toBeUndefined();
  });

  it('a domain rule covers the domain and every subdomain, and nothing that merely ends the same', () => {
    expect(findRule('example.org', rules)).toEqual(domain('example.org'));
    expect(findRule('a.b.example.org', rules)).toEqual(domain('example.org'));
    expect(findRule('notexample.org', rules)).toBeUndefined();
    expect(findRule('example.org.evil.com', rules)).toBeUndefined();
  });

  it('a host rule wins over a domain rule for the same host', () => {
    const both = [domain('example.com'), host('news.example.com')];
    expect(findRule('news.example.com', both)).toEqual(host('news.example.com'));
    expect(findRule('sport.example.com', both)).toEqual(domain('example.com'));
  });

  it('uses the public suffix list, private suffixes included', () => {
    expect(domainOf('news.bbc.co.uk')).toBe('bbc.co.uk');
    expect(ruleForHost('news.bbc.co.uk', 'domain')).toEqual(domain('bbc.co.uk'));
    expect(domainOf('alice.github.io')).toBe('alice.github.io');
    expect(findRule('bob.github.io', [domain('alice.github.io')])).toBeUndefined();
  });
});

describe('ports', () => {
  it('a switch covers every port of a host', () => {
    expect(normalizeHost('127.0.0.1:8080')).toBe('127.0.0.1');
    expect(findRule('localhost:3000', [host('localhost')])).toEqual(host('localhost'));
    expect(parseSite('http://news.example.com:8443/world')).toEqual({
      ok: true,
      host: 'news.example.com',
      wildcard: false,
    });
  });
});

describe('IP addresses', () => {
  it('match exactly, never as a suffix, and have no wider domain', () => {
    const rules = [host('192.168.0.1')];
    expect(findRule('192.168.0.1', rules)).toBeDefined();
    expect(findRule('10.192.168.0.1', rules)).toBeUndefined();
    expect(findRule('192.168.0.10', rules)).toBeUndefined();
    expect(ruleForHost('192.168.0.1', 'domain')).toEqual(host('192.168.0.1'));
    expect(findRule('1.2.3.4', [domain('3.4')])).toBeUndefined();
  });

  it('handles IPv6 as pages report it, in brackets', () => {
    expect(normalizeHost('[::1]:8080')).toBe('[::1]');
    expect(normalizeHost('http://[0:0:0:0:0:0:0:1]/')).toBe('[::1]');
    expect(findRule('[::1]', [ruleForHost('[::1]', 'domain')])).toEqual(host('[::1]'));
  });
});

describe('www.', () => {
  it('www.example.com and example.com are one host', () => {
    expect(ruleForHost('www.example.com', 'host')).toEqual(host('example.com'));
    expect(findRule('www.example.com', [host('example.com')])).toBeDefined();
    expect(findRule('example.com', [ruleForHost('www.example.com', 'host')])).toBeDefined();
    expect(findRule('news.example.com', [host('example.com')])).toBeUndefined();
  });

  it('keeps www. when what is left would be a bare top-level domain', () => {
    expect(hostKey('www.com')).toBe('www.com');
    expect(hostKey('www')).toBe('www');
  });
});

describe('internationalized domain names', () => {
  it('compares in punycode, whichever form was typed', () => {
    expect(normalizeHost('Bücher.DE')).toBe('xn--bcher-kva.de');
    const rule = ruleForHost('bücher.de', 'domain');
    expect(rule).toEqual(domain('xn--bcher-kva.de'));
    expect(findRule('shop.xn--bcher-kva.de', [rule])).toEqual(rule);
    expect(findRule('www.xn--bcher-kva.de', [ruleForHost('bücher.de', 'host')])).toBeDefined();
  });

  it('knows the domain of non-Latin hosts', () => {
    expect(domainOf('新闻.例子.中国')).toBe(normalizeHost('例子.中国'));
    expect(domainOf('пример.рф')).toBe('xn--e1afmkfd.xn--p1ai');
  });
});

describe('localhost', () => {
  it('is its own domain, and a domain rule on it covers *.localhost', () => {
    expect(domainOf('localhost')).toBe('localhost');
    expect(findRule('app.localhost', [ruleForHost('localhost', 'domain')])).toEqual(domain('localhost'));
    expect(findRule('app.localhost', [ruleForHost('localhost', 'host')])).toBeUndefined();
  });

  it('is not 127.0.0.1: two hosts, two switches', () => {
    expect(findRule('127.0.0.1', [host('localhost')])).toBeUndefined();
  });
});

describe('what people type', () => {
  it('accepts hosts, URLs and *.wildcards; trims case and trailing dots', () => {
    expect(parseSite('  News.Example.COM. ')).toEqual({ ok: true, host: 'news.example.com', wildcard: false });
    expect(parseSite('https://user:pw@www.Example.com/path?q#h')).toEqual({
      ok: true,
      host: 'www.example.com',
      wildcard: false,
    });
    expect(parseSite('*.example.com')).toEqual({ ok: true, host: 'example.com', wildcard: true });
  });

  it('says what is wrong with something that is not a site', () => {
    for (const bad of ['', 'ex ample.com', 'a..b', 'ftp://example.com', `${'x'.repeat(64)}.com`]) {
      const parsed = parseSite(bad);
      expect(parsed.ok).toBe(false);
      if (!parsed.ok) expect(parsed.error.length).toBeGreaterThan(10);
    }
    expect(parseSite('ex ample.com')).toMatchObject({ error: '"ex ample.com" is not a host name.' });
  });

  it('cleans a rule list: canonical form, duplicates and invalid sites dropped', () => {
    expect(
      cleanRules([host('WWW.Example.com'), host('example.com'), domain('news.example.com'), host('bad site')]),
    ).toEqual([host('example.com'), domain('example.com')]);
  });
});

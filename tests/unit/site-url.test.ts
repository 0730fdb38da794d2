import { describe, expect, it } from 'vitest';
import { describeSiteUrlUse, getAbsoluteUrl, getSiteUrl } from '@/lib/site-url';

describe('getSiteUrl', () => {
  it('defaults to this machine on PORT (3000 when unset) when SITE_URL is unset or blank', () => {
    const port = process.env.PORT;
    try {
      delete process.env.PORT;
      expect(getSiteUrl(undefined).origin).toBe('http://localhost:3000');
      expect(getSiteUrl('  ').origin).toBe('http://localhost:3000');
      process.env.PORT = '8080';
      expect(getSiteUrl(undefined).origin).toBe('http://localhost:8080');
    } finally {
      if (port === undefined) delete process.env.PORT;
      else process.env.PORT = port;
    }
  });

  it('accepts an origin with or without a trailing slash', () => {
    expect(getAbsoluteUrl('/hi', getSiteUrl('https://vyapar.example/'))).toBe('https://vyapar.example/hi');
    expect(getAbsoluteUrl('/en/feed.xml', getSiteUrl('http://127.0.0.1:4000'))).toBe('http://127.0.0.1:4000/en/feed.xml');
  });

  it.each([
    ['vyapar.example', /not a URL/],
    ['ftp://vyapar.example', /must start with https:\/\//],
    ['https://vyapar.example/news', /no path/],
    ['https://vyapar.example/?a=1', /no path, query/],
  ])('refuses %s with a message saying what to write', (value, message) => {
    expect(() => getSiteUrl(value)).toThrow(message);
  });
});

describe('getAbsoluteUrl', () => {
  it('refuses a relative path', () => {
    expect(() => getAbsoluteUrl('hi/articles/x', getSiteUrl('https://vyapar.example'))).toThrow(/start with "\/"/);
  });
});

describe('describeSiteUrlUse', () => {
  it('warns when SITE_URL is unset, naming every place that will carry localhost', () => {
    const use = describeSiteUrlUse(undefined);
    expect(use.set).toBe(false);
    for (const place of ['canonical links', 'hreflang', 'Open Graph', 'RSS feeds', 'sitemap', 'robots.txt']) expect(use.warning).toContain(place);
    expect(use.warning).toContain('http://localhost:');
    expect(describeSiteUrlUse('   ').set).toBe(false);
  });

  it('accepts a public address silently and turns a malformed one into a problem', () => {
    expect(describeSiteUrlUse('https://vyapar.example')).toEqual({ set: true });
    expect(describeSiteUrlUse('https://vyapar.example/news').problem).toMatch(/no path/);
  });
});

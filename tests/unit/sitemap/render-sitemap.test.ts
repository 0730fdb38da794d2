import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { getSitemapEntries } from '@/lib/sitemap/get-sitemap';
import { renderSitemap } from '@/lib/sitemap/render-sitemap';
import { FIXTURE_SITE_URL, useFixtureSite } from '../support/fixture-site';

useFixtureSite();

interface Url {
  loc: string;
  lastmod?: string;
  'xhtml:link'?: { '@_hreflang': string; '@_href': string }[];
}

function parse(xml: string): Url[] {
  expect(XMLValidator.validate(xml)).toBe(true);
  const parsed = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'url' || name === 'xhtml:link' }).parse(xml);
  return parsed.urlset.url;
}

describe('the sitemap', () => {
  const urls = parse(renderSitemap(getSitemapEntries()));
  const byLoc = new Map(urls.map((u) => [u.loc, u]));

  it('lists both homes and published articles, all absolute, and no drafts or scheduled posts', () => {
    expect(byLoc.has(`${FIXTURE_SITE_URL}/hi`)).toBe(true);
    expect(byLoc.has(`${FIXTURE_SITE_URL}/en/articles/synthetic-fair-pair`)).toBe(true);
    for (const url of urls) expect(url.loc.startsWith(`${FIXTURE_SITE_URL}/`)).toBe(true);
    expect(urls.map((u) => u.loc).join(' ')).not.toMatch(/draft|scheduled/);
  });

  it('links a translation pair both ways, with x-default at the Hindi version', () => {
    const en = byLoc.get(`${FIXTURE_SITE_URL}/en/articles/synthetic-fair-pair`);
    expect(en?.['xhtml:link']?.map((l) => [l['@_hreflang'], l['@_href']])).toEqual([
      ['hi', `${FIXTURE_SITE_URL}/hi/articles/synthetic-fair-pair`],
      ['en', `${FIXTURE_SITE_URL}/en/articles/synthetic-fair-pair`],
      ['x-default', `${FIXTURE_SITE_URL}/hi/articles/synthetic-fair-pair`],
    ]);
    expect(en?.lastmod).toBe('2024-03-10T18:30:00+05:30');
  });

  it('lists the organisation and topic indexes and every organisation’s and topic’s page, in each language', () => {
    const lists = urls.map((u) => u.loc.replace(FIXTURE_SITE_URL, '')).filter((loc) => /^\/(hi|en)\/(organisations|tags)/.test(loc));
    expect(lists).toEqual(
      ['organisations', 'organisations/example-traders-guild', 'organisations/sample-export-council', 'organisations/demo-chamber', 'tags', 'tags/test-topic', 'tags/export-trade'].flatMap((path) => [`/hi/${path}`, `/en/${path}`]),
    );
    const page = byLoc.get(`${FIXTURE_SITE_URL}/en/tags/export-trade`);
    expect(page?.['xhtml:link']?.map((l) => [l['@_hreflang'], l['@_href']])).toEqual([
      ['hi', `${FIXTURE_SITE_URL}/hi/tags/export-trade`],
      ['en', `${FIXTURE_SITE_URL}/en/tags/export-trade`],
      ['x-default', `${FIXTURE_SITE_URL}/hi/tags/export-trade`],
    ]);
    expect(page?.lastmod).toBe('2024-04-02T00:00:00+05:30');
  });

  it('dates a list by its newest published article, never a draft or scheduled one', () => {
    // The guild's English draft (2024-02-01) is older and its scheduled post (2999) newer than the fair pair.
    expect(byLoc.get(`${FIXTURE_SITE_URL}/en/organisations/example-traders-guild`)?.lastmod).toBe('2024-03-10T18:30:00+05:30');
    expect(byLoc.get(`${FIXTURE_SITE_URL}/en/organisations/demo-chamber`)?.lastmod).toBeUndefined();
  });

  it('gives an article in one language no alternates', () => {
    expect(byLoc.get(`${FIXTURE_SITE_URL}/hi/articles/synthetic-hindi-only`)?.['xhtml:link']).toBeUndefined();
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  adminPath,
  articlePath,
  articleShareImagePath,
  decodePath,
  frameworkPathPrefix,
  getReservedAddresses,
  homePath,
  listPagePath,
  localeSitemapPath,
  organisationPath,
  parseArticlePath,
  proxyMatcher,
  ROUTES,
  type RouteSpec,
  searchIndexPath,
  searchPath,
  searchResultPath,
  searchShardPath,
  sitemapsPathPrefix,
  tagPath,
} from '@/lib/routes';
import { readAppRoutes } from './support/app-routes';

describe('decodePath', () => {
  it('decodes a Hindi address', () => {
    expect(decodePath('/hi/tags/%E0%A4%95')).toBe('/hi/tags/क');
  });

  it('gives nothing for a broken escape instead of throwing', () => {
    for (const path of ['/%', '/hi/articles/%E0%A4', '/en/tags/%zz']) expect(decodePath(path), path).toBeUndefined();
  });
});

describe('parseArticlePath', () => {
  it('reads locale and decoded slug, with or without a trailing slash', () => {
    expect(parseArticlePath('/en/articles/some-slug/')).toEqual({ locale: 'en', slug: 'some-slug' });
    expect(parseArticlePath('/hi/articles/%E0%A4%95')).toEqual({ locale: 'hi', slug: 'क' });
  });

  it('is no article address when the slug cannot be decoded', () => {
    expect(parseArticlePath('/hi/articles/%E0%A4')).toBeUndefined();
    expect(parseArticlePath('/hi/articles/%')).toBeUndefined();
  });
});

describe('the route table', () => {
  it('has a row for every route under app/, and every row served by app/ has its route there', () => {
    const table = Object.values(ROUTES as Record<string, RouteSpec>)
      .filter((spec) => spec.servedBy === 'app')
      .map((spec) => spec.pattern);
    expect(readAppRoutes().map((route) => route.pattern).sort()).toEqual([...table].sort());
  });

  it('gives the proxy the matcher proxy.ts writes out (Next reads it without running the file)', () => {
    const source = readFileSync('proxy.ts', 'utf8');
    const written = /export const config = \{ matcher: (\[.*?\]) \};/.exec(source)?.[1];
    expect(written && (JSON.parse(written.replaceAll("'", '"')) as string[])).toEqual(proxyMatcher);
    // Everything but Next's own files: an alias may be any earlier address.
    expect(proxyMatcher).toEqual(['/((?!_next/).*)']);
  });

  it('builds every address from its row', () => {
    expect(articlePath('hi', 'leather-pact')).toBe('/hi/articles/leather-pact');
    expect(articleShareImagePath('en', 'leather-pact')).toBe('/en/articles/leather-pact/share-image.png');
    expect(tagPath('en', 'trade')).toBe('/en/tags/trade');
    expect(listPagePath(organisationPath('hi', 'cii'), 3)).toBe('/hi/organisations/cii/page/3');
    expect(listPagePath(homePath('hi'), 1)).toBe('/hi');
    expect(searchShardPath('hi', 7)).toBe('/hi/search-index/words/7.json');
    expect(searchResultPath('en', 12)).toBe('/en/search-index/results/12.json');
    expect(searchIndexPath('hi')).toBe('/hi/search-index/');
    expect(searchPath('en', 'जूते')).toBe('/en/search?q=%E0%A4%9C%E0%A5%82%E0%A4%A4%E0%A5%87');
    expect(localeSitemapPath('en', 2)).toBe('/sitemaps/en-2.xml');
    expect([frameworkPathPrefix, sitemapsPathPrefix, adminPath]).toEqual(['/_next/', '/sitemaps/', '/admin']);
  });

  it('reserves each row as it says, filled from the content: exact addresses, lists with their pages, whole folders', () => {
    const reserved = getReservedAddresses({
      locales: ['hi', 'en'],
      articles: [{ locale: 'en', slug: 'only-english', file: 'articles/only-english.en.md' }],
      registryIds: { organisations: ['cii'], tags: ['leather'] },
    });
    expect(reserved.pages.get('/en/articles/only-english')).toBe('the article articles/only-english.en.md');
    expect(reserved.pages.get('/en/articles/only-english/share-image.png')).toBe('the share image of articles/only-english.en.md');
    expect(reserved.pages.has('/hi/articles/only-english')).toBe(false);
    expect(reserved.lists.get('/hi/organisations/cii')).toBe("organisation cii's page");
    expect(reserved.lists.get('/en/tags/leather')).toBe("topic leather's page");
    expect(reserved.lists.get('/hi')).toBe('the home page');
    expect(reserved.pages.get('/hi')).toBe('the home page');
    expect(reserved.pages.get('/en/tags')).toBe('the topics index');
    expect(reserved.lists.has('/en/tags')).toBe(false);
    expect(reserved.pages.get('/')).toMatch(/root/);
    expect(reserved.pages.get('/favicon.svg')).toBe('the site icon');
    expect(Object.fromEntries(reserved.folders)).toEqual({
      '/hi/search-index/': 'the search index files under /hi/search-index/',
      '/en/search-index/': 'the search index files under /en/search-index/',
      '/sitemaps/': 'the per-language sitemaps under /sitemaps/',
      '/admin/': 'the editor under /admin/',
      '/_next/': "Next.js's own files under /_next/",
    });
    // A list's further pages are its own: no row of theirs reserves anything alone.
    expect([...reserved.pages.keys()].filter((p) => p.includes('/page/'))).toEqual([]);
  });
});

describe('the route table module', () => {
  it('imports nothing at run time: the service worker, the proxy and client leaves load it (a value import once put process.env into the worker)', () => {
    const source = readFileSync('lib/routes.ts', 'utf8');
    const imports = [...source.matchAll(/^import\s+(type\s+)?[^;]*?from\s+'([^']+)';/gm)];
    expect(imports.length).toBeGreaterThan(0);
    expect(imports.filter((m) => !m[1]).map((m) => m[2])).toEqual([]);
  });
});

import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { renderSitemap, renderSitemapIndex } from '@/lib/sitemap/render-sitemap';

const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['url', 'sitemap', 'xhtml:link'].includes(name) });

function parse(xml: string) {
  expect(XMLValidator.validate(xml)).toBe(true);
  return parser.parse(xml);
}

describe('renderSitemap', () => {
  it('writes a urlset an independent parser reads back, escaping markup in addresses', () => {
    const parsed = parse(
      renderSitemap([
        { url: 'https://x.example/hi/search?q=a&b=<c>', lastModified: '2024-03-10T18:30:00+05:30', alternates: [{ hreflang: 'hi', href: 'https://x.example/hi?a=1&b=2' }] },
        { url: 'https://x.example/en', alternates: [] },
      ]),
    );
    expect(parsed.urlset['@_xmlns']).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
    expect(parsed.urlset['@_xmlns:xhtml']).toBe('http://www.w3.org/1999/xhtml');
    expect(parsed.urlset.url).toEqual([
      { loc: 'https://x.example/hi/search?q=a&b=<c>', lastmod: '2024-03-10T18:30:00+05:30', 'xhtml:link': [{ '@_rel': 'alternate', '@_hreflang': 'hi', '@_href': 'https://x.example/hi?a=1&b=2' }] },
      { loc: 'https://x.example/en' },
    ]);
  });
});

describe('renderSitemapIndex', () => {
  it('writes a sitemapindex of the files, with lastmod only where one is known', () => {
    const parsed = parse(
      renderSitemapIndex([
        { url: 'https://x.example/sitemaps/hi-1.xml', lastModified: '2024-04-02T00:00:00+05:30' },
        { url: 'https://x.example/sitemaps/en-1.xml?a&b' },
      ]),
    );
    expect(parsed.sitemapindex['@_xmlns']).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
    expect(parsed.sitemapindex.sitemap).toEqual([
      { loc: 'https://x.example/sitemaps/hi-1.xml', lastmod: '2024-04-02T00:00:00+05:30' },
      { loc: 'https://x.example/sitemaps/en-1.xml?a&b' },
    ]);
  });
});

import type { LanguageAlternate } from '@/lib/seo/metadata';
import { escapeXml } from '@/lib/xml';

export interface SitemapEntry {
  url: string;
  /** W3C date-time with offset. */
  lastModified?: string;
  /** Absolute hreflang links; empty when the page exists in one language only. */
  alternates: LanguageAlternate[];
}

/** One `<url>` element; renderSitemap puts each on its own lines, so a file's size is its envelope plus each entry and a newline. */
export function renderSitemapEntry(entry: SitemapEntry): string {
  return [
    '  <url>',
    `    <loc>${escapeXml(entry.url)}</loc>`,
    ...(entry.lastModified ? [`    <lastmod>${escapeXml(entry.lastModified)}</lastmod>`] : []),
    ...entry.alternates.map((a) => `    <xhtml:link rel="alternate" hreflang="${escapeXml(a.hreflang)}" href="${escapeXml(a.href)}"/>`),
    '  </url>',
  ].join('\n');
}

/** sitemaps.org 0.9 with Google's xhtml:link language alternates. */
export function renderSitemap(entries: readonly SitemapEntry[]): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ...entries.map(renderSitemapEntry),
    '</urlset>',
    '',
  ].join('\n');
}

/** One file listed by a sitemap index. */
export interface SitemapRef {
  url: string;
  /** W3C date-time with offset: the newest lastmod in that file. */
  lastModified?: string;
}

/** A sitemaps.org 0.9 index: the file robots.txt names, pointing at the sitemaps that list the pages. */
export function renderSitemapIndex(refs: readonly SitemapRef[]): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...refs.map((ref) =>
      ['  <sitemap>', `    <loc>${escapeXml(ref.url)}</loc>`, ...(ref.lastModified ? [`    <lastmod>${escapeXml(ref.lastModified)}</lastmod>`] : []), '  </sitemap>'].join('\n'),
    ),
    '</sitemapindex>',
    '',
  ].join('\n');
}

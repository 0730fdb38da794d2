import type { LanguageAlternate } from '@/lib/seo/language-alternates';
import { escapeXml } from '@/lib/xml/escape-xml';

export interface SitemapEntry {
  url: string;
  /** W3C date-time with offset. */
  lastModified?: string;
  /** Absolute hreflang links; empty when the page exists in one language only. */
  alternates: LanguageAlternate[];
}

function renderEntry(entry: SitemapEntry): string {
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
    ...entries.map(renderEntry),
    '</urlset>',
    '',
  ].join('\n');
}

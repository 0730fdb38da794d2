import type { MetadataRoute } from 'next';
import { locales, type Locale } from '@/lib/i18n/locales';
import { adminPath, localeSitemapPath, sitemapPath } from '@/lib/routes';
import { getAbsoluteUrl } from '@/lib/site-url';
import { escapeXml } from '@/lib/xml';
import { getSitemapEntries, type SitemapEntry } from './entries';

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

/** The sitemaps.org protocol's caps on one sitemap file, which search engines enforce. */
export interface SitemapLimits {
  urls: number;
  /** Uncompressed UTF-8 size. */
  bytes: number;
}

/**
 * 50,000 URLs, 50 MiB. With two languages an entry is about 400 bytes, so the
 * URL cap binds first (a full file is near 20 MB); the byte cap matters once a
 * third or fourth language adds hreflang links to every entry.
 */
export const SITEMAP_LIMITS: SitemapLimits = { urls: 50_000, bytes: 50 * 1024 * 1024 };

/** One file of a language's sitemap. */
export interface SitemapFile {
  locale: Locale;
  /** 1-based; a language has parts 1…n with no gaps. */
  part: number;
  /** Site path, from lib/routes.ts. */
  path: string;
  entries: SitemapEntry[];
}

/** Entries cut into runs that each render within the limits; an entry too big for a file alone still gets one. */
function splitWithin(entries: readonly SitemapEntry[], limits: SitemapLimits): SitemapEntry[][] {
  const envelope = Buffer.byteLength(renderSitemap([]));
  const parts: SitemapEntry[][] = [[]];
  let bytes = envelope;
  for (const entry of entries) {
    const size = Buffer.byteLength(renderSitemapEntry(entry)) + 1;
    const part = parts.at(-1)!;
    if (part.length > 0 && (part.length >= limits.urls || bytes + size > limits.bytes)) {
      parts.push([entry]);
      bytes = envelope + size;
    } else {
      part.push(entry);
      bytes += size;
    }
  }
  return parts;
}

/**
 * The per-language sitemaps /sitemap.xml indexes: each language's entries in
 * numbered parts within the protocol's limits (smaller ones let a test split
 * the fixture site). Every language has part 1, since its home is always listed.
 */
export function getSitemapFiles(limits: SitemapLimits = SITEMAP_LIMITS): SitemapFile[] {
  for (const [name, value] of Object.entries(limits)) {
    if (!Number.isInteger(value) || value < 1) throw new Error(`sitemap limit ${name} must be a whole number, 1 or more; got ${value}`);
  }
  return locales.flatMap((locale) =>
    splitWithin(getSitemapEntries(locale), limits).map((entries, i) => ({ locale, part: i + 1, path: localeSitemapPath(locale, i + 1), entries })),
  );
}

/** The newest lastmod among entries (W3C date-times with differing offsets compare as instants). */
function getNewest(entries: readonly SitemapEntry[]): string | undefined {
  let newest: string | undefined;
  let newestInstant = -Infinity;
  for (const { lastModified } of entries) {
    const instant = lastModified ? Date.parse(lastModified) : NaN;
    if (instant > newestInstant) [newest, newestInstant] = [lastModified, instant];
  }
  return newest;
}

/** What the sitemap index lists: each file's absolute address, dated by its newest entry. */
export function getSitemapRefs(files: readonly SitemapFile[] = getSitemapFiles()): SitemapRef[] {
  return files.map((file) => ({ url: getAbsoluteUrl(file.path), lastModified: getNewest(file.entries) }));
}

/** Everything but the editor (/admin) may be crawled; the sitemap is named by its absolute address, as the robots.txt standard requires. */
export function getRobots(): MetadataRoute.Robots {
  return { rules: [{ userAgent: '*', allow: '/', disallow: adminPath }], sitemap: getAbsoluteUrl(sitemapPath) };
}

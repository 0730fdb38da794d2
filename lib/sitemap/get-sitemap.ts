import { getPageSize } from '@/lib/content/query';
import { getPublishedArticles } from '@/lib/content/site-content';
import { locales, type Locale } from '@/lib/i18n/locales';
import { formatIsoDateTime } from '@/lib/format';
import { articlePath, localeSitemapPath } from '@/lib/routes';
import { getAbsoluteUrl } from '@/lib/site-url';
import { getAnnouncedAlternates, getListEntries } from './list-entries';
import { renderSitemap, renderSitemapEntry, type SitemapEntry, type SitemapRef } from './render-sitemap';

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

/**
 * Every published page of one language (or of all of them, in the configured
 * order): its lists with each of their pages, then its articles, each with
 * hreflang links to the other languages' versions.
 */
export function getSitemapEntries(locale?: Locale): SitemapEntry[] {
  if (!locale) return locales.flatMap((l) => getSitemapEntries(l));
  const published = getPublishedArticles();
  const versions = new Map<string, Partial<Record<Locale, string>>>();
  for (const a of published) versions.set(a.slug, { ...versions.get(a.slug), [a.locale]: getAbsoluteUrl(articlePath(a.locale, a.slug)) });
  const articles = published
    .filter((article) => article.locale === locale)
    .map((article) => ({
      url: getAbsoluteUrl(articlePath(article.locale, article.slug)),
      lastModified: formatIsoDateTime(article.updated ?? article.postTime),
      alternates: getAnnouncedAlternates(versions.get(article.slug) ?? {}),
    }));
  return [...getListEntries(locale, published, getPageSize()), ...articles];
}

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

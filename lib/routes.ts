import type { Locale } from '@/lib/i18n/locales';

/** Every site path is built here, so links, redirects, sitemap and feeds agree. */
export function homePath(locale: Locale): string {
  return `/${locale}`;
}

export function articlePath(locale: Locale, slug: string): string {
  return `/${locale}/articles/${slug}`;
}

export function feedPath(locale: Locale): string {
  return `/${locale}/feed.xml`;
}

/** The per-language site image used when a page has no image of its own. */
export function siteShareImagePath(locale: Locale): string {
  return `/${locale}/share-image.png`;
}

export function articleShareImagePath(locale: Locale, slug: string): string {
  return `/${locale}/articles/${slug}/share-image.png`;
}

export const sitemapPath = '/sitemap.xml';

/** Folder of the per-language sitemaps that sitemapPath indexes; all of it is the site's, since parts are added as a language grows. */
export const sitemapsPathPrefix = '/sitemaps/';

/** Part `part` (1-based) of one language's sitemap. */
export function localeSitemapPath(locale: Locale, part: number): string {
  return `${sitemapsPathPrefix}${locale}-${part}.xml`;
}

export const robotsPath = '/robots.txt';

export const faviconPath = '/favicon.svg';

/** Next.js serves its own scripts, styles and fonts under this prefix; no page of ours may live there. */
export const frameworkPathPrefix = '/_next/';

/** A request path with its %-escapes decoded, or undefined when one is broken (`/%`, `/hi/articles/%E0`): such an address names no page. */
export function decodePath(pathname: string): string | undefined {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
}

const ARTICLE = /^\/([^/]+)\/articles\/([^/]+?)\/?$/;

export function parseArticlePath(pathname: string): { locale: string; slug: string } | undefined {
  const match = ARTICLE.exec(pathname);
  const slug = match ? decodePath(match[2]!) : undefined;
  return match && slug !== undefined ? { locale: match[1]!, slug } : undefined;
}

export function organisationsPath(locale: Locale): string {
  return `/${locale}/organisations`;
}

export function organisationPath(locale: Locale, id: string): string {
  return `/${locale}/organisations/${id}`;
}

export function tagsPath(locale: Locale): string {
  return `/${locale}/tags`;
}

export function tagPath(locale: Locale, id: string): string {
  return `/${locale}/tags/${id}`;
}

/** Page `n` of a list whose first page lives at `listPath`; page 1 has no address of its own. */
export function listPagePath(listPath: string, n: number): string {
  return n <= 1 ? listPath : `${listPath}/page/${n}`;
}

const LIST_PAGE = /^(\/.+?)\/page\/([^/]+?)\/?$/;

/** `/…/page/<n>` as the list's own address and the page segment, unchecked; the inverse of listPagePath. */
export function parseListPagePath(pathname: string): { listPath: string; page: string } | undefined {
  const match = LIST_PAGE.exec(pathname);
  return match ? { listPath: match[1]!, page: match[2]! } : undefined;
}

/** For `/…/page/1`, the list's own address (where the proxy sends it). */
export function parseFirstPagePath(pathname: string): string | undefined {
  const parsed = parseListPagePath(pathname);
  return parsed?.page === '1' ? parsed.listPath : undefined;
}

export function searchPath(locale: Locale, query?: string): string {
  return query ? `/${locale}/search?${new URLSearchParams({ q: query })}` : `/${locale}/search`;
}

/** The folder of a language's search index files (term shards and result records): reserved whole, as it grows with the articles. */
export function searchIndexPath(locale: Locale): string {
  return `/${locale}/search-index/`;
}

/** One shard of words and postings (lib/search/index-layout.ts). */
export function searchShardPath(locale: Locale, shard: number): string {
  return `${searchIndexPath(locale)}words/${shard}.json`;
}

/** What search shows for the article numbered `article` in the language's index. */
export function searchResultPath(locale: Locale, article: number): string {
  return `${searchIndexPath(locale)}results/${article}.json`;
}

/** The page a reader gets, offline, for a page of this language the browser has not saved; it lists the saved articles. */
export function offlinePath(locale: Locale): string {
  return `/${locale}/offline`;
}

/** The offline-reading service worker; at the root, so its scope is the whole site. */
export const serviceWorkerPath = '/sw.js';

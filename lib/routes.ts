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

/** Internal target of the proxy's rewrite for an article missing in one language; never linked. */
export function unavailablePath(locale: Locale, slug: string): string {
  return `/${locale}/unavailable/${slug}`;
}

const ARTICLE = /^\/([^/]+)\/articles\/([^/]+?)\/?$/;

export function parseArticlePath(pathname: string): { locale: string; slug: string } | undefined {
  const match = ARTICLE.exec(pathname);
  return match ? { locale: match[1]!, slug: decodeURIComponent(match[2]!) } : undefined;
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

const FIRST_PAGE = /^(\/.+?)\/page\/1\/?$/;

/** For `/…/page/1`, the list's own address (where the proxy sends it). */
export function parseFirstPagePath(pathname: string): string | undefined {
  return FIRST_PAGE.exec(pathname)?.[1];
}

export function searchPath(locale: Locale, query?: string): string {
  return query ? `/${locale}/search?${new URLSearchParams({ q: query })}` : `/${locale}/search`;
}

export function searchIndexPath(locale: Locale): string {
  return `/${locale}/search-index.json`;
}

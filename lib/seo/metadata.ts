import type { Metadata } from 'next';
import { getArticle, getArticleAlternates, getArticles, getEntryArticles, getPageCount, getRegistryEntry } from '@/lib/content/query';
import { nameOf, registryOf, type RegistryKind } from '@/lib/content/registry';
import { parsePageNumber } from '@/lib/content/routing';
import type { Article } from '@/lib/content/schema';
import { formatIsoDateTime } from '@/lib/format';
import { getLocaleAlternates } from '@/lib/i18n/alternates';
import { defaultLocale, localeFacts, locales, type Locale } from '@/lib/i18n/locales';
import { getTranslator } from '@/lib/i18n/translator';
import { feedPath, homePath, listPagePath, searchPath } from '@/lib/routes';
import { getArticleShareImage, getSiteShareImage, type ShareImageRef } from '@/lib/share-image/share-card';
import { getAbsoluteUrl, getSiteUrl } from '@/lib/site-url';

export interface LanguageAlternate {
  /** BCP 47 tag, or `x-default`. */
  hreflang: string;
  href: string;
}

/**
 * hreflang links for one page, given its address in each language it exists
 * in: those languages in the configured order, plus `x-default` pointing at the
 * default-language version (or, when there is none, the first that exists).
 */
export function buildLanguageAlternates(hrefs: Partial<Record<Locale, string>>): LanguageAlternate[] {
  const present = locales.flatMap((locale) => {
    const href = hrefs[locale];
    return href ? [{ locale, href }] : [];
  });
  const fallback = present.find((p) => p.locale === defaultLocale) ?? present[0];
  if (!fallback) return [];
  return [...present.map(({ locale, href }) => ({ hreflang: localeFacts[locale].tag, href })), { hreflang: 'x-default', href: fallback.href }];
}

export interface PageMetadataInput {
  locale: Locale;
  /** Headline for `<title>` (the layout's template adds the site name) and `og:title`. */
  title: string;
  description: string;
  /** This page's path in every language it exists in, including `locale`. */
  paths: Partial<Record<Locale, string>>;
  image: ShareImageRef;
}

/** `<link rel="alternate" type="application/rss+xml">` for the page's language; pages replace the layout's alternates, so each carries it. */
export function buildFeedLinks(locale: Locale, base: URL = getSiteUrl()) {
  return { 'application/rss+xml': [{ url: getAbsoluteUrl(feedPath(locale), base), title: getTranslator(locale)('feedTitle') }] };
}

/** Canonical, hreflang, feed link, Open Graph and Twitter card for a page, every URL absolute from SITE_URL. */
export function buildPageMetadata({ locale, title, description, paths, image }: PageMetadataInput, base: URL = getSiteUrl()): Metadata {
  const own = paths[locale];
  if (!own) throw new Error(`buildPageMetadata: no ${locale} path among the page's versions`);
  const absolute = (path: string) => getAbsoluteUrl(path, base);
  const languages = Object.fromEntries(buildLanguageAlternates(paths).map((a) => [a.hreflang, absolute(a.href)]));
  const others = locales.filter((l) => l !== locale && paths[l]);
  const ogImage = { url: image.url, width: image.width, height: image.height, alt: image.alt, type: image.type };
  return {
    title,
    description,
    alternates: { canonical: absolute(own), languages, types: buildFeedLinks(locale, base) },
    openGraph: {
      type: 'website',
      siteName: getTranslator(locale)('siteName'),
      title,
      description,
      url: absolute(own),
      locale: localeFacts[locale].ogLocale,
      alternateLocale: others.map((l) => localeFacts[l].ogLocale),
      images: [ogImage],
    },
    twitter: { card: 'summary_large_image', title, description, images: [{ url: image.url, alt: image.alt }] },
  };
}

/** An article's metadata: the page's, plus `og:type=article` and its publication times. */
export function buildArticleMetadata(article: Article, paths: Partial<Record<Locale, string>>, image: ShareImageRef, base: URL = getSiteUrl()): Metadata {
  const page = buildPageMetadata({ locale: article.locale, title: article.title, description: article.summary, paths, image }, base);
  return {
    ...page,
    openGraph: {
      ...page.openGraph,
      type: 'article',
      publishedTime: formatIsoDateTime(article.postTime),
      modifiedTime: article.updated && formatIsoDateTime(article.updated),
    },
  };
}

/** What every page of a language inherits from the layout: feed link, site name, default share image. */
export function getSiteDefaultMetadata(locale: Locale): Metadata {
  const t = getTranslator(locale);
  const image = getSiteShareImage(locale);
  return {
    alternates: { types: buildFeedLinks(locale) },
    openGraph: { type: 'website', siteName: t('siteName'), locale: localeFacts[locale].ogLocale, images: [image] },
    twitter: { card: 'summary_large_image', images: [{ url: image.url, alt: image.alt }] },
  };
}

export function getHomeMetadata(locale: Locale): Metadata {
  const t = getTranslator(locale);
  const page = buildPageMetadata({ locale, title: t('siteName'), description: t('siteTagline'), paths: getLocaleAlternates(homePath), image: getSiteShareImage(locale) });
  // The site name alone, not run through the layout's "… · site name" template.
  return { ...page, title: { absolute: t('siteName') } };
}

export function getArticleMetadata(locale: Locale, slug: string): Metadata {
  const article = getArticle(locale, slug);
  // Not in this language: the page is a 404 that offers the others, never indexed.
  if (!article) return { title: getTranslator(locale)('notFoundTitle'), robots: { index: false } };
  return buildArticleMetadata(article, getArticleAlternates(slug), getArticleShareImage(article));
}

interface ListSpec {
  /** The list's heading on its first page. */
  name: string;
  description: string;
  pathFor: (locale: Locale) => string;
  /** Published articles the list holds in a language, which decides how many pages it has there. */
  countFor: (locale: Locale) => number;
}

/** A list's heading and title: its name on the first page, "name, page n" on later ones. */
export function getListTitle(locale: Locale, name: string, n: number): string {
  return n === 1 ? name : getTranslator(locale)('pageTitle', { title: name, page: n });
}

/**
 * Page `segment` of a list: its own canonical, and hreflang for each language
 * whose list reaches that page. Empty for a page that does not exist.
 */
function buildListMetadata(locale: Locale, segment: string, { name, description, pathFor, countFor }: ListSpec): Metadata {
  const n = parsePageNumber(segment);
  const present = locales.filter((l) => n <= getPageCount(countFor(l)));
  if (!present.includes(locale)) return {};
  const paths = Object.fromEntries(present.map((l) => [l, listPagePath(pathFor(l), n)]));
  return buildPageMetadata({ locale, title: getListTitle(locale, name, n), description, paths, image: getSiteShareImage(locale) });
}

/** `/{locale}/page/<n>`; the first page is the home page, with its own metadata. */
export function getIndexPageMetadata(locale: Locale, segment: string): Metadata {
  const t = getTranslator(locale);
  return buildListMetadata(locale, segment, { name: t('indexHeading'), description: t('siteTagline'), pathFor: homePath, countFor: (l) => getArticles(l).length });
}

/** Page `segment` of a registry entry's list (an organisation's, a topic's); empty for an unknown id. */
export function getRegistryEntryMetadata(kind: RegistryKind, locale: Locale, id: string, segment = '1'): Metadata {
  const entry = getRegistryEntry(kind, id);
  if (!entry) return {};
  const registry = registryOf(kind);
  const description = registry.describe(getTranslator(locale), entry, locale);
  return buildListMetadata(locale, segment, { name: nameOf(entry, locale), description, pathFor: (l) => registry.entryPath(l, id), countFor: (l) => getEntryArticles(kind, l, id).length });
}

/** A page every language has, with the site image. */
function buildEverywhereMetadata(locale: Locale, title: string, description: string, pathFor: (locale: Locale) => string): Metadata {
  return buildPageMetadata({ locale, title, description, paths: getLocaleAlternates(pathFor), image: getSiteShareImage(locale) });
}

/** A registry's directory (the organisations index, the topics index). */
export function getRegistryDirectoryMetadata(kind: RegistryKind, locale: Locale): Metadata {
  const t = getTranslator(locale);
  const registry = registryOf(kind);
  return buildEverywhereMetadata(locale, t(registry.directoryTitle), t(registry.directoryDescription), registry.directoryPath);
}

/**
 * The search page is prerendered without a query (the browser reads `?q=`), so
 * its canonical is the bare address. Never indexed: with a query it is the
 * reader's own list, without one an empty form; its links may still be followed.
 */
export function getSearchMetadata(locale: Locale): Metadata {
  const t = getTranslator(locale);
  return { ...buildEverywhereMetadata(locale, t('searchHeading'), t('searchDescription'), (l) => searchPath(l)), robots: { index: false, follow: true } };
}

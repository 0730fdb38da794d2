import type { Metadata } from 'next';
import { getArticles, getEntryArticles, getPageCount, getRegistryEntry } from '@/lib/content/query';
import { nameOf, registryOf, type RegistryKind } from '@/lib/content/registry';
import { parsePageNumber } from '@/lib/content/routing';
import { getLocaleAlternates } from '@/lib/i18n/alternates';
import { locales, type Locale } from '@/lib/i18n/locales';
import { getTranslator } from '@/lib/i18n/translator';
import { homePath, listPagePath, searchPath } from '@/lib/routes';
import { getSiteShareImage } from '@/lib/share-image/share-image-ref';
import { buildPageMetadata } from './page-metadata';

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

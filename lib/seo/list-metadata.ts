import type { Metadata } from 'next';
import { getArticles, getOrganisation, getOrganisationArticles, getPageCount, getTag, getTagArticles } from '@/lib/content/query';
import { parsePageNumber } from '@/lib/content/routing';
import { formatCountry } from '@/lib/format/country';
import { getLocaleAlternates } from '@/lib/i18n/alternates';
import { locales, type Locale } from '@/lib/i18n/locales';
import { getTranslator } from '@/lib/i18n/translator';
import { homePath, listPagePath, organisationPath, organisationsPath, searchPath, tagPath, tagsPath } from '@/lib/routes';
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

/**
 * Page `segment` of a list: its own canonical, and hreflang for each language
 * whose list reaches that page. Empty for a page that does not exist.
 */
function buildListMetadata(locale: Locale, segment: string, { name, description, pathFor, countFor }: ListSpec): Metadata {
  const n = parsePageNumber(segment);
  const present = locales.filter((l) => n <= getPageCount(countFor(l)));
  if (!present.includes(locale)) return {};
  const paths = Object.fromEntries(present.map((l) => [l, listPagePath(pathFor(l), n)]));
  const title = n === 1 ? name : getTranslator(locale)('pageTitle', { title: name, page: n });
  return buildPageMetadata({ locale, title, description, paths, image: getSiteShareImage(locale) });
}

/** `/{locale}/page/<n>`; the first page is the home page, with its own metadata. */
export function getIndexPageMetadata(locale: Locale, segment: string): Metadata {
  const t = getTranslator(locale);
  return buildListMetadata(locale, segment, { name: t('indexHeading'), description: t('siteTagline'), pathFor: homePath, countFor: (l) => getArticles(l).length });
}

export function getOrganisationMetadata(locale: Locale, id: string, segment = '1'): Metadata {
  const organisation = getOrganisation(id);
  if (!organisation) return {};
  const name = organisation.name[locale];
  const description = getTranslator(locale)('organisationDescription', { name, country: formatCountry(organisation.country, locale) });
  return buildListMetadata(locale, segment, { name, description, pathFor: (l) => organisationPath(l, id), countFor: (l) => getOrganisationArticles(l, id).length });
}

export function getTagMetadata(locale: Locale, id: string, segment = '1'): Metadata {
  const tag = getTag(id);
  if (!tag) return {};
  const label = tag.label[locale];
  const description = getTranslator(locale)('tagDescription', { label });
  return buildListMetadata(locale, segment, { name: label, description, pathFor: (l) => tagPath(l, id), countFor: (l) => getTagArticles(l, id).length });
}

/** A page every language has, with the site image. */
function buildEverywhereMetadata(locale: Locale, title: string, description: string, pathFor: (locale: Locale) => string): Metadata {
  return buildPageMetadata({ locale, title, description, paths: getLocaleAlternates(pathFor), image: getSiteShareImage(locale) });
}

export function getOrganisationsIndexMetadata(locale: Locale): Metadata {
  const t = getTranslator(locale);
  return buildEverywhereMetadata(locale, t('organisations'), t('organisationsDescription'), organisationsPath);
}

export function getTagsIndexMetadata(locale: Locale): Metadata {
  const t = getTranslator(locale);
  return buildEverywhereMetadata(locale, t('tags'), t('tagsDescription'), tagsPath);
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

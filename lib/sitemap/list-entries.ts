import type { Article } from '@/lib/content/article';
import { getOrganisationIds, getTagIds } from '@/lib/content/lists';
import { getLocaleAlternates } from '@/lib/i18n/alternates';
import { locales, type Locale } from '@/lib/i18n/locales';
import { buildLanguageAlternates } from '@/lib/seo/language-alternates';
import { formatIsoDateTime } from '@/lib/seo/iso-time';
import { homePath, organisationPath, organisationsPath, tagPath, tagsPath } from '@/lib/routes';
import { getAbsoluteUrl } from '@/lib/site-url';
import type { SitemapEntry } from './render-sitemap';

/**
 * A page every language has, linked to all of them; last modified when the
 * newest published article it lists (`shows`) appeared in that language.
 */
function getEverywhereEntries(pathFor: (locale: Locale) => string, published: readonly Article[], shows: (article: Article) => boolean = () => true): SitemapEntry[] {
  const alternates = buildLanguageAlternates(getLocaleAlternates((l) => getAbsoluteUrl(pathFor(l))));
  return locales.map((locale) => {
    const newest = published.find((a) => a.locale === locale && shows(a));
    return { url: getAbsoluteUrl(pathFor(locale)), lastModified: newest && formatIsoDateTime(newest.postTime), alternates };
  });
}

/** The language homes, the organisation and topic indexes, and each organisation's and topic's first page. */
export function getListEntries(published: readonly Article[]): SitemapEntry[] {
  return [
    ...getEverywhereEntries(homePath, published),
    ...getEverywhereEntries(organisationsPath, published),
    ...getOrganisationIds().flatMap((id) => getEverywhereEntries((l) => organisationPath(l, id), published, (a) => a.organisations.includes(id))),
    ...getEverywhereEntries(tagsPath, published),
    ...getTagIds().flatMap((id) => getEverywhereEntries((l) => tagPath(l, id), published, (a) => a.tags.includes(id))),
  ];
}

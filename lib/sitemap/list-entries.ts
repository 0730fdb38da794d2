import type { Article } from '@/lib/content/article';
import { getOrganisationIds, getTagIds } from '@/lib/content/lists';
import { getPageCount } from '@/lib/content/pagination';
import { locales, type Locale } from '@/lib/i18n/locales';
import { buildLanguageAlternates, type LanguageAlternate } from '@/lib/seo/language-alternates';
import { formatIsoDateTime } from '@/lib/seo/iso-time';
import { homePath, listPagePath, organisationPath, organisationsPath, tagPath, tagsPath } from '@/lib/routes';
import { getAbsoluteUrl } from '@/lib/site-url';
import type { SitemapEntry } from './render-sitemap';

/** hreflang links for a page, given its absolute address in each language that has it; a page alone in its language has none to announce. */
export function getAnnouncedAlternates(hrefs: Partial<Record<Locale, string>>): LanguageAlternate[] {
  return Object.keys(hrefs).length > 1 ? buildLanguageAlternates(hrefs) : [];
}

/** How many published articles a list holds in each language, and the newest of them. */
type ListTally = Partial<Record<Locale, { count: number; newest: Article }>>;

const HOME = 'home';
const organisationKey = (id: string) => `organisation:${id}`;
const tagKey = (id: string) => `tag:${id}`;

/**
 * Every list's tally in one pass over the articles (newest first), rather
 * than one filter per organisation and topic: the sitemap must stay quick to
 * build with thousands of both.
 */
function tallyLists(published: readonly Article[]): Map<string, ListTally> {
  const tallies = new Map<string, ListTally>();
  const add = (key: string, article: Article) => {
    const tally = tallies.get(key) ?? {};
    const seen = tally[article.locale];
    if (seen) seen.count += 1;
    else tally[article.locale] = { count: 1, newest: article };
    tallies.set(key, tally);
  };
  for (const article of published) {
    add(HOME, article);
    for (const id of article.organisations) add(organisationKey(id), article);
    for (const id of article.tags) add(tagKey(id), article);
  }
  return tallies;
}

const lastModified = (newest: Article | undefined) => newest && formatIsoDateTime(newest.postTime);

/**
 * Every page of a paginated list in one language, page 1 at the list's own
 * address. Each page links to the languages whose list reaches that page, as
 * the page's own hreflang does. All pages date from the list's newest article:
 * a new one shifts every page by a card.
 */
function getPagedListEntries(locale: Locale, pathFor: (locale: Locale) => string, tally: ListTally | undefined, pageSize: number): SitemapEntry[] {
  const pageCount = (l: Locale) => getPageCount(tally?.[l]?.count ?? 0, pageSize);
  const modified = lastModified(tally?.[locale]?.newest);
  return Array.from({ length: pageCount(locale) }, (_, i) => {
    const n = i + 1;
    const hrefs = Object.fromEntries(locales.filter((l) => pageCount(l) >= n).map((l) => [l, getAbsoluteUrl(listPagePath(pathFor(l), n))]));
    return { url: getAbsoluteUrl(listPagePath(pathFor(locale), n)), lastModified: modified, alternates: getAnnouncedAlternates(hrefs) };
  });
}

/** A directory every language has (it is not paginated), dated by the language's newest article, whose count it shows. */
function getDirectoryEntry(locale: Locale, pathFor: (locale: Locale) => string, tally: ListTally | undefined): SitemapEntry {
  const hrefs = Object.fromEntries(locales.map((l) => [l, getAbsoluteUrl(pathFor(l))]));
  return { url: getAbsoluteUrl(pathFor(locale)), lastModified: lastModified(tally?.[locale]?.newest), alternates: getAnnouncedAlternates(hrefs) };
}

/**
 * One language's lists: its home and the home's further pages, the organisation
 * index and every page of each organisation's list, then the same for topics.
 */
export function getListEntries(locale: Locale, published: readonly Article[], pageSize: number): SitemapEntry[] {
  const tallies = tallyLists(published);
  const home = tallies.get(HOME);
  return [
    ...getPagedListEntries(locale, homePath, home, pageSize),
    getDirectoryEntry(locale, organisationsPath, home),
    ...getOrganisationIds().flatMap((id) => getPagedListEntries(locale, (l) => organisationPath(l, id), tallies.get(organisationKey(id)), pageSize)),
    getDirectoryEntry(locale, tagsPath, home),
    ...getTagIds().flatMap((id) => getPagedListEntries(locale, (l) => tagPath(l, id), tallies.get(tagKey(id)), pageSize)),
  ];
}

import { getPageCount, getPageSize, getRegistryIds } from '@/lib/content/query';
import type { Article } from '@/lib/content/schema';
import { getPublishedArticles } from '@/lib/content/site-content';
import { formatIsoDateTime } from '@/lib/format';
import { locales, type Locale } from '@/lib/i18n/locales';
import { articlePath, listPagePath, pathOf, ROUTES, type RouteName, type RouteSpec } from '@/lib/routes';
import { buildLanguageAlternates, type LanguageAlternate } from '@/lib/seo/metadata';
import { getAbsoluteUrl } from '@/lib/site-url';

export interface SitemapEntry {
  url: string;
  /** W3C date-time with offset. */
  lastModified?: string;
  /** Absolute hreflang links; empty when the page exists in one language only. */
  alternates: LanguageAlternate[];
}

/** hreflang links for a page, given its absolute address in each language that has it; a page alone in its language has none to announce. */
export function getAnnouncedAlternates(hrefs: Partial<Record<Locale, string>>): LanguageAlternate[] {
  return Object.keys(hrefs).length > 1 ? buildLanguageAlternates(hrefs) : [];
}

/** How many published articles a list holds in each language, and the newest of them. */
type ListTally = Partial<Record<Locale, { count: number; newest: Article }>>;

/** A list's key among the tallies: its route, and the registry entry it lists, if any. */
const listKey = (route: RouteName, id = '') => `${route}:${id}`;

type ListRoute = { [R in RouteName]: (typeof ROUTES)[R]['sitemap'] extends 'list' ? R : never }[RouteName];
const LIST_ROUTES = (Object.keys(ROUTES) as RouteName[]).filter((r): r is ListRoute => ROUTES[r].sitemap === 'list');

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
    for (const route of LIST_ROUTES) {
      const spec: RouteSpec = ROUTES[route];
      if (!spec.registry) add(listKey(route), article);
      else for (const id of article[spec.registry]) add(listKey(route, id), article);
    }
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
function getDirectoryEntry(locale: Locale, pathFor: (locale: Locale) => string, newest: ListTally | undefined): SitemapEntry {
  const hrefs = Object.fromEntries(locales.map((l) => [l, getAbsoluteUrl(pathFor(l))]));
  return { url: getAbsoluteUrl(pathFor(locale)), lastModified: lastModified(newest?.[locale]?.newest), alternates: getAnnouncedAlternates(hrefs) };
}

/**
 * One language's lists, in the route table's order (lib/routes.ts, its
 * `sitemap` column): the home and its further pages, the organisation index and
 * every page of each organisation's list, then the same for topics.
 */
export function getListEntries(locale: Locale, published: readonly Article[], pageSize: number): SitemapEntry[] {
  const tallies = tallyLists(published);
  // Directories count the language's articles, so they date from its newest, as the home does.
  const everything = tallies.get(listKey('home'));
  return (Object.keys(ROUTES) as RouteName[]).flatMap((route): SitemapEntry[] => {
    const spec: RouteSpec = ROUTES[route];
    const pathFor = (params: Record<string, string>) => (l: Locale) => pathOf(route, { ...params, locale: l } as never);
    if (spec.sitemap === 'directory') return [getDirectoryEntry(locale, pathFor({}), everything)];
    if (spec.sitemap !== 'list') return [];
    if (!spec.registry) return getPagedListEntries(locale, pathFor({}), tallies.get(listKey(route)), pageSize);
    return getRegistryIds(spec.registry).flatMap((id) => getPagedListEntries(locale, pathFor({ id }), tallies.get(listKey(route, id)), pageSize));
  });
}

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

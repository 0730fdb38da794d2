import type { Article } from '@/lib/content/article';
import { getPublishedArticles } from '@/lib/content/published';
import { locales, type Locale } from '@/lib/i18n/locales';
import { buildLanguageAlternates } from '@/lib/seo/language-alternates';
import { formatIsoDateTime } from '@/lib/seo/iso-time';
import { articlePath, homePath } from '@/lib/routes';
import { getAbsoluteUrl } from '@/lib/site-url';
import type { SitemapEntry } from './render-sitemap';

function getHomeEntries(published: readonly Article[]): SitemapEntry[] {
  const homes = Object.fromEntries(locales.map((l) => [l, getAbsoluteUrl(homePath(l))]));
  return locales.map((locale) => {
    const newest = published.find((a) => a.locale === locale);
    return { url: getAbsoluteUrl(homePath(locale)), lastModified: newest && formatIsoDateTime(newest.postTime), alternates: buildLanguageAlternates(homes) };
  });
}

/** Every published page: the language homes and each article, with hreflang links between translations. */
export function getSitemapEntries(): SitemapEntry[] {
  const published = getPublishedArticles();
  const versions = new Map<string, Partial<Record<Locale, string>>>();
  for (const a of published) versions.set(a.slug, { ...versions.get(a.slug), [a.locale]: getAbsoluteUrl(articlePath(a.locale, a.slug)) });
  const articles = published.map((article) => {
    const hrefs = versions.get(article.slug) ?? {};
    return {
      url: getAbsoluteUrl(articlePath(article.locale, article.slug)),
      lastModified: formatIsoDateTime(article.updated ?? article.postTime),
      // A page alone in its language has no alternates to announce.
      alternates: Object.keys(hrefs).length > 1 ? buildLanguageAlternates(hrefs) : [],
    };
  });
  return [...getHomeEntries(published), ...articles];
}

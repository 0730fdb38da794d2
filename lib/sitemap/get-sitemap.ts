import { getPublishedArticles } from '@/lib/content/published';
import type { Locale } from '@/lib/i18n/locales';
import { buildLanguageAlternates } from '@/lib/seo/language-alternates';
import { formatIsoDateTime } from '@/lib/seo/iso-time';
import { articlePath } from '@/lib/routes';
import { getAbsoluteUrl } from '@/lib/site-url';
import { getListEntries } from './list-entries';
import type { SitemapEntry } from './render-sitemap';

/** Every published page: the lists (homes, organisations, topics) and each article, with hreflang links between language versions. */
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
  return [...getListEntries(published), ...articles];
}

import { getRegistryEntries } from '@/lib/content/query';
import { nameOf } from '@/lib/content/registry';
import { getPublishedArticles } from '@/lib/content/site-content';
import { localeFacts, type Locale } from '@/lib/i18n/locales';
import { getTranslator } from '@/lib/i18n/translator';
import { formatRfc822 } from '@/lib/format';
import { articlePath, feedPath, homePath } from '@/lib/routes';
import { getAbsoluteUrl } from '@/lib/site-url';
import type { Feed } from './render-rss';

/**
 * Items per feed. Feed readers fetch the whole file on every poll and only want
 * what is new since the last one; 50 is weeks of announcements, while the file
 * stays the same small size however long the archive grows. The sitemap, not the
 * feed, is where every article is listed.
 */
export const FEED_ITEM_LIMIT = 50;

/** One language's feed: its newest published articles, at most FEED_ITEM_LIMIT, newest first, with absolute links from SITE_URL. */
export function getFeed(locale: Locale): Feed {
  const t = getTranslator(locale);
  return {
    title: t('feedTitle'),
    description: t('feedDescription'),
    language: localeFacts[locale].tag,
    homeUrl: getAbsoluteUrl(homePath(locale)),
    feedUrl: getAbsoluteUrl(feedPath(locale)),
    items: getPublishedArticles(locale).slice(0, FEED_ITEM_LIMIT).map((article) => ({
      title: article.title,
      url: getAbsoluteUrl(articlePath(locale, article.slug)),
      summary: article.summary,
      pubDate: formatRfc822(article.postTime),
      categories: getRegistryEntries('organisations', article.organisations).map((o) => nameOf(o, locale)),
    })),
  };
}

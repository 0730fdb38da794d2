import { getRegistryEntries } from '@/lib/content/query';
import { nameOf } from '@/lib/content/registry';
import { getPublishedArticles } from '@/lib/content/site-content';
import { formatRfc822 } from '@/lib/format';
import { localeFacts, type Locale } from '@/lib/i18n/locales';
import { getTranslator } from '@/lib/i18n/translator';
import { articlePath, feedPath, homePath } from '@/lib/routes';
import { getAbsoluteUrl } from '@/lib/site-url';
import { escapeXml } from '@/lib/xml';

export interface FeedItem {
  title: string;
  url: string;
  summary: string;
  /** RFC 822 date. */
  pubDate: string;
  categories: string[];
}

export interface Feed {
  title: string;
  description: string;
  /** BCP 47 tag of the feed's language. */
  language: string;
  homeUrl: string;
  feedUrl: string;
  /** Newest first. */
  items: FeedItem[];
}

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

const element = (name: string, text: string) => `<${name}>${escapeXml(text)}</${name}>`;

function renderItem(item: FeedItem): string {
  return [
    '    <item>',
    `      ${element('title', item.title)}`,
    `      ${element('link', item.url)}`,
    `      <guid isPermaLink="true">${escapeXml(item.url)}</guid>`,
    `      ${element('pubDate', item.pubDate)}`,
    `      ${element('description', item.summary)}`,
    ...item.categories.map((c) => `      ${element('category', c)}`),
    '    </item>',
  ].join('\n');
}

/** RSS 2.0 with an Atom self link, as feed validators expect. */
export function renderRss(feed: Feed): string {
  const newest = feed.items[0];
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
    '  <channel>',
    `    ${element('title', feed.title)}`,
    `    ${element('link', feed.homeUrl)}`,
    `    ${element('description', feed.description)}`,
    `    ${element('language', feed.language)}`,
    `    <atom:link href="${escapeXml(feed.feedUrl)}" rel="self" type="application/rss+xml"/>`,
    // The newest item's date rather than the build time, so an unchanged site builds an identical feed.
    ...(newest ? [`    ${element('lastBuildDate', newest.pubDate)}`] : []),
    ...feed.items.map(renderItem),
    '  </channel>',
    '</rss>',
    '',
  ].join('\n');
}

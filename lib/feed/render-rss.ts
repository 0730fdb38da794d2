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

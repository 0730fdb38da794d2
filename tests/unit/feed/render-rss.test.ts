import Parser from 'rss-parser';
import { describe, expect, it } from 'vitest';
import { getFeed } from '@/lib/feed/get-feed';
import { renderRss } from '@/lib/feed/render-rss';
import { FIXTURE_SITE_URL, useFixtureSite } from '../support/fixture-site';

useFixtureSite();
const parser = new Parser();

describe('renderRss', () => {
  it('writes a feed an independent parser reads back field by field, escaping markup', async () => {
    const xml = renderRss({
      title: 'A & B <news>',
      description: 'd',
      language: 'hi',
      homeUrl: 'https://x.example/hi',
      feedUrl: 'https://x.example/hi/feed.xml',
      items: [{ title: 'Deal </title> ज्ञापन', url: 'https://x.example/hi/articles/a?x=1&y=2', summary: '<b>s</b>', pubDate: 'Sun, 24 Sep 2023 18:30:00 GMT', categories: ['Org & Co'] }],
    });
    const feed = await parser.parseString(xml);
    expect(feed.title).toBe('A & B <news>');
    expect(feed.items[0]).toMatchObject({ title: 'Deal </title> ज्ञापन', link: 'https://x.example/hi/articles/a?x=1&y=2', content: '<b>s</b>', categories: ['Org & Co'] });
    expect(feed.items[0]?.isoDate).toBe('2023-09-24T18:30:00.000Z');
  });
});

describe('getFeed', () => {
  it.each(['hi', 'en'] as const)('lists published %s articles newest first with absolute links, no drafts or scheduled posts', async (locale) => {
    const feed = await parser.parseString(renderRss(getFeed(locale)));
    expect(feed.link).toBe(`${FIXTURE_SITE_URL}/${locale}`);
    expect(feed.items.length).toBeGreaterThan(0);
    for (const item of feed.items) expect(item.link).toMatch(new RegExp(`^${FIXTURE_SITE_URL}/${locale}/articles/[a-z0-9-]+$`));
    const times = feed.items.map((i) => Date.parse(i.isoDate ?? ''));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    const links = feed.items.map((i) => i.link).join(' ');
    expect(links).toContain('synthetic-fair-pair');
    expect(links).not.toMatch(/draft|scheduled/);
  });

  it('has a channel title and description in the feed language', () => {
    expect(getFeed('hi').title).toBe('व्यापार संवाद — हिन्दी में घोषणाएँ');
    expect(getFeed('en').description).toMatch(/newest first/);
  });
});

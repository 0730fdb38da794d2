import Parser from 'rss-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FEED_ITEM_LIMIT, getFeed, renderRss } from '@/lib/feed';
import { FIXTURE_SITE_URL, useFixtureSite } from './support/fixture-site';
import { makeTempContent } from './support/temp-content';

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

/** Synthetic English article number `n` (1–60), posted `n - 1` days after 2022-01-01: a higher number is newer. */
function bulkArticle(n: number): [string, string] {
  const number = String(n).padStart(2, '0');
  const day = new Date(Date.UTC(2022, 0, n)).toISOString().slice(0, 10);
  const text = `---\ntitle: Synthetic bulk article ${number}\nsummary: One of sixty, for the feed limit.\npostTime: ${day}\nlocale: en\norganisations: [demo-chamber]\n---\n\nBody ${number}.\n`;
  return [`articles/synthetic-bulk-${number}.en.md`, text];
}

describe('a language with more articles than a feed holds', () => {
  // The fixture site plus 60 English articles from 2022, all older than its three published English ones.
  let site: ReturnType<typeof makeTempContent>;
  let saved: string | undefined;
  beforeAll(() => {
    site = makeTempContent(Object.fromEntries(Array.from({ length: 60 }, (_, i) => bulkArticle(i + 1))));
    saved = process.env.CONTENT_DIR;
    process.env.CONTENT_DIR = site.root;
  });
  afterAll(() => {
    if (saved === undefined) delete process.env.CONTENT_DIR;
    else process.env.CONTENT_DIR = saved;
    site.cleanup();
  });

  it('keeps the newest 50, newest first, and leaves out the oldest', async () => {
    expect(FEED_ITEM_LIMIT).toBe(50);
    const feed = await parser.parseString(renderRss(getFeed('en')));
    const slugs = feed.items.map((i) => i.link?.replace(`${FIXTURE_SITE_URL}/en/articles/`, ''));
    // 63 published in English: the fixture's three (2024, 2023), then bulk 60 down to bulk 14 make 50; bulk 13 to 01 are left out.
    const bulk = Array.from({ length: 47 }, (_, i) => `synthetic-bulk-${String(60 - i).padStart(2, '0')}`);
    expect(slugs).toEqual(['synthetic-export-outlook', 'synthetic-fair-pair', 'synthetic-trade-figures', ...bulk]);
  });

  it('leaves a language under the limit whole', () => {
    expect(getFeed('hi').items).toHaveLength(6);
  });
});

import { describe, expect, it } from 'vitest';
import type { Article } from '@/lib/content/schema';
import { checkAliases, describeLivePath, getLivePaths, type SiteShape } from '@/lib/content/check';
import { parseArticleFile } from '@/lib/content/parse';
import { parseRegistry, registryIdsOf } from '@/lib/content/registry';
import { getSiteContent } from '@/lib/content/site-content';
import { locales } from '@/lib/i18n/locales';
import { getSitemapEntries } from '@/lib/sitemap/entries';
import { FIXTURE_SITE_URL, useFixtureSite } from '../support/fixture-site';

useFixtureSite();

// Read as the registry files are, so every language of the locale table gets a name.
const registries = {
  organisations: parseRegistry('organisations', 'organisations.yml', 'demo-guild:\n  name: { hi: डेमो संघ, en: Demo Guild }\n  country: IN\n').entries,
  tags: parseRegistry('tags', 'tags.yml', 'demo-topic:\n  label: { hi: डेमो विषय, en: Demo topic }\n').entries,
};

function article(aliases: string[], extra = ''): Article {
  const text = `---\ntitle: Synthetic live-paths article\nsummary: Synthetic.\npostTime: 2024-03-10\nlocale: en\norganisations: [demo-guild]\naliases: [${aliases.join(', ')}]\n${extra}---\n\nSynthetic body.\n`;
  const parsed = parseArticleFile('articles/synthetic-live.en.md', text, registries, Date.parse('2025-01-01'));
  if (!parsed.article) throw new Error(parsed.problems.map((p) => p.message).join('\n'));
  return parsed.article;
}

const site = (articles: Article[]): SiteShape => ({ locales: ['hi', 'en'], articles, registryIds: { organisations: ['demo-guild'], tags: ['demo-topic'] } });

describe('describeLivePath', () => {
  const live = getLivePaths(site([article([], 'image: /images/synthetic-cover.jpg\nimageAlt: A synthetic cover\n')]));

  it.each([
    ['/', 'the site root, which sends readers to their language'],
    ['/hi/organisations/demo-guild', "organisation demo-guild's page"],
    ['/en/organisations/demo-guild/page/7', "page 7 of organisation demo-guild's page"],
    ['/hi/page/12', 'page 12 of the home page'],
    ['/en/tags/demo-topic', "topic demo-topic's page"],
    ['/en/articles/synthetic-live', 'the article articles/synthetic-live.en.md'],
    ['/images/synthetic-cover.jpg', 'the image of articles/synthetic-live.en.md'],
    ['/_next', "Next.js's own files under /_next/"],
    // The editor is files in public/admin/, rewritten at /admin: an alias there would hide it.
    ['/admin', 'the editor under /admin/'],
    ['/admin/config.yml', 'the editor under /admin/'],
  ])('knows %s', (path, what) => {
    expect(describeLivePath(path, live)).toBe(what);
  });

  it.each(['/hi/organisations/unknown-guild', '/hi/page/0', '/hi/page/02', '/hi/news/page/2', '/fr', '/fr/feed.xml', '/en/articles/old-slug', '/_nextish/file', '/administration'])('leaves %s free for an alias', (path) => {
    expect(describeLivePath(path, live)).toBeUndefined();
  });
});

describe('checkAliases', () => {
  it('matches an alias the way the proxy does: decoded, NFC, without a trailing slash', () => {
    const messages = checkAliases(site([article(['/hi/sear%63h/', '/en/feed.xml//', '/en/old-address'])])).map((p) => p.message);
    expect(messages).toEqual([
      '/hi/sear%63h/ is the address of a live page (the search page) — an alias must be an old address that no page uses now; remove it from aliases',
      '/en/feed.xml// is the address of a live page (the RSS feed) — an alias must be an old address that no page uses now; remove it from aliases',
    ]);
  });

  it('reports the aliases line of the file', () => {
    expect(checkAliases(site([article(['/sitemap.xml'])]))).toMatchObject([{ severity: 'error', file: 'articles/synthetic-live.en.md', line: 7, field: 'aliases' }]);
  });
});

describe('the live paths of the fixture site', () => {
  it('include every address its sitemap lists', () => {
    const content = getSiteContent();
    const live = getLivePaths({ locales, articles: content.articles, registryIds: registryIdsOf(content.registries) });
    const paths = getSitemapEntries().map((entry) => entry.url.replace(FIXTURE_SITE_URL, ''));
    expect(paths.length).toBeGreaterThan(20);
    expect(paths.filter((path) => !describeLivePath(path, live))).toEqual([]);
  });
});

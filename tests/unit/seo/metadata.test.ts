import { afterAll, describe, expect, it, vi } from 'vitest';
import { getArticle, getArticleAlternates } from '@/lib/content/query';
import { localeFacts, locales } from '@/lib/i18n/locales';
import {
  buildArticleMetadata,
  buildLanguageAlternates,
  getHomeMetadata,
  getIndexPageMetadata,
  getRegistryDirectoryMetadata,
  getRegistryEntryMetadata,
  getSearchMetadata,
} from '@/lib/seo/metadata';
import { getArticleShareImage } from '@/lib/share-image/share-card';
import { FIXTURE_SITE_URL, useFixtureSite } from '../support/fixture-site';

useFixtureSite();
// As the browser tests build the fixture site: Hindi index 3 pages, English 2; Sample Export Council 1 page in Hindi, 2 in English.
vi.stubEnv('PAGE_SIZE', '2');
afterAll(() => vi.unstubAllEnvs());
const site = FIXTURE_SITE_URL;
/** A page every language has: its address in each, x-default at the Hindi one. */
const everyLanguage = (path: string) => ({ ...Object.fromEntries(locales.map((l) => [l, `${site}/${l}${path}`])), 'x-default': `${site}/hi${path}` });
const siteImage = (locale: string) => [expect.objectContaining({ url: expect.stringMatching(new RegExp(`^${site}/${locale}/share-image\\.png\\?v=`)), width: 1200, height: 630 })];

function article(locale: 'hi' | 'en', slug: string) {
  const found = getArticle(locale, slug);
  if (!found) throw new Error(`fixture ${locale}/${slug} is missing`);
  return buildArticleMetadata(found, getArticleAlternates(slug), getArticleShareImage(found));
}

describe('buildLanguageAlternates', () => {
  it('lists every version in locale order plus x-default at the default language', () => {
    expect(buildLanguageAlternates({ en: '/en/articles/a', hi: '/hi/articles/a' })).toEqual([
      { hreflang: 'hi', href: '/hi/articles/a' },
      { hreflang: 'en', href: '/en/articles/a' },
      { hreflang: 'x-default', href: '/hi/articles/a' },
    ]);
  });

  it('points x-default at the only version when the default language has none', () => {
    expect(buildLanguageAlternates({ en: '/en/articles/b' })).toEqual([
      { hreflang: 'en', href: '/en/articles/b' },
      { hreflang: 'x-default', href: '/en/articles/b' },
    ]);
  });

  it('is empty for a page with no versions', () => {
    expect(buildLanguageAlternates({})).toEqual([]);
  });
});

describe('buildArticleMetadata', () => {
  const meta = article('en', 'synthetic-fair-pair');

  it('makes each language version its own canonical, with hreflang for both and x-default at Hindi', () => {
    expect(meta.alternates?.canonical).toBe(`${site}/en/articles/synthetic-fair-pair`);
    expect(meta.alternates?.languages).toEqual({
      hi: `${site}/hi/articles/synthetic-fair-pair`,
      en: `${site}/en/articles/synthetic-fair-pair`,
      'x-default': `${site}/hi/articles/synthetic-fair-pair`,
    });
    expect(meta.alternates?.types).toEqual({ 'application/rss+xml': [{ url: `${site}/en/feed.xml`, title: 'Vyapar Samvad — announcements in English' }] });
  });

  it('describes the article for Open Graph and Twitter with an absolute 1200×630 image', () => {
    expect(meta.title).toBe('Test fair: the English version of a synthetic article');
    expect(meta.description).toBe('This article exists only for tests.');
    expect(meta.openGraph).toMatchObject({
      type: 'article',
      url: `${site}/en/articles/synthetic-fair-pair`,
      title: 'Test fair: the English version of a synthetic article',
      locale: 'en_IN',
      alternateLocale: ['hi_IN'],
      publishedTime: '2024-03-10T18:30:00+05:30',
      images: [{ url: expect.stringMatching(new RegExp(`^${site}/en/articles/synthetic-fair-pair/share-image\\.png\\?v=[0-9a-f]{10}$`)), width: 1200, height: 630, alt: expect.stringContaining('Test fair') }],
    });
    expect(meta.twitter).toMatchObject({ card: 'summary_large_image' });
  });

  it('names no other locale for an article that exists in one language', () => {
    const single = article('hi', 'synthetic-hindi-only');
    expect(single.openGraph).toMatchObject({ locale: 'hi_IN', alternateLocale: [] });
    expect(single.alternates?.languages).toEqual({ hi: `${site}/hi/articles/synthetic-hindi-only`, 'x-default': `${site}/hi/articles/synthetic-hindi-only` });
  });
});

describe('getHomeMetadata', () => {
  it('links the homes of every language and uses the site image', () => {
    const meta = getHomeMetadata('hi');
    expect(meta.title).toEqual({ absolute: 'व्यापार संवाद' });
    expect(meta.alternates?.canonical).toBe(`${site}/hi`);
    expect(meta.alternates?.languages).toEqual({ ...Object.fromEntries(locales.map((l) => [l, `${site}/${l}`])), 'x-default': `${site}/hi` });
    expect(meta.openGraph).toMatchObject({ type: 'website', locale: 'hi_IN', images: [{ url: expect.stringMatching(new RegExp(`^${site}/hi/share-image\\.png\\?v=`)) }] });
  });
});

describe('paginated lists', () => {
  it('give a later page its own canonical and hreflang to each language whose list reaches it', () => {
    const meta = getIndexPageMetadata('hi', '2');
    expect(meta.title).toBe('ताज़ा घोषणाएँ, पृष्ठ 2');
    expect(meta.description).toMatch(/^व्यापार संघों की घोषणाएँ, हिन्दी(, | और )अंग्रेज़ी.* में$/);
    expect(meta.alternates?.canonical).toBe(`${site}/hi/page/2`);
    expect(meta.alternates?.languages).toEqual({ hi: `${site}/hi/page/2`, en: `${site}/en/page/2`, 'x-default': `${site}/hi/page/2` });
    expect(meta.openGraph).toMatchObject({ type: 'website', url: `${site}/hi/page/2`, locale: 'hi_IN', alternateLocale: ['en_IN'], images: siteImage('hi') });
  });

  it('announce no language a page does not exist in, and nothing for a page past the end', () => {
    expect(getIndexPageMetadata('hi', '3').alternates?.languages).toEqual({ hi: `${site}/hi/page/3`, 'x-default': `${site}/hi/page/3` });
    expect(getIndexPageMetadata('hi', '3').openGraph).toMatchObject({ alternateLocale: [] });
    expect(getIndexPageMetadata('en', '3')).toEqual({});
    expect(getIndexPageMetadata('hi', '02')).toEqual({});
  });

  it('describe an organisation in the reader’s language, on its first and later pages', () => {
    const first = getRegistryEntryMetadata('organisations', 'en', 'demo-chamber');
    expect(first.title).toBe('Demo Chamber of Commerce');
    expect(first.description).toBe('Announcements from Demo Chamber of Commerce (United Arab Emirates) in English, newest first.');
    // The first page exists in every language, even one with nothing published yet.
    expect(first.alternates?.languages).toEqual(everyLanguage('/organisations/demo-chamber'));
    const later = getRegistryEntryMetadata('organisations', 'en', 'sample-export-council', '2');
    expect(later.title).toBe('Sample Export Council, page 2');
    expect(later.alternates?.canonical).toBe(`${site}/en/organisations/sample-export-council/page/2`);
    expect(later.alternates?.languages).toEqual({ en: `${site}/en/organisations/sample-export-council/page/2`, 'x-default': `${site}/en/organisations/sample-export-council/page/2` });
    expect(getRegistryEntryMetadata('organisations', 'en', 'no-such-body')).toEqual({});
  });

  it('describe a topic in Hindi', () => {
    const meta = getRegistryEntryMetadata('tags', 'hi', 'export-trade');
    expect(meta.title).toBe('निर्यात');
    expect(meta.description).toBe('निर्यात विषय पर हिन्दी में घोषणाएँ, नवीनतम पहले।');
    expect(meta.openGraph).toMatchObject({ url: `${site}/hi/tags/export-trade`, locale: 'hi_IN', images: siteImage('hi') });
  });
});

describe('pages every language has', () => {
  it.each([
    ['organisations', 'Organisations'],
    ['tags', 'Topics'],
  ] as const)('/en/%s links every language and describes itself', (path, title) => {
    const meta = getRegistryDirectoryMetadata(path, 'en');
    expect(meta.title).toBe(title);
    expect(meta.description).toMatch(/^Every .+ English\.$/);
    expect(meta.alternates?.canonical).toBe(`${site}/en/${path}`);
    expect(meta.alternates?.languages).toEqual(everyLanguage(`/${path}`));
    expect(meta.openGraph).toMatchObject({ type: 'website', locale: 'en_IN', alternateLocale: locales.filter((l) => l !== 'en').map((l) => localeFacts[l].ogLocale), images: siteImage('en') });
    expect(meta.openGraph).toMatchObject({ alternateLocale: expect.arrayContaining(['hi_IN']) });
  });

  it('the search page has a canonical without a query and is never indexed', () => {
    const meta = getSearchMetadata('hi');
    expect(meta.alternates?.canonical).toBe(`${site}/hi/search`);
    expect(JSON.stringify(meta)).not.toContain('?q=');
    expect(meta.robots).toEqual({ index: false, follow: true });
    expect(meta.title).toBe('खोज');
  });
});

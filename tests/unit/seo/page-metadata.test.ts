import { describe, expect, it } from 'vitest';
import { getArticle, getArticleAlternates } from '@/lib/content/query';
import { buildArticleMetadata } from '@/lib/seo/article-metadata';
import { getHomeMetadata } from '@/lib/seo/get-metadata';
import { getArticleShareImage } from '@/lib/share-image/share-image-ref';
import { locales } from '@/lib/i18n/locales';
import { FIXTURE_SITE_URL, useFixtureSite } from '../support/fixture-site';

useFixtureSite();
const site = FIXTURE_SITE_URL;

function article(locale: 'hi' | 'en', slug: string) {
  const found = getArticle(locale, slug);
  if (!found) throw new Error(`fixture ${locale}/${slug} is missing`);
  return buildArticleMetadata(found, getArticleAlternates(slug), getArticleShareImage(found));
}

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

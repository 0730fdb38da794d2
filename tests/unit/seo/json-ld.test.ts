import { describe, expect, it } from 'vitest';
import { getArticle } from '@/lib/content/query';
import { getArticleJsonLd, serializeJsonLd } from '@/lib/seo/json-ld';
import { FIXTURE_SITE_URL, useFixtureSite } from '../support/fixture-site';

useFixtureSite();

describe('getArticleJsonLd', () => {
  const hindi = getArticle('hi', 'synthetic-fair-pair');
  if (!hindi) throw new Error('fixture hi/synthetic-fair-pair is missing');
  const url = `${FIXTURE_SITE_URL}/hi/articles/synthetic-fair-pair`;

  it('describes a NewsArticle in its language, dated with an offset, about its organisations', () => {
    expect(getArticleJsonLd(hindi)).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: hindi.title,
      inLanguage: 'hi',
      datePublished: '2024-03-10T18:30:00+05:30',
      dateModified: '2024-03-10T18:30:00+05:30',
      mainEntityOfPage: { '@type': 'WebPage', '@id': url },
      publisher: { '@type': 'Organization', name: 'व्यापार संवाद' },
      about: [
        { '@type': 'Organization', name: 'उदाहरण व्यापारी संघ', url: 'https://example.org' },
        { '@type': 'Organization', name: 'नमूना निर्यात परिषद' },
      ],
      image: [{ '@type': 'ImageObject', url: expect.stringMatching(/^https:\/\/vyapar\.example\/hi\/articles\/synthetic-fair-pair\/share-image\.png/), width: 1200, height: 630 }],
    });
  });

  it('keeps a headline with </script><script> inside the script element', () => {
    const text = serializeJsonLd(getArticleJsonLd({ ...hindi, title: 'x </script><script>alert(1)</script>' }));
    expect(text).not.toMatch(/<\/?script/i);
    expect(JSON.parse(text).headline).toBe('x </script><script>alert(1)</script>');
  });
});

describe('serializeJsonLd', () => {
  const hostile = { headline: 'Deal </script><script>alert(1)</script> & <!-- more' };

  it('cannot close the script element or open a comment', () => {
    const text = serializeJsonLd(hostile);
    expect(text).not.toMatch(/<\/script/i);
    expect(text).not.toContain('<');
    expect(text).not.toContain('<!--');
  });

  it('still parses back to exactly the same value', () => {
    const value = { ...hostile, line: 'a\u2028b\u2029c', hindi: 'प्रौद्योगिकी' };
    expect(JSON.parse(serializeJsonLd(value))).toEqual(value);
  });
});

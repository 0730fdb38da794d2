import { getRegistryEntries } from '@/lib/content/query';
import { nameOf, type Organisation } from '@/lib/content/registry';
import type { Article } from '@/lib/content/schema';
import { formatIsoDateTime } from '@/lib/format';
import { localeFacts } from '@/lib/i18n/locales';
import { getTranslator } from '@/lib/i18n/translator';
import { articlePath, homePath, siteShareImagePath } from '@/lib/routes';
import { getArticleShareImage, type ShareImageRef } from '@/lib/share-image/share-card';
import { getAbsoluteUrl, getSiteUrl } from '@/lib/site-url';

function describeOrganisation(organisation: Organisation, article: Article) {
  return {
    '@type': 'Organization',
    name: nameOf(organisation, article.locale),
    ...(organisation.website ? { url: organisation.website } : {}),
    address: { '@type': 'PostalAddress', addressCountry: organisation.country },
  };
}

/** schema.org NewsArticle for search engines; serialise it with serializeJsonLd. */
export function buildArticleJsonLd(article: Article, organisations: readonly Organisation[], image: ShareImageRef, base: URL = getSiteUrl()) {
  const t = getTranslator(article.locale);
  const url = getAbsoluteUrl(articlePath(article.locale, article.slug), base);
  const publisher = {
    '@type': 'Organization',
    name: t('siteName'),
    url: getAbsoluteUrl(homePath(article.locale), base),
    logo: { '@type': 'ImageObject', url: getAbsoluteUrl(siteShareImagePath(article.locale), base) },
  };
  const cover = article.image ? [getAbsoluteUrl(article.image.src, base)] : [];
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.title,
    description: article.summary,
    inLanguage: localeFacts[article.locale].tag,
    datePublished: formatIsoDateTime(article.postTime),
    dateModified: formatIsoDateTime(article.updated ?? article.postTime),
    url,
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    image: [...cover, { '@type': 'ImageObject', url: image.url, width: image.width, height: image.height }],
    author: publisher,
    publisher,
    about: organisations.map((o) => describeOrganisation(o, article)),
    isAccessibleForFree: true,
  };
}

export function getArticleJsonLd(article: Article) {
  return buildArticleJsonLd(article, getRegistryEntries('organisations', article.organisations), getArticleShareImage(article));
}

/**
 * JSON for a `<script type="application/ld+json">` element. `<` is escaped so a
 * headline containing `</script>` cannot close the element early; `>` and `&`
 * for HTML parsers that look for comments, and U+2028/U+2029 for old JS parsers.
 */
export function serializeJsonLd(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

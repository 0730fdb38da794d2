import type { Metadata } from 'next';
import { getArticle, getArticleAlternates, getRegistryEntries } from '@/lib/content/query';
import type { Article } from '@/lib/content/schema';
import { getLocaleAlternates } from '@/lib/i18n/alternates';
import { localeFacts, type Locale } from '@/lib/i18n/locales';
import { getTranslator } from '@/lib/i18n/translator';
import { homePath } from '@/lib/routes';
import { getArticleShareImage, getSiteShareImage } from '@/lib/share-image/share-image-ref';
import { buildArticleJsonLd } from './article-json-ld';
import { buildArticleMetadata } from './article-metadata';
import { buildFeedLinks, buildPageMetadata } from './page-metadata';

/** What every page of a language inherits from the layout: feed link, site name, default share image. */
export function getSiteDefaultMetadata(locale: Locale): Metadata {
  const t = getTranslator(locale);
  const image = getSiteShareImage(locale);
  return {
    alternates: { types: buildFeedLinks(locale) },
    openGraph: { type: 'website', siteName: t('siteName'), locale: localeFacts[locale].ogLocale, images: [image] },
    twitter: { card: 'summary_large_image', images: [{ url: image.url, alt: image.alt }] },
  };
}

export function getHomeMetadata(locale: Locale): Metadata {
  const t = getTranslator(locale);
  const page = buildPageMetadata({ locale, title: t('siteName'), description: t('siteTagline'), paths: getLocaleAlternates(homePath), image: getSiteShareImage(locale) });
  // The site name alone, not run through the layout's "… · site name" template.
  return { ...page, title: { absolute: t('siteName') } };
}

export function getArticleMetadata(locale: Locale, slug: string): Metadata {
  const article = getArticle(locale, slug);
  // Not in this language: the page is a 404 that offers the others, never indexed.
  if (!article) return { title: getTranslator(locale)('notFoundTitle'), robots: { index: false } };
  return buildArticleMetadata(article, getArticleAlternates(slug), getArticleShareImage(article));
}

export function getArticleJsonLd(article: Article) {
  return buildArticleJsonLd(article, getRegistryEntries('organisations', article.organisations), getArticleShareImage(article));
}

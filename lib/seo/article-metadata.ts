import type { Metadata } from 'next';
import type { Article } from '@/lib/content/schema';
import type { Locale } from '@/lib/i18n/locales';
import type { ShareImageRef } from '@/lib/share-image/share-image-ref';
import { getSiteUrl } from '@/lib/site-url';
import { formatIsoDateTime } from '@/lib/format';
import { buildPageMetadata } from './page-metadata';

/** An article's metadata: the page's, plus `og:type=article` and its publication times. */
export function buildArticleMetadata(article: Article, paths: Partial<Record<Locale, string>>, image: ShareImageRef, base: URL = getSiteUrl()): Metadata {
  const page = buildPageMetadata({ locale: article.locale, title: article.title, description: article.summary, paths, image }, base);
  return {
    ...page,
    openGraph: {
      ...page.openGraph,
      type: 'article',
      publishedTime: formatIsoDateTime(article.postTime),
      modifiedTime: article.updated && formatIsoDateTime(article.updated),
    },
  };
}

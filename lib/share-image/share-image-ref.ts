import type { Article } from '@/lib/content/schema';
import type { Locale } from '@/lib/i18n/locales';
import { getTranslator } from '@/lib/i18n/translator';
import { articleShareImagePath, siteShareImagePath } from '@/lib/routes';
import { getAbsoluteUrl } from '@/lib/site-url';
import { getArticleCard, getCardVersion, getSiteCard, type ShareCard } from './share-card';

export const SHARE_IMAGE_WIDTH = 1200;
export const SHARE_IMAGE_HEIGHT = 630;

/** What metadata and structured data say about a share image. */
export interface ShareImageRef {
  url: string;
  width: number;
  height: number;
  alt: string;
  type: 'image/png';
}

function buildRef(path: string, card: ShareCard, alt: string): ShareImageRef {
  const url = `${getAbsoluteUrl(path)}?v=${getCardVersion(card)}`;
  return { url, width: SHARE_IMAGE_WIDTH, height: SHARE_IMAGE_HEIGHT, alt, type: 'image/png' };
}

export function getArticleShareImage(article: Article): ShareImageRef {
  const alt = getTranslator(article.locale)('shareImageAlt', { title: article.title });
  return buildRef(articleShareImagePath(article.locale, article.slug), getArticleCard(article), alt);
}

export function getSiteShareImage(locale: Locale): ShareImageRef {
  const t = getTranslator(locale);
  return buildRef(siteShareImagePath(locale), getSiteCard(locale), `${t('siteName')}: ${t('siteTagline')}`);
}

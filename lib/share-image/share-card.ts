/**
 * The share cards of articles and of the site, from the content: what each
 * image shows, the version that goes into its address, and what metadata says
 * about it. Everything here is cheap (no drawing), so pages and metadata can
 * import it.
 */
import { getRegistryEntries } from '@/lib/content/query';
import { nameOf, type Organisation } from '@/lib/content/registry';
import type { Article } from '@/lib/content/schema';
import { formatPostDate } from '@/lib/format';
import type { Locale } from '@/lib/i18n/locales';
import { getTranslator } from '@/lib/i18n/translator';
import { articleShareImagePath, siteShareImagePath } from '@/lib/routes';
import { getAbsoluteUrl } from '@/lib/site-url';
import { getCardHash, SHARE_IMAGE_HEIGHT, SHARE_IMAGE_WIDTH, type ShareCard } from './card';

/** `organisations` defaults to the article's own from the site content; the build passes them from the content it just loaded. */
export function getArticleCard(article: Article, organisations: readonly Organisation[] = getRegistryEntries('organisations', article.organisations)): ShareCard {
  return {
    locale: article.locale,
    siteName: getTranslator(article.locale)('siteName'),
    headline: article.title,
    organisations: organisations.map((o) => nameOf(o, article.locale)),
    date: formatPostDate(article.postTime, article.locale),
  };
}

export function getSiteCard(locale: Locale): ShareCard {
  const t = getTranslator(locale);
  return { locale, siteName: t('siteName'), headline: t('siteTagline'), organisations: [] };
}

/**
 * A short fingerprint of the card, added to the image URL: WhatsApp and others
 * cache a preview by URL forever, so a corrected headline needs a new URL.
 */
export function getCardVersion(card: ShareCard): string {
  return getCardHash(card).slice(0, 10);
}

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

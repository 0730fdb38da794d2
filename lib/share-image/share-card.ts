/**
 * A share card: what its image shows, the version that goes into the image's
 * address, and what metadata says about the image. Everything here is cheap
 * (no drawing), so pages and metadata can import it.
 */
import { createHash } from 'node:crypto';
import { getRegistryEntries } from '@/lib/content/query';
import { nameOf, type Organisation } from '@/lib/content/registry';
import type { Article } from '@/lib/content/schema';
import { formatPostDate } from '@/lib/format';
import type { Locale } from '@/lib/i18n/locales';
import { getTranslator } from '@/lib/i18n/translator';
import { articleShareImagePath, siteShareImagePath } from '@/lib/routes';
import { getAbsoluteUrl } from '@/lib/site-url';

/** Everything a share image shows; the image is a pure function of this. */
export interface ShareCard {
  locale: Locale;
  siteName: string;
  headline: string;
  /** Organisation names in the card's language. */
  organisations: string[];
  /** Formatted post date, absent on the site-level card. */
  date?: string;
}

/** Bump when the drawing changes, so previews cached by apps are fetched again and the build's card cache (card-cache.ts) is redrawn. */
const DESIGN_VERSION = 1;

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

/** The hash of everything the card shows plus the design version: the image is a pure function of it. */
export function getCardHash(card: ShareCard): string {
  return createHash('sha256').update(JSON.stringify([DESIGN_VERSION, card])).digest('hex');
}

/**
 * A short fingerprint of the card, added to the image URL: WhatsApp and others
 * cache a preview by URL forever, so a corrected headline needs a new URL.
 */
export function getCardVersion(card: ShareCard): string {
  return getCardHash(card).slice(0, 10);
}

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

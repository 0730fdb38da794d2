import { createHash } from 'node:crypto';
import type { Article } from '@/lib/content/article';
import { getOrganisations } from '@/lib/content/queries';
import { formatPostDate } from '@/lib/format/date';
import type { Locale } from '@/lib/i18n/locales';
import { getTranslator } from '@/lib/i18n/translator';

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

/** Bump when the drawing changes, so previews cached by apps are fetched again. */
const DESIGN_VERSION = 1;

export function getArticleCard(article: Article): ShareCard {
  return {
    locale: article.locale,
    siteName: getTranslator(article.locale)('siteName'),
    headline: article.title,
    organisations: getOrganisations(article.organisations).map((o) => o.name[article.locale]),
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
  return createHash('sha256').update(JSON.stringify([DESIGN_VERSION, card])).digest('hex').slice(0, 10);
}

/**
 * What a share card is, apart from any article: what its image shows, its
 * size, and the hash that names it (in its address and in the build's card
 * cache). It imports nothing of the site, so the threads that draw cards
 * (card-worker.ts) start without loading the content code.
 */
import { createHash } from 'node:crypto';
import type { Locale } from '@/lib/i18n/locales';

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

export const SHARE_IMAGE_WIDTH = 1200;
export const SHARE_IMAGE_HEIGHT = 630;

/** Bump when the drawing changes, so previews cached by apps are fetched again and the build's card cache (card-cache.ts) is redrawn. */
const DESIGN_VERSION = 2;

/** The hash of everything the card shows plus the design version: the image is a pure function of it. */
export function getCardHash(card: ShareCard): string {
  return createHash('sha256').update(JSON.stringify([DESIGN_VERSION, card])).digest('hex');
}

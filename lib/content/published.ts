import type { Locale } from '@/lib/i18n/locales';
import type { Article } from './article';
import { getSiteContent, isVisible } from './site-content';

/**
 * Articles as a production build publishes them, newest first, whichever
 * server runs: feeds and the sitemap never list drafts or scheduled posts,
 * even on the development server that shows drafts on pages.
 */
export function getPublishedArticles(locale?: Locale): Article[] {
  const content = getSiteContent();
  // The content's own clock: a build publishes with the instant it started, so feeds agree with its pages.
  const strict = { includeDrafts: false, includeScheduled: false, now: content.now };
  return content.visible.filter((a) => isVisible(a, strict) && (!locale || a.locale === locale));
}

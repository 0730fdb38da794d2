import type { Metadata } from 'next';
import { localeFacts, locales, type Locale } from '@/lib/i18n/locales';
import { getTranslator } from '@/lib/i18n/translator';
import { feedPath } from '@/lib/routes';
import type { ShareImageRef } from '@/lib/share-image/share-image-ref';
import { getAbsoluteUrl, getSiteUrl } from '@/lib/site-url';
import { buildLanguageAlternates } from './language-alternates';

export interface PageMetadataInput {
  locale: Locale;
  /** Headline for `<title>` (the layout's template adds the site name) and `og:title`. */
  title: string;
  description: string;
  /** This page's path in every language it exists in, including `locale`. */
  paths: Partial<Record<Locale, string>>;
  image: ShareImageRef;
}

/** `<link rel="alternate" type="application/rss+xml">` for the page's language; pages replace the layout's alternates, so each carries it. */
export function buildFeedLinks(locale: Locale, base: URL = getSiteUrl()) {
  return { 'application/rss+xml': [{ url: getAbsoluteUrl(feedPath(locale), base), title: getTranslator(locale)('feedTitle') }] };
}

/** Canonical, hreflang, feed link, Open Graph and Twitter card for a page, every URL absolute from SITE_URL. */
export function buildPageMetadata({ locale, title, description, paths, image }: PageMetadataInput, base: URL = getSiteUrl()): Metadata {
  const own = paths[locale];
  if (!own) throw new Error(`buildPageMetadata: no ${locale} path among the page's versions`);
  const absolute = (path: string) => getAbsoluteUrl(path, base);
  const languages = Object.fromEntries(buildLanguageAlternates(paths).map((a) => [a.hreflang, absolute(a.href)]));
  const others = locales.filter((l) => l !== locale && paths[l]);
  const ogImage = { url: image.url, width: image.width, height: image.height, alt: image.alt, type: image.type };
  return {
    title,
    description,
    alternates: { canonical: absolute(own), languages, types: buildFeedLinks(locale, base) },
    openGraph: {
      type: 'website',
      siteName: getTranslator(locale)('siteName'),
      title,
      description,
      url: absolute(own),
      locale: localeFacts[locale].ogLocale,
      alternateLocale: others.map((l) => localeFacts[l].ogLocale),
      images: [ogImage],
    },
    twitter: { card: 'summary_large_image', title, description, images: [{ url: image.url, alt: image.alt }] },
  };
}

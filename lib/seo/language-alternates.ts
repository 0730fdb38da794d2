import { defaultLocale, localeFacts, locales, type Locale } from '@/lib/i18n/locales';

export interface LanguageAlternate {
  /** BCP 47 tag, or `x-default`. */
  hreflang: string;
  href: string;
}

/**
 * hreflang links for one page, given its address in each language it exists
 * in: those languages in the configured order, plus `x-default` pointing at the
 * default-language version (or, when there is none, the first that exists).
 */
export function buildLanguageAlternates(hrefs: Partial<Record<Locale, string>>): LanguageAlternate[] {
  const present = locales.flatMap((locale) => {
    const href = hrefs[locale];
    return href ? [{ locale, href }] : [];
  });
  const fallback = present.find((p) => p.locale === defaultLocale) ?? present[0];
  if (!fallback) return [];
  return [...present.map(({ locale, href }) => ({ hreflang: localeFacts[locale].tag, href })), { hreflang: 'x-default', href: fallback.href }];
}


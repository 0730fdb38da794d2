import { locales, type Locale } from './locales';

/** A page that exists in every language: its address in each, for the switcher and hreflang. */
export function getLocaleAlternates(pathFor: (locale: Locale) => string): Partial<Record<Locale, string>> {
  return Object.fromEntries(locales.map((locale) => [locale, pathFor(locale)]));
}

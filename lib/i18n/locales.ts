import type { Locale as DateFnsLocale } from 'date-fns';
import { enGB } from 'date-fns/locale/en-GB';
import { hi } from 'date-fns/locale/hi';

/** Every fact the site needs about a language lives here; adding one means adding a row and a dictionary. */
export const locales = ['hi', 'en'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'hi';

export interface LocaleFacts {
  /** BCP 47 tag for `<html lang>`, hreflang and `inLanguage`. */
  tag: string;
  nativeName: string;
  dateLocale: DateFnsLocale;
  /** Open Graph `og:locale` (language_TERRITORY). */
  ogLocale: string;
}

export const localeFacts: Record<Locale, LocaleFacts> = {
  hi: { tag: 'hi', nativeName: 'हिन्दी', dateLocale: hi, ogLocale: 'hi_IN' },
  en: { tag: 'en', nativeName: 'English', dateLocale: enGB, ogLocale: 'en_IN' },
};

export function isLocale(value: string): value is Locale {
  return (locales as readonly string[]).includes(value);
}

import { localeFacts, type Locale } from '@/lib/i18n/locales';

/** `CN` → "China" / "चीन", from the runtime's own CLDR data; the code itself if the runtime lacks a name. */
export function formatCountry(code: string, locale: Locale): string {
  return new Intl.DisplayNames([localeFacts[locale].tag], { type: 'region' }).of(code) ?? code;
}

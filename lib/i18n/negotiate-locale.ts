import { defaultLocale, isLocale, localeFacts, locales, type Locale } from './locales';

/** The cookie that holds the language a reader chose in the switcher (lib/i18n/remember-locale.ts sets it; `/` reads it). */
export const LOCALE_COOKIE = 'locale';

export interface LocaleSignals {
  /** The `locale` cookie the language switcher sets: an explicit choice. */
  cookie?: string;
  acceptLanguage?: string | null;
}

interface Range {
  tag: string;
  q: number;
  order: number;
}

/** `hi-IN;q=0.8, en` → ranges by preference; malformed entries and q=0 ("not this") are dropped. */
export function parseAcceptLanguage(header: string): Range[] {
  const ranges: Range[] = [];
  header.split(',').forEach((part, order) => {
    const [rawTag, ...params] = part.trim().split(';');
    const tag = rawTag?.trim().toLowerCase() ?? '';
    if (!/^([a-z]{1,8}(-[a-z0-9]{1,8})*|\*)$/.test(tag)) return;
    const qParam = params.map((p) => p.trim()).find((p) => /^q=/i.test(p));
    const q = qParam ? Number(qParam.slice(2)) : 1;
    if (!Number.isFinite(q) || q <= 0 || q > 1) return;
    ranges.push({ tag, q, order });
  });
  return ranges.sort((a, b) => b.q - a.q || a.order - b.order);
}

/** A range matches a locale when its primary language does (`en-GB` → `en`); `*` means any, so the default. */
function matchRange(tag: string): Locale | undefined {
  if (tag === '*') return defaultLocale;
  const primary = tag.split('-')[0];
  return locales.find((l) => l === primary || localeFacts[l].tag.toLowerCase().split('-')[0] === primary);
}

/** Where `/` sends a reader: their remembered choice, else the browser's languages in order, else the default. */
export function negotiateLocale({ cookie, acceptLanguage }: LocaleSignals): Locale {
  if (cookie && isLocale(cookie)) return cookie;
  for (const range of parseAcceptLanguage(acceptLanguage ?? '')) {
    const locale = matchRange(range.tag);
    if (locale) return locale;
  }
  return defaultLocale;
}

import type { Locale as DateFnsLocale } from 'date-fns';
import { enGB } from 'date-fns/locale/en-GB';
import { hi as hiDates } from 'date-fns/locale/hi';
import { en, type Dictionary } from './dictionaries/en';
import { hi } from './dictionaries/hi';

/**
 * A writing system the site can set. It picks the CSS font stack (`data-script` on `<html>`, see
 * components/styles/global.css), the share image's font (CARD_FONTS in lib/share-image/render-share-image.ts) and the search
 * folding (normaliseTerm in lib/search/words.ts).
 */
export type Script = 'devanagari' | 'latin';

/** Snowball stemmers the search can apply (stemTerm in lib/search/words.ts), by the language they stem. */
export type Stemmer = 'hindi' | 'english';

export interface LocaleFacts {
  /** BCP 47 tag for `<html lang>`, hreflang and `inLanguage`. */
  tag: string;
  nativeName: string;
  dateLocale: DateFnsLocale;
  /** Open Graph `og:locale` (language_TERRITORY). */
  ogLocale: string;
  script: Script;
  dir: 'ltr' | 'rtl';
  /**
   * The stemmer for words in the language's own script, so the forms of a word meet in search;
   * without one, search matches exact forms and longer words a query begins.
   */
  stemmer?: Stemmer;
  /**
   * Silent-reading rate of adults, in words per minute, for "N min read".
   * Words are counted as splitWords in lib/search/words.ts splits them.
   */
  wordsPerMinute: number;
  /**
   * The speech-synthesis voice to read articles aloud with (BCP 47). Any other voice
   * of the same language (same primary subtag) will do; a voice of another language
   * never reads it, so without one the Listen button is not offered.
   */
  speechLang: string;
  /** Every string the site shows, with the reference dictionary's keys (lib/i18n/dictionaries/en.ts). */
  dictionary: Dictionary;
}

/**
 * Every fact the site needs about a language. Adding a language means adding an entry here and
 * its dictionary file: routing, hreflang, feeds, the switcher, sitemaps, fonts and search read it.
 * The first entry is the default language.
 */
const localeTable = {
  hi: {
    tag: 'hi',
    nativeName: 'हिन्दी',
    dateLocale: hiDates,
    ogLocale: 'hi_IN',
    script: 'devanagari',
    dir: 'ltr',
    stemmer: 'hindi',
    // No published norm for adults' silent reading of Hindi was found, so 200 is the site's
    // estimate, set below the English rate: in Hindi eye-tracking studies fixations lengthen
    // with a word's orthographic complexity and syllable count (Kalra, Agrawal & Verma,
    // Proceedings of the Cognitive Science Society, escholarship.org/uc/item/5wp280v3;
    // Husain, Vasishth & Srinivasan, Journal of Eye Movement Research 8(2), 2015), and the
    // 17-language mean for reading aloud is 184 wpm (Trauzettel-Klosinski & Dietz, IReST,
    // IOVS 53(9), 2012). Replace it with a measured figure when one exists.
    wordsPerMinute: 200,
    speechLang: 'hi-IN',
    dictionary: hi,
  },
  en: {
    tag: 'en',
    nativeName: 'English',
    dateLocale: enGB,
    ogLocale: 'en_IN',
    script: 'latin',
    dir: 'ltr',
    stemmer: 'english',
    // Brysbaert, "How many words do we read per minute? A review and meta-analysis of reading
    // rate", Journal of Memory and Language 109 (2019) 104047: 238 wpm for silent reading of
    // English non-fiction by adults.
    wordsPerMinute: 238,
    speechLang: 'en-IN',
    dictionary: en,
  },
} satisfies Record<string, LocaleFacts>;

export type Locale = keyof typeof localeTable;
export const localeFacts: Record<Locale, LocaleFacts> = localeTable;
export const locales = Object.keys(localeTable) as [Locale, ...Locale[]];
export const defaultLocale: Locale = locales[0];

export function isLocale(value: string): value is Locale {
  return Object.hasOwn(localeTable, value);
}

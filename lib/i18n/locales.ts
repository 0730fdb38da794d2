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
  /**
   * Silent-reading rate of adults, in words per minute, for "N min read".
   * Words are counted as lib/search/split-words.ts splits them.
   */
  wordsPerMinute: number;
  /**
   * The speech-synthesis voice to read articles aloud with (BCP 47). Any other voice
   * of the same language (same primary subtag) will do; a voice of another language
   * never reads it, so without one the Listen button is not offered.
   */
  speechLang: string;
}

export const localeFacts: Record<Locale, LocaleFacts> = {
  hi: {
    tag: 'hi',
    nativeName: 'हिन्दी',
    dateLocale: hi,
    ogLocale: 'hi_IN',
    // No published norm for adults' silent reading of Hindi was found, so 200 is the site's
    // estimate, set below the English rate: in Hindi eye-tracking studies fixations lengthen
    // with a word's orthographic complexity and syllable count (Kalra, Agrawal & Verma,
    // Proceedings of the Cognitive Science Society, escholarship.org/uc/item/5wp280v3;
    // Husain, Vasishth & Srinivasan, Journal of Eye Movement Research 8(2), 2015), and the
    // 17-language mean for reading aloud is 184 wpm (Trauzettel-Klosinski & Dietz, IReST,
    // IOVS 53(9), 2012). Replace it with a measured figure when one exists.
    wordsPerMinute: 200,
    speechLang: 'hi-IN',
  },
  en: {
    tag: 'en',
    nativeName: 'English',
    dateLocale: enGB,
    ogLocale: 'en_IN',
    // Brysbaert, "How many words do we read per minute? A review and meta-analysis of reading
    // rate", Journal of Memory and Language 109 (2019) 104047: 238 wpm for silent reading of
    // English non-fiction by adults.
    wordsPerMinute: 238,
    speechLang: 'en-IN',
  },
};

export function isLocale(value: string): value is Locale {
  return (locales as readonly string[]).includes(value);
}

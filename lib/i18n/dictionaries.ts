import type { Dictionary } from './dictionaries/en';
import { localeFacts, locales, type Locale } from './locales';

/** Each language's dictionary, as its entry in the locale table names it. */
export const dictionaries = Object.fromEntries(locales.map((l) => [l, localeFacts[l].dictionary])) as Record<Locale, Dictionary>;

import type { Locale } from './locales';
import { en, type Dictionary } from './dictionaries/en';
import { hi } from './dictionaries/hi';

/** Typed as a full record so a locale without a dictionary fails the build. */
export const dictionaries: Record<Locale, Dictionary> = { hi, en };

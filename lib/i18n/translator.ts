import { createInstance, type i18n } from 'i18next';
import { dictionaries } from './dictionaries';
import type { MessageKey } from './dictionaries/en';
import { defaultLocale, localeFacts, locales, type Locale } from './locales';

export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

let instance: i18n | undefined;

function getInstance(): i18n {
  if (instance) return instance;
  const created = createInstance();
  void created.init({
    resources: Object.fromEntries(locales.map((l) => [l, { translation: dictionaries[l] }])),
    lng: defaultLocale,
    // A missing string must never fall back to another language silently.
    fallbackLng: false,
    initAsync: false,
    interpolation: { escapeValue: false },
  });
  instance = created;
  return created;
}

/**
 * Server-side translator for one locale; client leaves get their few strings as props from their server parents.
 * Each string is looked up once per process and set of values: a page asks for dozens, the same on every page,
 * and i18next's lookup was about 4 % of static generation's CPU (docs/benchmarks.md, "Profile").
 */
export function getTranslator(locale: Locale): Translate {
  let translate = translators.get(locale);
  if (!translate) {
    const t = getInstance().getFixedT(locale);
    const languages = getLanguageList(locale);
    const done = new Map<string, string>();
    translate = (key, values) => {
      const id = values ? `${key}\u0000${JSON.stringify(values)}` : key;
      let text = done.get(id);
      if (text === undefined) {
        text = t(key, { languages, ...values });
        done.set(id, text);
      }
      return text;
    };
    translators.set(locale, translate);
  }
  return translate;
}

const translators = new Map<Locale, Translate>();

/**
 * `{{languages}}` in any string: the site's languages named in `locale` ("Hindi and English",
 * "हिन्दी और अंग्रेज़ी"), from the locale table, so no dictionary names a fixed set of languages.
 */
export function getLanguageList(locale: Locale): string {
  // Once per language: every component asks for a translator, many times a page.
  let list = languageLists.get(locale);
  if (list === undefined) {
    const tag = localeFacts[locale].tag;
    const names = new Intl.DisplayNames([tag], { type: 'language', fallback: 'none' });
    list = new Intl.ListFormat(tag, { type: 'conjunction' }).format(locales.map((l) => names.of(localeFacts[l].tag) ?? localeFacts[l].nativeName));
    languageLists.set(locale, list);
  }
  return list;
}

const languageLists = new Map<Locale, string>();

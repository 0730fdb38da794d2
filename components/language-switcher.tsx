'use client';

import { useTranslation } from 'react-i18next';

export interface LanguageOption {
  locale: string;
  tag: string;
  nativeName: string;
  /** Same page in that language, or null when it does not exist. */
  href: string | null;
}

/** Remembered so `/` can send a returning reader to the language they chose. */
function rememberChoice(locale: string) {
  document.cookie = `locale=${locale}; path=/; max-age=31536000; samesite=lax`;
}

export function LanguageSwitcher({ current, options }: { current: string; options: LanguageOption[] }) {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('switcherLabel')} className="switcher">
      <ul>
        {options.map((option) => {
          if (option.locale === current) {
            return (
              <li key={option.locale}>
                <span aria-current="true" lang={option.tag}>{option.nativeName}</span>
              </li>
            );
          }
          if (!option.href) {
            const why = t('switcherUnavailable', { language: option.nativeName });
            return (
              <li key={option.locale}>
                <span className="switcher-unavailable" aria-disabled="true" title={why} data-locale={option.locale}>
                  <span lang={option.tag}>{option.nativeName}</span>
                  <span className="visually-hidden"> — {why}</span>
                </span>
              </li>
            );
          }
          return (
            <li key={option.locale}>
              <a href={option.href} hrefLang={option.tag} lang={option.tag} onClick={() => rememberChoice(option.locale)}>
                {option.nativeName}
              </a>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

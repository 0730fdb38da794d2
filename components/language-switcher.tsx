import { REMEMBER_LOCALE_ATTRIBUTE } from '@/lib/i18n/remember-locale';

export interface LanguageOption {
  locale: string;
  tag: string;
  nativeName: string;
  /** Same page in that language, or null when it does not exist. */
  href: string | null;
  /** Why a language without this page cannot be chosen, in the page's language. */
  unavailableNote?: string;
}

/**
 * Links to the page in the other languages. A server component: the choice is
 * remembered by the page's inline script (lib/i18n/remember-locale.ts), from
 * the moment the page is shown, not by a handler that waits for the page's scripts.
 */
export function LanguageSwitcher({ current, options, label }: { current: string; options: LanguageOption[]; label: string }) {
  return (
    <nav aria-label={label} className="switcher">
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
            return (
              <li key={option.locale}>
                <span className="switcher-unavailable" aria-disabled="true" title={option.unavailableNote} data-locale={option.locale}>
                  <span lang={option.tag}>{option.nativeName}</span>
                  {option.unavailableNote ? <span className="visually-hidden"> — {option.unavailableNote}</span> : null}
                </span>
              </li>
            );
          }
          return (
            <li key={option.locale}>
              <a href={option.href} hrefLang={option.tag} lang={option.tag} {...{ [REMEMBER_LOCALE_ATTRIBUTE]: option.locale }}>
                {option.nativeName}
              </a>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

'use client';

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
 * Remembered so `/` can send a returning reader to the language they chose.
 * `Secure` over https keeps the cookie off plain-http requests; on a local http
 * server a Secure cookie would be dropped, so it is only added there.
 */
function rememberChoice(locale: string) {
  const secure = window.location.protocol === 'https:' ? '; secure' : '';
  document.cookie = `locale=${locale}; path=/; max-age=31536000; samesite=lax${secure}`;
}

/** The switcher's strings come from its server parent, so no translation library reaches the browser. */
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

import { registryKinds, registryOf } from '@/lib/content/registry';
import { locales, localeFacts, type Locale } from '@/lib/i18n/locales';
import { getTranslator } from '@/lib/i18n/translator';
import { homePath, searchPath } from '@/lib/routes';
import { LanguageSwitcher, type LanguageOption } from './language-switcher';

interface Props {
  locale: Locale;
  /** This page's address in each language; a missing entry means no such page. */
  alternates: Partial<Record<Locale, string>>;
  /** The search page has its own box; every other page gets the small one. */
  search?: boolean;
}

export function SiteHeader({ locale, alternates, search = true }: Props) {
  const t = getTranslator(locale);
  const options = locales.map((l): LanguageOption => {
    const { tag, nativeName } = localeFacts[l];
    const href = alternates[l] ?? null;
    return { locale: l, tag, nativeName, href, unavailableNote: href ? undefined : t('switcherUnavailable', { language: nativeName }) };
  });
  return (
    <header className="site-header">
      <a className="skip-link" href="#content">{t('skipToContent')}</a>
      <div className="site-header-inner">
        <a href={homePath(locale)} className="site-name">
          {t('siteName')}
        </a>
        <nav className="site-nav" aria-label={t('navLabel')}>
          {/* Every registry's directory, in the order lib/content/registry.ts lists them. */}
          {registryKinds.map((kind) => (
            <a key={kind} href={registryOf(kind).directoryPath(locale)}>
              {t(registryOf(kind).directoryTitle)}
            </a>
          ))}
        </nav>
        {search ? (
          // A plain GET form: it works before (and without) JavaScript and puts the query in the URL.
          <form role="search" action={searchPath(locale)} method="get" className="header-search">
            <input type="search" name="q" aria-label={t('searchLabel')} placeholder={t('searchButton')} enterKeyHint="search" />
            <button type="submit">{t('searchButton')}</button>
          </form>
        ) : null}
        <LanguageSwitcher current={locale} options={options} label={t('switcherLabel')} />
      </div>
    </header>
  );
}

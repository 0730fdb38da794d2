import Link from 'next/link';
import { locales, localeFacts, type Locale } from '@/lib/i18n/locales';
import { getTranslator, pickMessages } from '@/lib/i18n/translator';
import { homePath } from '@/lib/routes';
import { I18nLeafProvider } from './i18n-leaf-provider';
import { LanguageSwitcher } from './language-switcher';

interface Props {
  locale: Locale;
  /** This page's address in each language; a missing entry means no such page. */
  alternates: Partial<Record<Locale, string>>;
}

export function SiteHeader({ locale, alternates }: Props) {
  const t = getTranslator(locale);
  const options = locales.map((l) => ({ locale: l, tag: localeFacts[l].tag, nativeName: localeFacts[l].nativeName, href: alternates[l] ?? null }));
  return (
    <header className="site-header">
      <a className="skip-link" href="#content">{t('skipToContent')}</a>
      <div className="site-header-inner">
        <Link href={homePath(locale)} className="site-name">
          {t('siteName')}
        </Link>
        <I18nLeafProvider locale={locale} messages={pickMessages(locale, ['switcherLabel', 'switcherUnavailable'])}>
          <LanguageSwitcher current={locale} options={options} />
        </I18nLeafProvider>
      </div>
    </header>
  );
}

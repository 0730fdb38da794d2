import { localeFacts, type Locale } from '@/lib/i18n/locales';
import { getTranslator } from '@/lib/i18n/translator';
import { homePath } from '@/lib/routes';

/** Marked with its language, so the site-wide 404 (which speaks every language) can put the address's first. */
export function NotFoundMessage({ locale }: { locale: Locale }) {
  const t = getTranslator(locale);
  return (
    <section className="not-found" lang={localeFacts[locale].tag} data-locale={locale}>
      <h1>{t('notFoundTitle')}</h1>
      <p>{t('notFoundBody')}</p>
      <p>
        <a href={homePath(locale)}>{t('notFoundHome')}</a>
      </p>
    </section>
  );
}

import Link from 'next/link';
import type { Locale } from '@/lib/i18n/locales';
import { getTranslator } from '@/lib/i18n/translator';
import { homePath } from '@/lib/routes';

export function NotFoundMessage({ locale }: { locale: Locale }) {
  const t = getTranslator(locale);
  return (
    <section className="not-found">
      <h1>{t('notFoundTitle')}</h1>
      <p>{t('notFoundBody')}</p>
      <p>
        <Link href={homePath(locale)}>{t('notFoundHome')}</Link>
      </p>
    </section>
  );
}

import { getTranslator } from '@/lib/i18n/translator';
import type { Locale } from '@/lib/i18n/locales';

export function SiteFooter({ locale }: { locale: Locale }) {
  const t = getTranslator(locale);
  return (
    <footer className="site-footer">
      <p>{t('footerAbout')}</p>
      <p className="site-footer-name">© {t('siteName')}</p>
    </footer>
  );
}

// Noto Sans Devanagari for Devanagari pages (data-script on <html>): the phone's own copy where it has one, else one self-hosted file, preloaded (fonts.css says why).
import '@/components/styles/fonts.css';
import '@/components/styles/global.css';
import type { Metadata, Viewport } from 'next';
import { ContentErrorsPanel } from '@/components/content-errors-panel';
import { InAppNavigation } from '@/components/in-app-navigation';
import { ScriptFontPreload } from '@/components/script-font';
import { ServiceWorkerRegistration } from '@/components/service-worker-registration';
import { SiteFooter } from '@/components/site-footer';
import { getPageErrors } from '@/lib/content/site-content';
import { locales, localeFacts } from '@/lib/i18n/locales';
import { REMEMBER_LOCALE_SCRIPT } from '@/lib/i18n/remember-locale';
import { getRouteLocale } from '@/lib/i18n/route-locale';
import { getTranslator } from '@/lib/i18n/translator';
import { SAVE_PAGE_MESSAGE } from '@/lib/offline/offline-policy';
import { faviconPath, serviceWorkerPath } from '@/lib/routes';
import { getSiteDefaultMetadata } from '@/lib/seo/metadata';

export const dynamicParams = false;

export function generateStaticParams() {
  return locales.map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: LayoutProps<'/[locale]'>): Promise<Metadata> {
  const locale = getRouteLocale((await params).locale);
  const t = getTranslator(locale);
  return {
    ...getSiteDefaultMetadata(locale),
    title: { default: t('siteName'), template: `%s · ${t('siteName')}` },
    description: t('siteTagline'),
    icons: { icon: faviconPath },
  };
}

// The browser's toolbar: the brand's --accent in the light scheme; in the dark one the header's --surface, so it does not glare above a dark page (components/styles/global.css).
export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#8a3b12' },
    { media: '(prefers-color-scheme: dark)', color: '#221e1b' },
  ],
};

export default async function LocaleLayout({ children, params }: LayoutProps<'/[locale]'>) {
  const locale = getRouteLocale((await params).locale);
  const t = getTranslator(locale);
  return (
    <html lang={localeFacts[locale].tag} dir={localeFacts[locale].dir} data-script={localeFacts[locale].script}>
      <body>
        {/* Before the switcher, so a click on it is remembered from the first moment (lib/i18n/remember-locale.ts). */}
        <script dangerouslySetInnerHTML={{ __html: REMEMBER_LOCALE_SCRIPT }} />
        <ScriptFontPreload script={localeFacts[locale].script} />
        <ContentErrorsPanel problems={getPageErrors()} title={t('contentErrorsTitle')} hint={t('contentErrorsHint')} />
        {children}
        <SiteFooter locale={locale} />
        <InAppNavigation />
        <ServiceWorkerRegistration scriptPath={serviceWorkerPath} saveMessageType={SAVE_PAGE_MESSAGE} />
      </body>
    </html>
  );
}

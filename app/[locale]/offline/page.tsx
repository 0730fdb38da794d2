import type { Metadata } from 'next';
import { SavedArticles } from '@/components/saved-articles';
import { SiteHeader } from '@/components/site-header';
import { getLocaleAlternates } from '@/lib/i18n/alternates';
import { getRouteLocale } from '@/lib/i18n/route-locale';
import { getTranslator } from '@/lib/i18n/translator';
import { offlineCaches } from '@/lib/offline/offline-policy';
import { offlinePath } from '@/lib/routes';

export async function generateMetadata({ params }: PageProps<'/[locale]/offline'>): Promise<Metadata> {
  const t = getTranslator(getRouteLocale((await params).locale));
  // A page for readers without a connection, never a search result (and not in the sitemap).
  return { title: t('offlineTitle'), robots: { index: false, follow: false } };
}

/**
 * What the offline-reading worker shows, offline, for a page of this language
 * it has not saved (lib/offline/service-worker.ts precaches it); the list of
 * saved articles is read from the browser's cache by a small client leaf.
 */
export default async function OfflinePage({ params }: PageProps<'/[locale]/offline'>) {
  const locale = getRouteLocale((await params).locale);
  const t = getTranslator(locale);
  return (
    <>
      <SiteHeader locale={locale} alternates={getLocaleAlternates(offlinePath)} />
      <main id="content" className="page offline-page">
        <h1 className="page-title">{t('offlineTitle')}</h1>
        <p>{t('offlineBody')}</p>
        <SavedArticles cacheName={offlineCaches.pages} heading={t('offlineSavedHeading')} empty={t('offlineNoneSaved')} />
      </main>
    </>
  );
}

import type { Metadata } from 'next';
import { I18nLeafProvider } from '@/components/i18n-leaf-provider';
import { SearchPanel } from '@/components/search-panel';
import { SiteHeader } from '@/components/site-header';
import { getLocaleAlternates } from '@/lib/i18n/alternates';
import { getRouteLocale } from '@/lib/i18n/route-locale';
import { getTranslator, pickMessages } from '@/lib/i18n/translator';
import { searchIndexPath, searchPath } from '@/lib/routes';
import { getSearchMetadata } from '@/lib/seo/list-metadata';

const PANEL_MESSAGES = ['searchLabel', 'searchPlaceholder', 'searchButton', 'searchLoading', 'searchFailed', 'searchNoResults', 'searchResultCount'] as const;

export async function generateMetadata({ params }: PageProps<'/[locale]/search'>): Promise<Metadata> {
  return getSearchMetadata(getRouteLocale((await params).locale));
}

/** Static: the query never reaches a server; the browser searches the prebuilt index. */
export default async function SearchPage({ params }: PageProps<'/[locale]/search'>) {
  const locale = getRouteLocale((await params).locale);
  const t = getTranslator(locale);
  return (
    <>
      <SiteHeader locale={locale} alternates={getLocaleAlternates((l) => searchPath(l))} search={false} />
      <main id="content" className="page search-page">
        <h1 className="page-title">{t('searchHeading')}</h1>
        <I18nLeafProvider locale={locale} messages={pickMessages(locale, PANEL_MESSAGES)}>
          <SearchPanel action={searchPath(locale)} indexUrl={searchIndexPath(locale)} />
        </I18nLeafProvider>
        <noscript>
          <p>{t('searchNeedsScript')}</p>
        </noscript>
      </main>
    </>
  );
}

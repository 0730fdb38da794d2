import type { Metadata } from 'next';
import { SearchPanel, type SearchPanelStrings } from '@/components/search-panel';
import { SiteHeader } from '@/components/site-header';
import { getLocaleAlternates } from '@/lib/i18n/alternates';
import { getRouteLocale } from '@/lib/i18n/route-locale';
import { getTranslator } from '@/lib/i18n/translator';
import { searchIndexFiles, searchPath } from '@/lib/routes';
import { getSearchIndex } from '@/lib/search/build-search-index';
import { getSearchMetadata } from '@/lib/seo/metadata';

export async function generateMetadata({ params }: PageProps<'/[locale]/search'>): Promise<Metadata> {
  return getSearchMetadata(getRouteLocale((await params).locale));
}

/**
 * Static: the query never reaches a server; the browser fetches the index
 * files its words need. The panel gets its few strings as props, with
 * `{{query}}`/`{{count}}` left for it to fill, so no translation library ships.
 */
export default async function SearchPage({ params }: PageProps<'/[locale]/search'>) {
  const locale = getRouteLocale((await params).locale);
  const t = getTranslator(locale);
  const strings: SearchPanelStrings = {
    label: t('searchLabel'),
    placeholder: t('searchPlaceholder'),
    button: t('searchButton'),
    loading: t('searchLoading'),
    failed: t('searchFailed'),
    noResults: t('searchNoResults', { query: '{{query}}' }),
    resultCount: t('searchResultCount', { count: '{{count}}' }),
    showMore: t('searchShowMore'),
  };
  return (
    <>
      <SiteHeader locale={locale} alternates={getLocaleAlternates((l) => searchPath(l))} search={false} />
      <main id="content" className="page search-page">
        <h1 className="page-title">{t('searchHeading')}</h1>
        <SearchPanel action={searchPath(locale)} files={searchIndexFiles(locale)} manifest={getSearchIndex(locale).manifest} strings={strings} />
        <noscript>
          <p>{t('searchNeedsScript')}</p>
        </noscript>
      </main>
    </>
  );
}

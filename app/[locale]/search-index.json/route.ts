import { buildSearchIndex } from '@/lib/search/build-search-index';
import { getSearchDocuments } from '@/lib/search/search-documents';
import { locales } from '@/lib/i18n/locales';
import { getRouteLocale } from '@/lib/i18n/route-locale';

// Written once at build time per language; the browser fetches it only when someone searches.
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return locales.map((locale) => ({ locale }));
}

export async function GET(_request: Request, { params }: RouteContext<'/[locale]/search-index.json'>) {
  const locale = getRouteLocale((await params).locale);
  return new Response(buildSearchIndex(getSearchDocuments(locale)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
}

import { locales } from '@/lib/i18n/locales';
import { getRouteLocale } from '@/lib/i18n/route-locale';
import { indexFileResponse, listIndexFiles } from '@/lib/search/build-search-index';

// Written once at build time: every shard of words and every result record of each language
// (/hi/search-index/words/3.json, /hi/search-index/results/17.json). A query fetches only the few it needs.
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return locales.flatMap((locale) => listIndexFiles(locale).map(({ part, file }) => ({ locale, part, file })));
}

export async function GET(_request: Request, { params }: { params: Promise<{ locale: string; part: string; file: string }> }) {
  const { locale, part, file } = await params;
  return indexFileResponse(getRouteLocale(locale), part, file);
}

import { serveBuiltFile, servesBuiltFiles } from '@/lib/deploy/built-files';
import { locales } from '@/lib/i18n/locales';
import { getRouteLocale } from '@/lib/i18n/route-locale';
import { searchIndexPath } from '@/lib/routes';
import { indexFileResponse, listIndexFiles } from '@/lib/search/build-search-index';

// Every shard of words and every result record of each language (/hi/search-index/words/3.json,
// /hi/search-index/results/17.json); a query fetches only the few it needs. A Node server answers from the
// files the build wrote (lib/deploy/built-files.ts); only a static export prerenders them.
export const generateStaticParams = servesBuiltFiles() ? undefined : () => locales.flatMap((locale) => listIndexFiles(locale).map(({ part, file }) => ({ locale, part, file })));

export async function GET(request: Request, { params }: { params: Promise<{ locale: string; part: string; file: string }> }) {
  const { locale: segment, part, file } = await params;
  const locale = getRouteLocale(segment);
  return servesBuiltFiles() ? serveBuiltFile(request, `${searchIndexPath(locale)}${part}/${file}`) : indexFileResponse(locale, part, file);
}

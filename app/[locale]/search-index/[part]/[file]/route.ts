import { serveBuiltFile, servesBuiltFiles } from '@/lib/deploy/built-files';
import { isLocale, locales } from '@/lib/i18n/locales';
import { searchIndexPath } from '@/lib/routes';
import { indexFileResponse, listIndexFiles } from '@/lib/search/build-search-index';

// Every shard of words and every result record of each language (/hi/search-index/words/3.json,
// /hi/search-index/results/17.json); a query fetches only the few it needs. A Node server answers from the
// files the build wrote (lib/deploy/built-files.ts); only a static export prerenders them.
export const generateStaticParams = servesBuiltFiles() ? undefined : () => locales.flatMap((locale) => listIndexFiles(locale).map(({ part, file }) => ({ locale, part, file })));

export async function GET(request: Request, { params }: { params: Promise<{ locale: string; part: string; file: string }> }) {
  const { locale, part, file } = await params;
  if (!isLocale(locale)) return new Response('Not found', { status: 404 });
  return servesBuiltFiles() ? serveBuiltFile(request, `${searchIndexPath(locale)}${part}/${file}`) : indexFileResponse(locale, part, file);
}

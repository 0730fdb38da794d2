import { serveBuiltFile, servesBuiltFiles } from '@/lib/deploy/built-files';
import { locales } from '@/lib/i18n/locales';
import { getRouteLocale } from '@/lib/i18n/route-locale';
import { siteShareImagePath } from '@/lib/routes';
import { getPngResponse } from '@/lib/share-image/card-cache';
import { getSiteCard } from '@/lib/share-image/share-card';

// The site-level preview image, one per language: a Node server answers from the file the build wrote (lib/deploy/built-files.ts), a static export prerenders it.
export const generateStaticParams = servesBuiltFiles() ? undefined : () => locales.map((locale) => ({ locale }));

export async function GET(request: Request, { params }: RouteContext<'/[locale]/share-image.png'>) {
  const locale = getRouteLocale((await params).locale);
  return servesBuiltFiles() ? serveBuiltFile(request, siteShareImagePath(locale)) : getPngResponse(getSiteCard(locale));
}

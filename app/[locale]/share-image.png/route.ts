import { serveBuiltFile, servesBuiltFiles } from '@/lib/deploy/built-files';
import { isLocale, locales } from '@/lib/i18n/locales';
import { siteShareImagePath } from '@/lib/routes';
import { getPngResponse } from '@/lib/share-image/card-cache';
import { getSiteCard } from '@/lib/share-image/share-card';

// The site-level preview image, one per language: a Node server answers from the file the build wrote (lib/deploy/built-files.ts), a static export prerenders it.
export const generateStaticParams = servesBuiltFiles() ? undefined : () => locales.map((locale) => ({ locale }));

export async function GET(request: Request, { params }: RouteContext<'/[locale]/share-image.png'>) {
  const { locale } = await params;
  if (!isLocale(locale)) return new Response('Not found', { status: 404 });
  return servesBuiltFiles() ? serveBuiltFile(request, siteShareImagePath(locale)) : getPngResponse(getSiteCard(locale));
}

import { locales } from '@/lib/i18n/locales';
import { getRouteLocale } from '@/lib/i18n/route-locale';
import { getPngResponse } from '@/lib/share-image/card-cache';
import { getSiteCard } from '@/lib/share-image/share-card';

// The site-level preview image, one per language, drawn at build time.
export const dynamicParams = false;

export function generateStaticParams() {
  return locales.map((locale) => ({ locale }));
}

export async function GET(_request: Request, { params }: RouteContext<'/[locale]/share-image.png'>) {
  return getPngResponse(getSiteCard(getRouteLocale((await params).locale)));
}

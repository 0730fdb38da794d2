import { getArticle, getArticles } from '@/lib/content/query';
import { locales } from '@/lib/i18n/locales';
import { getRouteLocale } from '@/lib/i18n/route-locale';
import { getPngResponse } from '@/lib/share-image/card-cache';
import { getArticleCard } from '@/lib/share-image/share-card';

// Drawn once per published article at build time; any other address is a 404.
export const dynamicParams = false;

// A route handler gets no params from the layout, so it lists both segments itself.
export function generateStaticParams() {
  return locales.flatMap((locale) => getArticles(locale).map(({ slug }) => ({ locale, slug })));
}

export async function GET(_request: Request, { params }: RouteContext<'/[locale]/articles/[slug]/share-image.png'>) {
  const { locale, slug } = await params;
  const article = getArticle(getRouteLocale(locale), slug);
  if (!article) return new Response('Not found', { status: 404 });
  return getPngResponse(getArticleCard(article));
}

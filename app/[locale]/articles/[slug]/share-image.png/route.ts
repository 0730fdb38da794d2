import { getArticle, getArticles } from '@/lib/content/query';
import { serveBuiltFile, servesBuiltFiles } from '@/lib/deploy/built-files';
import { locales } from '@/lib/i18n/locales';
import { getRouteLocale } from '@/lib/i18n/route-locale';
import { articleShareImagePath } from '@/lib/routes';
import { getPngResponse } from '@/lib/share-image/card-cache';
import { getArticleCard } from '@/lib/share-image/share-card';

// A Node server answers from the file the build wrote (lib/deploy/built-files.ts); only a static export prerenders every image.
export const generateStaticParams = servesBuiltFiles() ? undefined : () => locales.flatMap((locale) => getArticles(locale).map(({ slug }) => ({ locale, slug })));

export async function GET(request: Request, { params }: RouteContext<'/[locale]/articles/[slug]/share-image.png'>) {
  const { locale: segment, slug } = await params;
  const locale = getRouteLocale(segment);
  if (servesBuiltFiles()) return serveBuiltFile(request, articleShareImagePath(locale, slug));
  const article = getArticle(locale, slug);
  if (!article) return new Response('Not found', { status: 404 });
  return getPngResponse(getArticleCard(article));
}

import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleListPageView } from '@/components/article-list-page-view';
import { getArticleListPage, getArticles, getListPageParams } from '@/lib/content/query';
import { parsePageNumber } from '@/lib/content/routing';
import { getLocaleAlternates } from '@/lib/i18n/alternates';
import { getRouteLocale } from '@/lib/i18n/route-locale';
import { getTranslator } from '@/lib/i18n/translator';
import { homePath } from '@/lib/routes';
import { getIndexPageMetadata } from '@/lib/seo/metadata';

// Pages past the end are never generated, so they answer 404 from app/global-not-found.tsx.
export const dynamicParams = false;

export function generateStaticParams({ params }: { params: { locale: string } }) {
  return getListPageParams(getRouteLocale(params.locale));
}

export async function generateMetadata({ params }: PageProps<'/[locale]/page/[n]'>): Promise<Metadata> {
  const { locale: segment, n } = await params;
  return getIndexPageMetadata(getRouteLocale(segment), n);
}

export default async function IndexListPage({ params }: PageProps<'/[locale]/page/[n]'>) {
  const { locale: segment, n } = await params;
  const locale = getRouteLocale(segment);
  const t = getTranslator(locale);
  const page = getArticleListPage(getArticles(locale), parsePageNumber(n));
  if (!page) notFound();
  return (
    <ArticleListPageView
      locale={locale}
      alternates={getLocaleAlternates(homePath)}
      name={t('indexHeading')}
      emptyMessage={t('indexEmpty')}
      page={page}
      listPath={homePath(locale)}
    />
  );
}

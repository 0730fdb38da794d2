import type { Metadata } from 'next';
import { ArticleListPageView } from '@/components/article-list-page-view';
import { getArticles, getFirstArticleListPage } from '@/lib/content/query';
import { getLocaleAlternates } from '@/lib/i18n/alternates';
import { getRouteLocale } from '@/lib/i18n/route-locale';
import { getTranslator } from '@/lib/i18n/translator';
import { homePath } from '@/lib/routes';
import { getHomeMetadata } from '@/lib/seo/metadata';

export async function generateMetadata({ params }: PageProps<'/[locale]'>): Promise<Metadata> {
  return getHomeMetadata(getRouteLocale((await params).locale));
}

export default async function IndexPage({ params }: PageProps<'/[locale]'>) {
  const locale = getRouteLocale((await params).locale);
  const t = getTranslator(locale);
  const page = getFirstArticleListPage(getArticles(locale));
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

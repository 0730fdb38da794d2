import type { Metadata } from 'next';
import { ArticleCard } from '@/components/article-card';
import { SiteHeader } from '@/components/site-header';
import { getArticles, getOrganisations } from '@/lib/content/queries';
import { locales } from '@/lib/i18n/locales';
import { getRouteLocale } from '@/lib/i18n/route-locale';
import { getTranslator } from '@/lib/i18n/translator';
import { homePath } from '@/lib/routes';
import { getHomeMetadata } from '@/lib/seo/get-metadata';

export async function generateMetadata({ params }: PageProps<'/[locale]'>): Promise<Metadata> {
  return getHomeMetadata(getRouteLocale((await params).locale));
}

export default async function IndexPage({ params }: PageProps<'/[locale]'>) {
  const locale = getRouteLocale((await params).locale);
  const t = getTranslator(locale);
  const articles = getArticles(locale);
  return (
    <>
      <SiteHeader locale={locale} alternates={Object.fromEntries(locales.map((l) => [l, homePath(l)]))} />
      <main id="content" className="page">
        <h1 className="page-title">{t('indexHeading')}</h1>
        {articles.length === 0 ? <p>{t('indexEmpty')}</p> : null}
        <div className="card-list">
          {articles.map((article) => (
            <ArticleCard
              key={article.slug}
              article={article}
              organisations={getOrganisations(article.organisations)}
              locale={locale}
              draftLabel={t('draft')}
            />
          ))}
        </div>
      </main>
    </>
  );
}

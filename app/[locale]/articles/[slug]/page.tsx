import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleNeighbours } from '@/components/article-neighbours';
import { ArticleView } from '@/components/article-view';
import { RelatedArticles } from '@/components/related-articles';
import { JsonLd } from '@/components/json-ld';
import { NotFoundMessage } from '@/components/not-found-message';
import { TranslationOffer } from '@/components/translation-offer';
import { ShareControls } from '@/components/share-controls';
import { SiteHeader } from '@/components/site-header';
import { getAdjacentArticles, getArticle, getArticleAlternates, getArticleHtml, getPublishedSlugs, getRegistryEntries, getRelatedArticles, getTranslations } from '@/lib/content/query';
import { getPageErrors } from '@/lib/content/site-content';
import { getRouteLocale } from '@/lib/i18n/route-locale';
import { getTranslator } from '@/lib/i18n/translator';
import { getArticleJsonLd } from '@/lib/seo/json-ld';
import { getArticleMetadata } from '@/lib/seo/metadata';
import { getArticleShareTarget } from '@/lib/share';

// Only published slugs exist; any other is answered by app/global-not-found.tsx.
export const dynamicParams = false;

/**
 * WORKAROUND (vercel/next.js#95166, Next 16.4.6; docs/workarounds.md): every
 * published slug under every language, not just that language's. Next drops a
 * nested route's params for all languages when one yields none (a site with no
 * Hindi article yet would lose its English ones), and a static export refuses
 * an empty list outright. tests/e2e/next-workarounds.test.ts fails once Next
 * fixes the first. A slug missing in this language gets a page that offers the
 * languages it exists in, which proxy.ts (or the static server's config)
 * answers with status 404.
 */
export function generateStaticParams() {
  return getPublishedSlugs().map((slug) => ({ slug }));
}

export async function generateMetadata({ params }: PageProps<'/[locale]/articles/[slug]'>): Promise<Metadata> {
  const { locale: segment, slug } = await params;
  return getArticleMetadata(getRouteLocale(segment), slug);
}

export default async function ArticlePage({ params }: PageProps<'/[locale]/articles/[slug]'>) {
  const { locale: segment, slug } = await params;
  const locale = getRouteLocale(segment);
  const article = getArticle(locale, slug);
  // Development server: a file with errors has no article yet; the layout lists the errors above this note.
  if (!article && getPageErrors().length) return <main id="content" className="page">{getTranslator(locale)('contentErrorsArticle')}</main>;
  if (!article) {
    // Rendered, not notFound(): Next 16.4.6 would serve it as an empty shell (vercel/next.js#62228, docs/workarounds.md).
    const versions = Object.values(getTranslations(slug));
    if (!versions.length) notFound();
    return (
      <>
        <SiteHeader locale={locale} alternates={getArticleAlternates(slug)} />
        <main id="content" className="page">
          <TranslationOffer locale={locale} versions={versions} />
          <NotFoundMessage locale={locale} />
        </main>
      </>
    );
  }
  return (
    <>
      <SiteHeader locale={locale} alternates={getArticleAlternates(slug)} />
      <main id="content" className="page">
        <ArticleView
          article={article}
          organisations={getRegistryEntries('organisations', article.organisations)}
          tags={getRegistryEntries('tags', article.tags)}
          html={getArticleHtml(article)}
          locale={locale}
          t={getTranslator(locale)}
        />
        <ArticleNeighbours {...getAdjacentArticles(locale, slug)} locale={locale} />
        <RelatedArticles articles={getRelatedArticles(locale, slug)} locale={locale} />
        <ShareControls locale={locale} target={getArticleShareTarget(article)} />
        <JsonLd data={getArticleJsonLd(article)} />
      </main>
    </>
  );
}

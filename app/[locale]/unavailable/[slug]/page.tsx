import type { Metadata } from 'next';
import { NotFoundMessage } from '@/components/not-found-message';
import { SiteHeader } from '@/components/site-header';
import { TranslationOffer } from '@/components/translation-offer';
import { getArticleAlternates, getTranslations } from '@/lib/content/queries';
import { getRouteLocale } from '@/lib/i18n/route-locale';
import { getTranslator } from '@/lib/i18n/translator';

/**
 * Body of the 404 for an article that exists only in other languages. proxy.ts
 * rewrites `/{locale}/articles/{slug}` here with status 404 (Next 16.3+ does not
 * server-render `notFound()` from a page, so the status is set by the proxy) and
 * refuses direct requests. Rendered on first request rather than at build: Next
 * drops every prerendered param of a nested route when the first parent yields none.
 */
export const dynamicParams = true;

export async function generateMetadata({ params }: PageProps<'/[locale]/unavailable/[slug]'>): Promise<Metadata> {
  const t = getTranslator(getRouteLocale((await params).locale));
  return { title: t('notFoundTitle'), robots: { index: false } };
}

export default async function UnavailablePage({ params }: PageProps<'/[locale]/unavailable/[slug]'>) {
  const { locale: segment, slug } = await params;
  const locale = getRouteLocale(segment);
  return (
    <>
      <SiteHeader locale={locale} alternates={getArticleAlternates(slug)} />
      <main id="content" className="page">
        <TranslationOffer locale={locale} versions={Object.values(getTranslations(slug))} />
        <NotFoundMessage locale={locale} />
      </main>
    </>
  );
}

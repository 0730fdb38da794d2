import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { RegistryEntryPageView } from '@/components/registry-entry-page-view';
import { getEntryListing, getEntryPageParams } from '@/lib/content/query';
import { parsePageNumber } from '@/lib/content/routing';
import { getRouteLocale } from '@/lib/i18n/route-locale';
import { getRegistryEntryMetadata } from '@/lib/seo/metadata';

// Pages past the end are never generated, so they answer 404 from app/global-not-found.tsx.
export const dynamicParams = false;

/** The [id] segment's params are declared by its page, not a layout, so this route lists ids itself (Next 16.4.6, vercel/next.js#55574: docs/workarounds.md). */
export function generateStaticParams({ params }: { params: { locale: string } }) {
  return getEntryPageParams('tags', getRouteLocale(params.locale));
}

export async function generateMetadata({ params }: PageProps<'/[locale]/tags/[id]/page/[n]'>): Promise<Metadata> {
  const { locale: segment, id, n } = await params;
  return getRegistryEntryMetadata('tags', getRouteLocale(segment), id, n);
}

export default async function TagPagedListPage({ params }: PageProps<'/[locale]/tags/[id]/page/[n]'>) {
  const { locale: segment, id, n } = await params;
  const locale = getRouteLocale(segment);
  const listing = getEntryListing('tags', locale, id, parsePageNumber(n));
  if (!listing) notFound();
  return <RegistryEntryPageView locale={locale} listing={listing} />;
}

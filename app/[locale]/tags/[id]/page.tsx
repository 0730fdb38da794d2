import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { RegistryEntryPageView } from '@/components/registry-entry-page-view';
import { getEntryListing, getRegistryIds } from '@/lib/content/query';
import { getRouteLocale } from '@/lib/i18n/route-locale';
import { getRegistryEntryMetadata } from '@/lib/seo/metadata';

// Only registered ids are generated; any other answers 404 from app/global-not-found.tsx.
export const dynamicParams = false;

export function generateStaticParams() {
  return getRegistryIds('tags').map((id) => ({ id }));
}

export async function generateMetadata({ params }: PageProps<'/[locale]/tags/[id]'>): Promise<Metadata> {
  const { locale: segment, id } = await params;
  return getRegistryEntryMetadata('tags', getRouteLocale(segment), id);
}

export default async function TagPage({ params }: PageProps<'/[locale]/tags/[id]'>) {
  const { locale: segment, id } = await params;
  const locale = getRouteLocale(segment);
  const listing = getEntryListing('tags', locale, id, 1);
  if (!listing) notFound();
  return <RegistryEntryPageView locale={locale} listing={listing} />;
}

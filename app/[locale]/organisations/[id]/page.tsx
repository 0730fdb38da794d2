import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { OrganisationDetails } from '@/components/organisation-details';
import { RegistryEntryPageView } from '@/components/registry-entry-page-view';
import { getEntryListing, getRegistryIds } from '@/lib/content/query';
import { getRouteLocale } from '@/lib/i18n/route-locale';
import { getRegistryEntryMetadata } from '@/lib/seo/metadata';

// Only registered ids are generated; any other answers 404 from app/global-not-found.tsx.
export const dynamicParams = false;

export function generateStaticParams() {
  return getRegistryIds('organisations').map((id) => ({ id }));
}

export async function generateMetadata({ params }: PageProps<'/[locale]/organisations/[id]'>): Promise<Metadata> {
  const { locale: segment, id } = await params;
  return getRegistryEntryMetadata('organisations', getRouteLocale(segment), id);
}

export default async function OrganisationPage({ params }: PageProps<'/[locale]/organisations/[id]'>) {
  const { locale: segment, id } = await params;
  const locale = getRouteLocale(segment);
  const listing = getEntryListing('organisations', locale, id, 1);
  if (!listing) notFound();
  return <RegistryEntryPageView locale={locale} listing={listing} intro={<OrganisationDetails organisation={listing.entry} locale={locale} />} />;
}

import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { EntryListPage } from '@/components/entry-list-page';
import { OrganisationDetails } from '@/components/organisation-details';
import { getOrganisationIds, getOrganisationListing } from '@/lib/content/query';
import { getRouteLocale } from '@/lib/i18n/route-locale';
import { organisationPath } from '@/lib/routes';
import { getOrganisationMetadata } from '@/lib/seo/list-metadata';

// Only registered ids are generated; any other answers 404 from app/global-not-found.tsx.
export const dynamicParams = false;

export function generateStaticParams() {
  return getOrganisationIds().map((id) => ({ id }));
}

export async function generateMetadata({ params }: PageProps<'/[locale]/organisations/[id]'>): Promise<Metadata> {
  const { locale: segment, id } = await params;
  return getOrganisationMetadata(getRouteLocale(segment), id);
}

export default async function OrganisationPage({ params }: PageProps<'/[locale]/organisations/[id]'>) {
  const { locale: segment, id } = await params;
  const locale = getRouteLocale(segment);
  const listing = getOrganisationListing(locale, id, 1);
  if (!listing) notFound();
  return <EntryListPage locale={locale} name={listing.subject.name[locale]} pathFor={(l) => organisationPath(l, id)} intro={<OrganisationDetails organisation={listing.subject} locale={locale} />} page={listing.page} />;
}

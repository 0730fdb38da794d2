import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { EntryListPage } from '@/components/entry-list-page';
import { OrganisationDetails } from '@/components/organisation-details';
import { getEntryPageParams, getOrganisationArticles, getOrganisationIds, getOrganisationListing } from '@/lib/content/query';
import { parsePageNumber } from '@/lib/content/routing';
import { getRouteLocale } from '@/lib/i18n/route-locale';
import { organisationPath } from '@/lib/routes';
import { getOrganisationMetadata } from '@/lib/seo/list-metadata';

// Pages past the end are never generated, so they answer 404 from app/global-not-found.tsx.
export const dynamicParams = false;

/** The [id] segment's params are declared by its page, not a layout, so this route lists ids itself (Next 16.4.6, vercel/next.js#55574: docs/workarounds.md). */
export function generateStaticParams({ params }: { params: { locale: string } }) {
  const locale = getRouteLocale(params.locale);
  return getEntryPageParams(getOrganisationIds(), (id) => getOrganisationArticles(locale, id).length);
}

export async function generateMetadata({ params }: PageProps<'/[locale]/organisations/[id]/page/[n]'>): Promise<Metadata> {
  const { locale: segment, id, n } = await params;
  return getOrganisationMetadata(getRouteLocale(segment), id, n);
}

export default async function OrganisationPagedListPage({ params }: PageProps<'/[locale]/organisations/[id]/page/[n]'>) {
  const { locale: segment, id, n } = await params;
  const locale = getRouteLocale(segment);
  const listing = getOrganisationListing(locale, id, parsePageNumber(n));
  if (!listing) notFound();
  return <EntryListPage locale={locale} name={listing.subject.name[locale]} pathFor={(l) => organisationPath(l, id)} intro={<OrganisationDetails organisation={listing.subject} locale={locale} />} page={listing.page} />;
}

import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { EntryListPage } from '@/components/entry-list-page';
import { getTagIds, getTagListing } from '@/lib/content/query';
import { getRouteLocale } from '@/lib/i18n/route-locale';
import { tagPath } from '@/lib/routes';
import { getTagMetadata } from '@/lib/seo/list-metadata';

// Only registered ids are generated; any other answers 404 from app/global-not-found.tsx.
export const dynamicParams = false;

export function generateStaticParams() {
  return getTagIds().map((id) => ({ id }));
}

export async function generateMetadata({ params }: PageProps<'/[locale]/tags/[id]'>): Promise<Metadata> {
  const { locale: segment, id } = await params;
  return getTagMetadata(getRouteLocale(segment), id);
}

export default async function TagPage({ params }: PageProps<'/[locale]/tags/[id]'>) {
  const { locale: segment, id } = await params;
  const locale = getRouteLocale(segment);
  const listing = getTagListing(locale, id, 1);
  if (!listing) notFound();
  return <EntryListPage locale={locale} name={listing.subject.label[locale]} pathFor={(l) => tagPath(l, id)} page={listing.page} />;
}

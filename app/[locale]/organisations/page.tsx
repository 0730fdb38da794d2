import type { Metadata } from 'next';
import { RegistryDirectoryPageView } from '@/components/registry-directory-page-view';
import { getRegistryDirectory } from '@/lib/content/query';
import { getRouteLocale } from '@/lib/i18n/route-locale';
import { getRegistryDirectoryMetadata } from '@/lib/seo/metadata';

export async function generateMetadata({ params }: PageProps<'/[locale]/organisations'>): Promise<Metadata> {
  return getRegistryDirectoryMetadata('organisations', getRouteLocale((await params).locale));
}

export default async function OrganisationsPage({ params }: PageProps<'/[locale]/organisations'>) {
  const locale = getRouteLocale((await params).locale);
  return <RegistryDirectoryPageView kind="organisations" locale={locale} entries={getRegistryDirectory('organisations', locale)} />;
}

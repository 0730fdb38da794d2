import type { Metadata } from 'next';
import { RegistryDirectoryPageView } from '@/components/registry-directory-page-view';
import { getRegistryDirectory } from '@/lib/content/query';
import { getRouteLocale } from '@/lib/i18n/route-locale';
import { getRegistryDirectoryMetadata } from '@/lib/seo/metadata';

export async function generateMetadata({ params }: PageProps<'/[locale]/tags'>): Promise<Metadata> {
  return getRegistryDirectoryMetadata('tags', getRouteLocale((await params).locale));
}

export default async function TagsPage({ params }: PageProps<'/[locale]/tags'>) {
  const locale = getRouteLocale((await params).locale);
  return <RegistryDirectoryPageView kind="tags" locale={locale} entries={getRegistryDirectory('tags', locale)} />;
}

import type { Metadata } from 'next';
import { DirectoryPageView } from '@/components/directory-page-view';
import { getTagDirectory } from '@/lib/content/query';
import { getLocaleAlternates } from '@/lib/i18n/alternates';
import { getRouteLocale } from '@/lib/i18n/route-locale';
import { getTranslator } from '@/lib/i18n/translator';
import { tagPath, tagsPath } from '@/lib/routes';
import { getTagsIndexMetadata } from '@/lib/seo/list-metadata';

export async function generateMetadata({ params }: PageProps<'/[locale]/tags'>): Promise<Metadata> {
  return getTagsIndexMetadata(getRouteLocale((await params).locale));
}

export default async function TagsPage({ params }: PageProps<'/[locale]/tags'>) {
  const locale = getRouteLocale((await params).locale);
  const entries = getTagDirectory(locale).map(({ tag, count }) => ({ id: tag.id, href: tagPath(locale, tag.id), name: tag.label[locale], count }));
  return <DirectoryPageView locale={locale} alternates={getLocaleAlternates(tagsPath)} heading={getTranslator(locale)('tags')} entries={entries} />;
}

import type { Metadata } from 'next';
import { DirectoryPageView } from '@/components/directory-page-view';
import { getOrganisationDirectory } from '@/lib/content/query';
import { formatCountry } from '@/lib/format/country';
import { getLocaleAlternates } from '@/lib/i18n/alternates';
import { getRouteLocale } from '@/lib/i18n/route-locale';
import { getTranslator } from '@/lib/i18n/translator';
import { organisationPath, organisationsPath } from '@/lib/routes';
import { getOrganisationsIndexMetadata } from '@/lib/seo/list-metadata';

export async function generateMetadata({ params }: PageProps<'/[locale]/organisations'>): Promise<Metadata> {
  return getOrganisationsIndexMetadata(getRouteLocale((await params).locale));
}

export default async function OrganisationsPage({ params }: PageProps<'/[locale]/organisations'>) {
  const locale = getRouteLocale((await params).locale);
  const entries = getOrganisationDirectory(locale).map(({ organisation, count }) => ({
    id: organisation.id,
    href: organisationPath(locale, organisation.id),
    name: organisation.name[locale],
    note: formatCountry(organisation.country, locale),
    count,
  }));
  return <DirectoryPageView locale={locale} alternates={getLocaleAlternates(organisationsPath)} heading={getTranslator(locale)('organisations')} entries={entries} />;
}

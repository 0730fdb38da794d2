import type { ReactNode } from 'react';
import type { EntryListing } from '@/lib/content/query';
import { nameOf, registryOf, type RegistryKind } from '@/lib/content/registry';
import { getLocaleAlternates } from '@/lib/i18n/alternates';
import type { Locale } from '@/lib/i18n/locales';
import { getTranslator } from '@/lib/i18n/translator';
import { ArticleListPageView } from './article-list-page-view';

interface Props<K extends RegistryKind> {
  locale: Locale;
  listing: EntryListing<K>;
  /** Shown above the list on the first page (an organisation's details). */
  intro?: ReactNode;
}

/** A registry entry's page (an organisation's, a topic's): its articles in this language, newest first. */
export function RegistryEntryPageView<K extends RegistryKind>({ locale, listing, intro }: Props<K>) {
  const { entryPath } = registryOf(listing.kind);
  const pathFor = (l: Locale) => entryPath(l, listing.entry.id);
  return (
    <ArticleListPageView
      locale={locale}
      alternates={getLocaleAlternates(pathFor)}
      name={nameOf(listing.entry, locale)}
      emptyMessage={getTranslator(locale)('listEmpty')}
      intro={intro}
      page={listing.page}
      listPath={pathFor(locale)}
    />
  );
}

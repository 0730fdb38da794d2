import type { ReactNode } from 'react';
import type { ListedArticle, ListPage } from '@/lib/content/query';
import { getLocaleAlternates } from '@/lib/i18n/alternates';
import type { Locale } from '@/lib/i18n/locales';
import { getTranslator } from '@/lib/i18n/translator';
import { ListPageView } from './list-page-view';

interface Props {
  locale: Locale;
  /** The organisation's name or topic's label in this language. */
  name: string;
  /** The entry's first list page in any language. */
  pathFor: (locale: Locale) => string;
  intro?: ReactNode;
  page: ListPage<ListedArticle>;
}

/** An organisation's or a topic's page: its articles in this language, newest first. */
export function EntryListPage({ locale, name, pathFor, intro, page }: Props) {
  const t = getTranslator(locale);
  return (
    <ListPageView
      locale={locale}
      alternates={getLocaleAlternates(pathFor)}
      heading={page.number === 1 ? name : t('pageTitle', { title: name, page: page.number })}
      emptyMessage={t('listEmpty')}
      intro={intro}
      page={page}
      listPath={pathFor(locale)}
    />
  );
}

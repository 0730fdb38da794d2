import type { ReactNode } from 'react';
import type { ListedArticle, ListPage } from '@/lib/content/query';
import type { Locale } from '@/lib/i18n/locales';
import { getListTitle } from '@/lib/seo/metadata';
import { ArticleList } from './article-list';
import { PaginationNav } from './pagination-nav';
import { SiteHeader } from './site-header';

interface Props {
  locale: Locale;
  alternates: Partial<Record<Locale, string>>;
  /** The list's name; later pages add their number to it. */
  name: string;
  emptyMessage: string;
  /** Shown above the list on the first page only (an organisation's details, say). */
  intro?: ReactNode;
  page: ListPage<ListedArticle>;
  /** Address of the list's first page; later pages hang off it. */
  listPath: string;
}

/** Any paginated list of articles: the index, an organisation's, a topic's. */
export function ArticleListPageView({ locale, alternates, name, emptyMessage, intro, page, listPath }: Props) {
  return (
    <>
      <SiteHeader locale={locale} alternates={alternates} />
      <main id="content" className="page">
        <h1 className="page-title">{getListTitle(locale, name, page.number)}</h1>
        {page.number === 1 ? intro : null}
        <ArticleList entries={page.items} locale={locale} emptyMessage={emptyMessage} />
        <PaginationNav page={page} listPath={listPath} locale={locale} />
      </main>
    </>
  );
}

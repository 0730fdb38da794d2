import type { Article } from '@/lib/content/article';
import { getOrganisations, getArticles } from '@/lib/content/queries';
import { getTags } from '@/lib/content/lists';
import { formatPostDate } from '@/lib/format/date';
import type { Locale } from '@/lib/i18n/locales';
import { articlePath } from '@/lib/routes';
import { getMarkdownText } from './markdown-text';
import type { SearchDocument } from './search-options';

export function toSearchDocument(article: Article, names: readonly string[]): SearchDocument {
  return {
    id: article.slug,
    title: article.title,
    summary: article.summary,
    body: getMarkdownText(article.body),
    names: names.join(' · '),
    date: formatPostDate(article.postTime, article.locale),
    dateTime: article.postTime.iso,
    path: articlePath(article.locale, article.slug),
  };
}

/** What one locale's index holds: its published articles (drafts and scheduled posts are never among them). */
export function getSearchDocuments(locale: Locale): SearchDocument[] {
  return getArticles(locale).map((article) =>
    toSearchDocument(article, [
      ...getOrganisations(article.organisations).map((o) => o.name[locale]),
      ...getTags(article.tags).map((t) => t.label[locale]),
    ]),
  );
}

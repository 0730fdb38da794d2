import type { Locale } from '@/lib/i18n/locales';
import type { Article } from './article';
import { getArticles } from './queries';

/** The articles posted just before and just after this one, in the same language. */
export function getAdjacentArticles(locale: Locale, slug: string): { older?: Article; newer?: Article } {
  const articles = getArticles(locale);
  const at = articles.findIndex((a) => a.slug === slug);
  if (at < 0) return {};
  return { newer: articles[at - 1], older: articles[at + 1] };
}

function countShared(a: Article, b: Article): number {
  const shared = (x: readonly string[], y: readonly string[]) => x.filter((id) => y.includes(id)).length;
  return shared(a.organisations, b.organisations) + shared(a.tags, b.tags);
}

/** Up to `limit` articles sharing organisations or topics with this one: most shared first, then newest. */
export function getRelatedArticles(locale: Locale, slug: string, limit = 3): Article[] {
  const articles = getArticles(locale);
  const article = articles.find((a) => a.slug === slug);
  if (!article) return [];
  return articles
    .filter((other) => other !== article)
    .map((other, order) => ({ other, order, shared: countShared(article, other) }))
    .filter(({ shared }) => shared > 0)
    .sort((a, b) => b.shared - a.shared || a.order - b.order)
    .slice(0, limit)
    .map(({ other }) => other);
}

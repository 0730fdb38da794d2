import type { Locale } from '@/lib/i18n/locales';
import type { Article } from './article';
import { getLanguageIndex } from './lists';

/** The articles posted just before and just after this one, in the same language. */
export function getAdjacentArticles(locale: Locale, slug: string): { older?: Article; newer?: Article } {
  const { articles, positions } = getLanguageIndex(locale);
  const at = positions.get(slug);
  if (at === undefined) return {};
  return { newer: articles[at - 1], older: articles[at + 1] };
}

interface Candidate {
  at: number;
  shared: number;
}

/** More shared first, then newer (a smaller position): the order related articles are shown in. */
const ranksBefore = (a: Candidate, b: Candidate) => a.shared > b.shared || (a.shared === b.shared && a.at < b.at);

/**
 * Up to `limit` articles sharing organisations or topics with this one: most
 * shared first, then newest. Each organisation and topic the article names
 * counts once per other article that also names it. Only the articles filed
 * under those ids are visited (lists.ts), and only the best `limit` are kept
 * in order, instead of scoring and sorting the whole language for every page.
 */
export function getRelatedArticles(locale: Locale, slug: string, limit = 3): Article[] {
  const index = getLanguageIndex(locale);
  const self = index.positions.get(slug);
  if (self === undefined || limit <= 0) return [];
  const article = index.articles[self]!;
  const shared = new Map<number, number>();
  const count = (filed: ReadonlyMap<string, readonly number[]>, ids: readonly string[]) => {
    for (const id of ids) for (const at of filed.get(id) ?? []) if (at !== self) shared.set(at, (shared.get(at) ?? 0) + 1);
  };
  count(index.byOrganisation, article.organisations);
  count(index.byTag, article.tags);
  const best: Candidate[] = [];
  for (const [at, score] of shared) {
    const candidate = { at, shared: score };
    if (best.length === limit && !ranksBefore(candidate, best[limit - 1]!)) continue;
    let i = best.length;
    while (i > 0 && ranksBefore(candidate, best[i - 1]!)) i--;
    best.splice(i, 0, candidate);
    if (best.length > limit) best.pop();
  }
  return best.map(({ at }) => index.articles[at]!);
}

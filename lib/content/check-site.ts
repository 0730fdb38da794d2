import { defaultLocale } from '@/lib/i18n/locales';
import { articlePath } from '@/lib/routes';
import type { Article } from './article';
import { checkAliases } from './check-aliases';
import type { SiteShape } from './live-paths';
import type { ContentProblem } from './problem';

/** Rules that need more than one file: duplicates, translation pairs, aliases. */
export function checkSite(articles: readonly Article[], site: Omit<SiteShape, 'articles'>): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const live = new Map<string, Article>();
  for (const article of articles) {
    const key = articlePath(article.locale, article.slug);
    const earlier = live.get(key);
    if (earlier) problems.push({ severity: 'error', file: article.file, field: 'slug', message: `${earlier.file} has the same slug and language — rename one of the two files (the slug is the part of the name before .${article.locale}.md)` });
    else live.set(key, article);
  }
  problems.push(...checkAliases({ ...site, articles }));
  const bySlug = new Map<string, Article[]>();
  for (const article of articles) bySlug.set(article.slug, [...(bySlug.get(article.slug) ?? []), article]);
  for (const group of bySlug.values()) {
    // Translations are checked against the original, taken to be the default-language version.
    const first = group.find((a) => a.locale === defaultLocale) ?? group[0];
    if (!first) continue;
    const rest = group.filter((a) => a !== first);
    const expected = [...first.organisations].sort().join(', ');
    for (const other of rest) {
      if ([...other.organisations].sort().join(', ') !== expected) {
        problems.push({
          severity: 'error',
          file: other.file,
          line: other.fieldLines?.organisations,
          field: 'organisations',
          message: `names [${other.organisations.join(', ')}] but its translation ${first.file} names [${first.organisations.join(', ')}] — list the same organisations in both files`,
        });
      }
    }
  }
  return problems;
}

import { defaultLocale, type Locale } from '@/lib/i18n/locales';
import type { Article } from './article';
import { articlePath, homePath } from '@/lib/routes';
import type { ContentProblem } from './problem';

/** Rules that need more than one file: duplicates, translation pairs, aliases. */
export function checkSite(articles: readonly Article[], locales: readonly Locale[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const live = new Map<string, Article>();
  for (const article of articles) {
    const key = articlePath(article.locale, article.slug);
    const earlier = live.get(key);
    if (earlier) problems.push({ severity: 'error', file: article.file, field: 'slug', message: `${earlier.file} has the same slug and language — rename one of the two files (the slug is the part of the name before .${article.locale}.md)` });
    else live.set(key, article);
  }
  const livePaths = new Set([...live.keys(), ...locales.map(homePath)]);
  const aliasOwner = new Map<string, Article>();
  for (const article of articles) {
    for (const alias of article.aliases) {
      const clean = alias.replace(/\/+$/, '') || '/';
      if (livePaths.has(clean)) {
        problems.push({ severity: 'error', file: article.file, line: article.fieldLines?.aliases, field: 'aliases', message: `${alias} is the address of a live page — an alias must be an old address that no page uses now; remove it from aliases` });
      }
      const owner = aliasOwner.get(clean);
      if (owner && owner !== article) {
        problems.push({ severity: 'error', file: article.file, line: article.fieldLines?.aliases, field: 'aliases', message: `${alias} is also an alias of ${owner.file} — one old address can redirect to only one article; remove it from one of the two files` });
      }
      aliasOwner.set(clean, article);
    }
  }
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

import type { Article } from './article';
import { normaliseAliasPath } from './alias-path';
import { describeLivePath, getLivePaths, type SiteShape } from './live-paths';
import type { ContentProblem } from './problem';

/**
 * An alias must be an address nothing else answers (the proxy would redirect
 * that page, feed or file away) and may belong to one article only.
 */
export function checkAliases(site: SiteShape): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const live = getLivePaths(site);
  const aliasOwner = new Map<string, Article>();
  for (const article of site.articles) {
    const place: Omit<ContentProblem, 'message'> = { severity: 'error', file: article.file, line: article.fieldLines?.aliases, field: 'aliases' };
    for (const alias of article.aliases) {
      const clean = normaliseAliasPath(alias);
      const what = describeLivePath(clean, live);
      if (what) problems.push({ ...place, message: `${alias} is the address of a live page (${what}) — an alias must be an old address that no page uses now; remove it from aliases` });
      const owner = aliasOwner.get(clean);
      if (owner && owner !== article) {
        problems.push({ ...place, message: `${alias} is also an alias of ${owner.file} — one old address can redirect to only one article; remove it from one of the two files` });
      }
      aliasOwner.set(clean, article);
    }
  }
  return problems;
}

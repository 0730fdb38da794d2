import { articlePath } from '@/lib/routes';
import { normaliseAliasPath } from './alias-path';
import { getSiteContent, type SiteContent } from './site-content';

const tables = new WeakMap<SiteContent, Map<string, string>>();

/** Old path → current article path, for published articles only (an alias of a draft must not reveal it). */
function getAliasTable(content: SiteContent): Map<string, string> {
  let table = tables.get(content);
  if (!table) {
    table = new Map(content.visible.flatMap((a) => a.aliases.map((alias): [string, string] => [normaliseAliasPath(alias), articlePath(a.locale, a.slug)])));
    tables.set(content, table);
  }
  return table;
}

/** Where an earlier address of an article now lives, if `pathname` is one. */
export function getAliasTarget(pathname: string): string | undefined {
  return getAliasTable(getSiteContent()).get(normaliseAliasPath(pathname));
}

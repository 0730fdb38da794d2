import type { Locale } from '@/lib/i18n/locales';
import {
  articlePath,
  articleShareImagePath,
  faviconPath,
  feedPath,
  frameworkPathPrefix,
  homePath,
  offlinePath,
  organisationPath,
  organisationsPath,
  parseListPagePath,
  robotsPath,
  searchIndexPath,
  searchPath,
  serviceWorkerPath,
  siteShareImagePath,
  sitemapPath,
  sitemapsPathPrefix,
  tagPath,
  tagsPath,
} from '@/lib/routes';
import type { Article } from './article';
import { parsePageNumber } from './pagination';

/** What the site is built from: enough to know every address it answers. */
export interface SiteShape {
  locales: readonly Locale[];
  /** Every article file, drafts and scheduled posts included: they go live later. */
  articles: readonly Article[];
  organisationIds: readonly string[];
  tagIds: readonly string[];
}

export interface LivePaths {
  /** Exact address → what lives there, in editors' words. */
  pages: Map<string, string>;
  /** Addresses of paginated lists; `<list>/page/<n>` is reserved for every n, as lists grow. */
  lists: Map<string, string>;
  /** Folders (ending in /) whose every address is taken now or may be later, as the site grows. */
  folders: Map<string, string>;
}

/** Every address the site answers, built with lib/routes.ts from the content and registries. */
export function getLivePaths({ locales, articles, organisationIds, tagIds }: SiteShape): LivePaths {
  const pages = new Map<string, string>([
    ['/', 'the site root, which sends readers to their language'],
    [sitemapPath, 'the sitemap'],
    [robotsPath, 'robots.txt'],
    [faviconPath, 'the site icon'],
    [serviceWorkerPath, 'the offline-reading service worker'],
  ]);
  const lists = new Map<string, string>();
  const folders = new Map<string, string>([
    [frameworkPathPrefix, `Next.js's own files under ${frameworkPathPrefix}`],
    [sitemapsPathPrefix, `the per-language sitemaps under ${sitemapsPathPrefix}`],
  ]);
  for (const locale of locales) {
    lists.set(homePath(locale), 'the home page');
    for (const id of organisationIds) lists.set(organisationPath(locale, id), `organisation ${id}'s page`);
    for (const id of tagIds) lists.set(tagPath(locale, id), `topic ${id}'s page`);
    pages.set(feedPath(locale), 'the RSS feed');
    pages.set(searchPath(locale), 'the search page');
    pages.set(offlinePath(locale), 'the offline page, shown for pages not saved for offline reading');
    // Its word and result files are numbered: more appear as articles are added.
    folders.set(searchIndexPath(locale), `the search index files under ${searchIndexPath(locale)}`);
    pages.set(siteShareImagePath(locale), "the site's share image");
    pages.set(organisationsPath(locale), 'the organisations index');
    pages.set(tagsPath(locale), 'the topics index');
  }
  for (const article of articles) {
    pages.set(articlePath(article.locale, article.slug), `the article ${article.file}`);
    pages.set(articleShareImagePath(article.locale, article.slug), `the share image of ${article.file}`);
    if (article.image) pages.set(article.image.src, `the image of ${article.file}`);
  }
  for (const [path, what] of lists) pages.set(path, what);
  return { pages, lists, folders };
}

/** What lives at `path` (already normalised as aliases are), or undefined when nothing does. */
export function describeLivePath(path: string, live: LivePaths): string | undefined {
  for (const [folder, what] of live.folders) if (path.startsWith(folder) || `${path}/` === folder) return what;
  const exact = live.pages.get(path);
  if (exact) return exact;
  const paged = parseListPagePath(path);
  const list = paged && live.lists.get(paged.listPath);
  return list && Number.isInteger(parsePageNumber(paged.page)) ? `page ${paged.page} of ${list}` : undefined;
}

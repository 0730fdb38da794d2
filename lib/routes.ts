// Type imports only: the service worker, the proxy and client leaves load this module.
import type { Locale } from '@/lib/i18n/locales';

/**
 * The route table: every kind of address the site answers, declared once.
 * The typed path builders below, the content check that keeps aliases off live
 * addresses (getReservedAddresses), the sitemap (its `sitemap` column) and the
 * proxy's matcher (proxyMatcher, pinned by a test) all read it, and a test
 * fails when a folder under app/ has no row here.
 */
export interface RouteSpec {
  /** The address; `:name` segments are parameters, `:locale` one of the site's languages. */
  pattern: string;
  /**
   * What answers it: a route under app/ (the folder Next maps to `pattern`), the
   * proxy alone, a file in public/, or Next.js itself.
   */
  servedBy: 'app' | 'proxy' | 'public' | 'next';
  /**
   * How an article's `aliases:` are kept off it: `exact` its addresses, `list` its
   * addresses and `<address>/page/<n>` for every n (lists grow), `folder` everything
   * under the pattern's fixed part (the files there are numbered and grow too),
   * `paged` for a list's further pages (reserved with their list).
   */
  reserve: 'exact' | 'list' | 'folder' | 'paged';
  /**
   * What the sitemap lists: each page of a `list`, a `directory` once per
   * language, every published `article`; `false` for what is not a page to index.
   */
  sitemap: 'list' | 'directory' | 'article' | false;
  /** The registry whose ids fill `:id` (also the Article field naming an article's entries). */
  registry?: RegistryName;
  /** What lives there, in editors' words (the content check quotes it); `:name` is filled in, plus `:file`, an article's file. */
  what: string;
}

/** The registries an article can name, each a field of Article and a file of content/. */
export type RegistryName = 'organisations' | 'tags';

/** A list's further pages live at `<list>/page/<n>`; page 1 has no address of its own. */
const PAGED = '/page/:n';

export const ROUTES = {
  root: { pattern: '/', servedBy: 'proxy', reserve: 'exact', sitemap: false, what: 'the site root, which sends readers to their language' },
  home: { pattern: '/:locale', servedBy: 'app', reserve: 'list', sitemap: 'list', what: 'the home page' },
  homePage: { pattern: `/:locale${PAGED}`, servedBy: 'app', reserve: 'paged', sitemap: false, what: 'a further page of the home page' },
  organisations: { pattern: '/:locale/organisations', servedBy: 'app', reserve: 'exact', sitemap: 'directory', what: 'the organisations index' },
  organisation: { pattern: '/:locale/organisations/:id', servedBy: 'app', reserve: 'list', sitemap: 'list', registry: 'organisations', what: "organisation :id's page" },
  organisationPage: { pattern: `/:locale/organisations/:id${PAGED}`, servedBy: 'app', reserve: 'paged', sitemap: false, registry: 'organisations', what: "a further page of organisation :id's page" },
  tags: { pattern: '/:locale/tags', servedBy: 'app', reserve: 'exact', sitemap: 'directory', what: 'the topics index' },
  tag: { pattern: '/:locale/tags/:id', servedBy: 'app', reserve: 'list', sitemap: 'list', registry: 'tags', what: "topic :id's page" },
  tagPage: { pattern: `/:locale/tags/:id${PAGED}`, servedBy: 'app', reserve: 'paged', sitemap: false, registry: 'tags', what: "a further page of topic :id's page" },
  article: { pattern: '/:locale/articles/:slug', servedBy: 'app', reserve: 'exact', sitemap: 'article', what: 'the article :file' },
  articleShareImage: { pattern: '/:locale/articles/:slug/share-image.png', servedBy: 'app', reserve: 'exact', sitemap: false, what: 'the share image of :file' },
  feed: { pattern: '/:locale/feed.xml', servedBy: 'app', reserve: 'exact', sitemap: false, what: 'the RSS feed' },
  search: { pattern: '/:locale/search', servedBy: 'app', reserve: 'exact', sitemap: false, what: 'the search page' },
  // Its word and result files are numbered: more appear as articles are added.
  searchIndex: { pattern: '/:locale/search-index/:part/:file', servedBy: 'app', reserve: 'folder', sitemap: false, what: 'the search index files under :folder' },
  offline: { pattern: '/:locale/offline', servedBy: 'app', reserve: 'exact', sitemap: false, what: 'the offline page, shown for pages not saved for offline reading' },
  siteShareImage: { pattern: '/:locale/share-image.png', servedBy: 'app', reserve: 'exact', sitemap: false, what: "the site's share image" },
  sitemap: { pattern: '/sitemap.xml', servedBy: 'app', reserve: 'exact', sitemap: false, what: 'the sitemap' },
  // All of it is the site's: parts are added as a language grows.
  sitemaps: { pattern: '/sitemaps/:file', servedBy: 'app', reserve: 'folder', sitemap: false, what: 'the per-language sitemaps under :folder' },
  robots: { pattern: '/robots.txt', servedBy: 'app', reserve: 'exact', sitemap: false, what: 'robots.txt' },
  serviceWorker: { pattern: '/sw.js', servedBy: 'app', reserve: 'exact', sitemap: false, what: 'the offline-reading service worker' },
  favicon: { pattern: '/favicon.svg', servedBy: 'public', reserve: 'exact', sitemap: false, what: 'the site icon' },
  // The editor (Decap CMS): public/admin/, written by the build (lib/cms/prepare.ts); lib/cms/backend.ts says how it is served.
  admin: { pattern: '/admin/:file', servedBy: 'public', reserve: 'folder', sitemap: false, what: 'the editor under :folder' },
  // Next.js serves its own scripts, styles and fonts here; no page of ours may live there.
  framework: { pattern: '/_next/:file', servedBy: 'next', reserve: 'folder', sitemap: false, what: "Next.js's own files under :folder" },
} as const satisfies Record<string, RouteSpec>;

export type RouteName = keyof typeof ROUTES;

type ParamNames<P extends string> = P extends `${string}:${infer Name}/${infer Rest}` ? Name | ParamNames<Rest> : P extends `${string}:${infer Name}` ? Name : never;

/** The parameters a route's pattern needs, `locale` typed as a language of the site. */
export type RouteParams<R extends RouteName> = { [K in ParamNames<(typeof ROUTES)[R]['pattern']>]: K extends 'locale' ? Locale : string | number };

function fill(pattern: string, params: Readonly<Record<string, string | number>>): string {
  return pattern.replace(/:(\w+)/g, (_, name: string) => String(params[name]));
}

/** The address of one page of a route, its parameters filled in as given (slugs and ids are already address-safe). */
export function pathOf<R extends RouteName>(route: R, params: RouteParams<R>): string {
  return fill(ROUTES[route].pattern, params as Record<string, string | number>);
}

/** A folder route's pattern up to its first parameter other than `:locale`, ending in a slash (`/:locale/search-index/`). */
function folderPattern(pattern: string): string {
  const end = pattern.search(/:(?!locale\b)/);
  return end === -1 ? (pattern.endsWith('/') ? pattern : `${pattern}/`) : pattern.slice(0, end);
}

/** A folder route's fixed part, with its trailing slash: everything under it is the route's. */
export function folderOf(route: RouteName, locale?: Locale): string {
  return fill(folderPattern(ROUTES[route].pattern), { locale: locale ?? ':locale' });
}

// Typed builders for the addresses pages link to: one line each over the table.
export const homePath = (locale: Locale) => pathOf('home', { locale });
export const articlePath = (locale: Locale, slug: string) => pathOf('article', { locale, slug });
export const feedPath = (locale: Locale) => pathOf('feed', { locale });
/** The per-language site image used when a page has no image of its own. */
export const siteShareImagePath = (locale: Locale) => pathOf('siteShareImage', { locale });
export const articleShareImagePath = (locale: Locale, slug: string) => pathOf('articleShareImage', { locale, slug });
export const organisationsPath = (locale: Locale) => pathOf('organisations', { locale });
export const organisationPath = (locale: Locale, id: string) => pathOf('organisation', { locale, id });
export const tagsPath = (locale: Locale) => pathOf('tags', { locale });
export const tagPath = (locale: Locale, id: string) => pathOf('tag', { locale, id });
/** The page a reader gets, offline, for a page of this language the browser has not saved; it lists the saved articles. */
export const offlinePath = (locale: Locale) => pathOf('offline', { locale });
export const sitemapPath = ROUTES.sitemap.pattern;
export const robotsPath = ROUTES.robots.pattern;
export const faviconPath = ROUTES.favicon.pattern;
/** The offline-reading service worker; at the root, so its scope is the whole site. */
export const serviceWorkerPath = ROUTES.serviceWorker.pattern;
/** The editor; /admin itself is rewritten to its index.html. */
export const adminPath = folderOf('admin').slice(0, -1);
/** Next.js serves its own scripts, styles and fonts under this prefix; no page of ours may live there. */
export const frameworkPathPrefix = folderOf('framework');
/** Next's build files (scripts, stylesheets, fonts), each named by its content hash or the build id: kept a year, never a document. */
export const buildAssetsPathPrefix = `${frameworkPathPrefix}static/`;
/** Folder of the per-language sitemaps that sitemapPath indexes. */
export const sitemapsPathPrefix = folderOf('sitemaps');

/** Part `part` (1-based) of one language's sitemap. */
export function localeSitemapPath(locale: Locale, part: number): string {
  return pathOf('sitemaps', { file: `${locale}-${part}.xml` });
}

export function searchPath(locale: Locale, query?: string): string {
  const path = pathOf('search', { locale });
  return query ? `${path}?${new URLSearchParams({ q: query })}` : path;
}

/** The folder of a language's search index files (term shards and result records): reserved whole, as it grows with the articles. */
export function searchIndexPath(locale: Locale): string {
  return folderOf('searchIndex', locale);
}

/**
 * A language's search index files as address templates, `{n}` standing for a
 * file's number: `shard` for the shards of words and postings, `result` for
 * what search shows of an article (lib/search/index-layout.ts). The search
 * page hands them to the browser, whose code fills in `{n}` (fileAddress in
 * lib/search/query-search-index.ts) without loading this table.
 */
export interface SearchIndexFiles {
  shard: string;
  result: string;
}

export function searchIndexFiles(locale: Locale): SearchIndexFiles {
  return {
    shard: pathOf('searchIndex', { locale, part: 'words', file: '{n}.json' }),
    result: pathOf('searchIndex', { locale, part: 'results', file: '{n}.json' }),
  };
}

/** One shard of words and postings. */
export function searchShardPath(locale: Locale, shard: number): string {
  return searchIndexFiles(locale).shard.replace('{n}', String(shard));
}

/** What search shows for the article numbered `article` in the language's index. */
export function searchResultPath(locale: Locale, article: number): string {
  return searchIndexFiles(locale).result.replace('{n}', String(article));
}

/** Page `n` of a list whose first page lives at `listPath`; page 1 has no address of its own. */
export function listPagePath(listPath: string, n: number): string {
  return n <= 1 ? listPath : `${listPath}${fill(PAGED, { n })}`;
}

/** The proxy sees every request but Next's own files (proxy.ts repeats it literally, as Next requires; a test pins the two together). */
export const proxyMatcher = [`/((?!${frameworkPathPrefix.slice(1)}).*)`];

/** A request path with its %-escapes decoded, or undefined when one is broken (`/%`, `/hi/articles/%E0`): such an address names no page. */
export function decodePath(pathname: string): string | undefined {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
}

const ARTICLE = /^\/([^/]+)\/articles\/([^/]+?)\/?$/;

export function parseArticlePath(pathname: string): { locale: string; slug: string } | undefined {
  const match = ARTICLE.exec(pathname);
  const slug = match ? decodePath(match[2]!) : undefined;
  return match && slug !== undefined ? { locale: match[1]!, slug } : undefined;
}

const LIST_PAGE = /^(\/.+?)\/page\/([^/]+?)\/?$/;

/** `/…/page/<n>` as the list's own address and the page segment, unchecked; the inverse of listPagePath. */
export function parseListPagePath(pathname: string): { listPath: string; page: string } | undefined {
  const match = LIST_PAGE.exec(pathname);
  return match ? { listPath: match[1]!, page: match[2]! } : undefined;
}

/** For `/…/page/1`, the list's own address (where the proxy sends it). */
export function parseFirstPagePath(pathname: string): string | undefined {
  const parsed = parseListPagePath(pathname);
  return parsed?.page === '1' ? parsed.listPath : undefined;
}

/** What the site's addresses are made of: its languages, every article file (drafts and scheduled posts too: they go live later) and each registry's ids. */
export interface AddressSources {
  locales: readonly Locale[];
  articles: readonly { locale: Locale; slug: string; file: string }[];
  registryIds: Readonly<Record<RegistryName, readonly string[]>>;
}

export interface ReservedAddresses {
  /** Exact address → what lives there, in editors' words. */
  pages: Map<string, string>;
  /** Addresses of paginated lists; `<list>/page/<n>` is reserved for every n, as lists grow. */
  lists: Map<string, string>;
  /** Folders (ending in /) whose every address is taken now or may be later, as the site grows. */
  folders: Map<string, string>;
}

/** Every filling of a route's parameters the site has, each with the article file it belongs to, if any. */
function expand(spec: RouteSpec, sources: AddressSources): Record<string, string>[] {
  const names = [...spec.pattern.matchAll(/:(\w+)/g)].map((m) => m[1]!);
  const languages = sources.locales;
  if (names.includes('slug')) return sources.articles.map((a) => ({ locale: a.locale, slug: a.slug, file: a.file }));
  if (names.includes('id')) return languages.flatMap((locale) => (spec.registry ? sources.registryIds[spec.registry] : []).map((id) => ({ locale, id })));
  if (names.includes('locale')) return languages.map((locale) => ({ locale }));
  return [{}];
}

/** Every address the site answers or will, from the route table and the content. */
export function getReservedAddresses(sources: AddressSources): ReservedAddresses {
  const reserved: ReservedAddresses = { pages: new Map(), lists: new Map(), folders: new Map() };
  for (const spec of Object.values(ROUTES) as RouteSpec[]) {
    if (spec.reserve === 'paged') continue;
    if (spec.reserve === 'folder') {
      const fixed = folderPattern(spec.pattern);
      for (const params of expand({ ...spec, pattern: fixed }, sources)) {
        const folder = fill(fixed, params);
        reserved.folders.set(folder, fill(spec.what, { ...params, folder }));
      }
      continue;
    }
    for (const params of expand(spec, sources)) {
      const path = fill(spec.pattern, params);
      const what = fill(spec.what, params);
      reserved.pages.set(path, what);
      if (spec.reserve === 'list') reserved.lists.set(path, what);
    }
  }
  return reserved;
}

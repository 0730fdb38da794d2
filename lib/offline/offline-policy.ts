import type { Locale } from '@/lib/i18n/locales';
import { buildAssetsPathPrefix, offlinePath, parseArticlePath } from '@/lib/routes';

/**
 * What the offline-reading service worker (lib/offline/service-worker.ts) keeps
 * and serves, in one place: the worker, the page that lists saved articles and
 * the tests read the same names and rules. Client leaves import this module, so
 * it takes the languages as an argument instead of importing lib/i18n/locales.ts
 * (whose date-fns locales would then ship to every page).
 */

/** Prefix of every cache the site's worker owns (Serwist names its precache `vyapar-precache-…`). */
export const CACHE_PREFIX = 'vyapar';

export const offlineCaches = {
  /** Pages the reader opened, network first: articles, homes, lists. The offline page lists the articles in it. */
  pages: `${CACHE_PREFIX}-pages`,
  /** Next's hashed files (/_next/static/…) not in the current precache, such as the previous build's, which saved pages still refer to. */
  assets: `${CACHE_PREFIX}-assets`,
  /** The site's pictures and fonts outside /_next/static: article images, the icon. */
  media: `${CACHE_PREFIX}-media`,
} as const;

/** Bounds, so a phone's storage is not filled by one site; the least recently saved go first. Pages are about 10–30 KB each. */
export const cacheLimits = { pages: 300, assets: 200, media: 300 } as const;

/**
 * How long a page request waits for the network before the saved copy is shown.
 * A network answer within it always wins over the saved copy; after it, on a
 * connection that hangs (a train in a tunnel), the reader gets the saved page.
 */
export const PAGE_NETWORK_TIMEOUT_SECONDS = 5;

/**
 * After a navigation inside the app (Next's router fetches only the page's
 * data, not its HTML), the page asks the worker to save the page at `path`.
 */
export const SAVE_PAGE_MESSAGE = 'vyapar:save-page';

export interface SavePageMessage {
  type: typeof SAVE_PAGE_MESSAGE;
  path: string;
}

export function isSavePageMessage(data: unknown): data is SavePageMessage {
  return typeof data === 'object' && data !== null && (data as SavePageMessage).type === SAVE_PAGE_MESSAGE && typeof (data as SavePageMessage).path === 'string';
}

/** The language a site path belongs to (`/hi`, `/hi/…`), or undefined for `/`, aliases, /admin and files at the root. */
export function localeOfPath(pathname: string, languages: readonly Locale[]): Locale | undefined {
  const first = pathname.split('/')[1] ?? '';
  return languages.find((locale) => locale === first);
}

/**
 * Whether the page at `pathname` may be kept for offline reading: any page of a
 * language. Never `/`, whose answer is a redirect chosen by cookie and
 * Accept-Language, nor anything outside a language (aliases redirect, /admin is
 * the editor). A page's answer is kept only when it is complete (isCompletePage).
 */
export function isSavablePage(pathname: string, languages: readonly Locale[]): boolean {
  return localeOfPath(pathname, languages) !== undefined;
}

/** The offline page for a request to `pathname`: its language's, or `fallback`'s for addresses outside a language. */
export function offlinePageFor(pathname: string, languages: readonly Locale[], fallback: Locale): string {
  return offlinePath(localeOfPath(pathname, languages) ?? fallback);
}

/** What the rules below read of a response. */
export type ResponseFacts = Pick<Response, 'status' | 'type' | 'redirected' | 'headers'>;

/**
 * A response worth keeping: 200 from this site itself, not reached through a
 * redirect. Excludes 404s (and every other status), opaque redirects (what a
 * navigation to `/` answers) and network errors.
 */
export function isCompleteResponse(response: ResponseFacts): boolean {
  return response.status === 200 && response.type === 'basic' && !response.redirected;
}

/** A complete response that is an HTML page (not a feed, an image or an RSC payload asked for at a page's address). */
export function isCompletePage(response: ResponseFacts): boolean {
  return isCompleteResponse(response) && (response.headers.get('content-type') ?? '').startsWith('text/html');
}

/**
 * When the worker saved a page, stamped on the copy it keeps: cache.keys() has
 * no dependable order (Chromium's is not the order of saving), and a server's
 * Date says when the page was built or cached, not when this reader saved it.
 */
export const SAVED_AT_HEADER = 'x-vyapar-saved-at';

/** A copy of `response` to keep, stamped with the time it was saved. */
export function stampSaved(response: Response, now = Date.now()): Response {
  const headers = new Headers(response.headers);
  headers.set(SAVED_AT_HEADER, String(now));
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}

/** When a kept page was saved (ms since 1970), or 0 for a copy without the stamp. */
export function readSavedAt(response: Pick<Response, 'headers'>): number {
  const stamp = Number(response.headers.get(SAVED_AT_HEADER));
  return Number.isFinite(stamp) ? stamp : 0;
}

export interface SavedArticleRef {
  /** Site path, as links want it. */
  path: string;
  /** Its language, from the path (only the site's own pages are saved). */
  locale: string;
}

/** The articles among saved page addresses (full URLs, as `cache.keys()` gives them), each once; not homes, lists or addresses with a query. */
export function findSavedArticles(urls: readonly string[]): SavedArticleRef[] {
  const articles = new Map<string, SavedArticleRef>();
  for (const url of urls) {
    const { pathname, search } = new URL(url);
    const article = search ? undefined : parseArticlePath(pathname);
    if (article && !articles.has(pathname)) articles.set(pathname, { path: pathname, locale: article.locale });
  }
  return [...articles.values()];
}

/**
 * Moves the entries of the precache that the new worker no longer lists, under
 * /_next/static/, into the assets cache instead of letting them be deleted:
 * pages saved under an earlier build still load that build's CSS, fonts and
 * scripts. Call on activate, before the precache is cleaned up; returns the
 * addresses kept, for the assets cache's expiration to count.
 */
export async function keepOutdatedAssets(precache: Cache, assets: Cache, currentKeys: ReadonlySet<string>): Promise<string[]> {
  const kept: string[] = [];
  for (const request of await precache.keys()) {
    if (currentKeys.has(request.url)) continue;
    const url = new URL(request.url);
    if (!url.pathname.startsWith(buildAssetsPathPrefix)) continue;
    const response = await precache.match(request);
    if (!response) continue;
    // Precache keys of hashed files carry no revision parameter; stored without a query, they match the page's requests.
    url.search = '';
    await assets.put(url.href, response);
    kept.push(url.href);
  }
  return kept;
}

/// <reference lib="webworker" />
/**
 * The offline-reading service worker, bundled by Serwist (app/sw.js/route.ts)
 * into /sw.js. Readers on patchy mobile data keep what they opened:
 *
 * - install: precaches the app shell (Next's scripts, styles and woff2 fonts of
 *   this build, the icon) and both offline pages, and saves the page being viewed
 *   with its language's home;
 * - pages: network first, so a live answer always wins; a complete 200 HTML page
 *   is saved, never `/` (a redirect by cookie and Accept-Language), a 404 or any
 *   other status; offline, a page never saved gets its language's offline page;
 * - Next's hashed files: precache, then cache first; pictures and fonts: stale
 *   while revalidate. Nothing from other sites is touched.
 */
import type { PrecacheEntry, SerwistGlobalConfig, SerwistPlugin } from 'serwist';
import { CacheExpiration, CacheFirst, ExpirationPlugin, NetworkFirst, NetworkOnly, Serwist, StaleWhileRevalidate } from 'serwist';
import { defaultLocale, locales } from '@/lib/i18n/locales';
import { buildAssetsPathPrefix, homePath, offlinePath } from '@/lib/routes';
import {
  CACHE_PREFIX,
  PAGE_NETWORK_TIMEOUT_SECONDS,
  cacheLimits,
  isCompletePage,
  isCompleteResponse,
  isSavablePage,
  isSavePageMessage,
  keepOutdatedAssets,
  localeOfPath,
  offlineCaches,
  offlinePageFor,
  stampSaved,
} from './offline-policy';

declare global {
  interface WorkerGlobalScope extends SerwistGlobalConfig {
    /** Replaced at build time by the precache list (@serwist/turbopack's injection point). */
    __SW_MANIFEST: (PrecacheEntry | string)[] | undefined;
  }
}

declare const self: ServiceWorkerGlobalScope;

const keepCompletePages: SerwistPlugin = { cacheWillUpdate: async ({ response }) => (isCompletePage(response) ? stampSaved(response) : null) };
const keepCompleteResponses: SerwistPlugin = { cacheWillUpdate: async ({ response }) => (isCompleteResponse(response) ? response : null) };

const pages = new NetworkFirst({
  cacheName: offlineCaches.pages,
  networkTimeoutSeconds: PAGE_NETWORK_TIMEOUT_SECONDS,
  // A live answer always wins: the browser revalidates with the server (a 304 when nothing changed) instead of using a copy it kept for max-age.
  fetchOptions: { cache: 'no-cache' },
  plugins: [keepCompletePages, new ExpirationPlugin({ maxEntries: cacheLimits.pages, purgeOnQuotaError: true })],
});

const isNavigation = (request: Request) => request.mode === 'navigate';

const serwist = new Serwist({
  precacheEntries: self.__SW_MANIFEST,
  cacheId: CACHE_PREFIX,
  skipWaiting: true,
  clientsClaim: true,
  // No navigation preload: its request would use the browser's HTTP cache, which may hold a page up to max-age old.
  navigationPreload: false,
  runtimeCaching: [
    { matcher: ({ request, url, sameOrigin }) => sameOrigin && isNavigation(request) && isSavablePage(url.pathname, locales), handler: pages },
    // `/`, aliases, /admin: never saved, but offline they get the offline page rather than the browser's error.
    { matcher: ({ request, sameOrigin }) => sameOrigin && isNavigation(request), handler: new NetworkOnly() },
    {
      matcher: ({ url, sameOrigin }) => sameOrigin && url.pathname.startsWith(buildAssetsPathPrefix),
      handler: new CacheFirst({
        cacheName: offlineCaches.assets,
        plugins: [keepCompleteResponses, new ExpirationPlugin({ maxEntries: cacheLimits.assets, purgeOnQuotaError: true })],
      }),
    },
    {
      matcher: ({ request, sameOrigin }) => sameOrigin && (request.destination === 'image' || request.destination === 'font'),
      handler: new StaleWhileRevalidate({
        cacheName: offlineCaches.media,
        plugins: [keepCompleteResponses, new ExpirationPlugin({ maxEntries: cacheLimits.media, purgeOnQuotaError: true })],
      }),
    },
  ],
  fallbacks: {
    entries: locales.map((locale) => ({
      url: offlinePath(locale),
      matcher: ({ request }) => isNavigation(request) && offlinePageFor(new URL(request.url).pathname, locales, defaultLocale) === offlinePath(locale),
    })),
  },
});

/** Fetches `path` and saves it if it is a complete page; a failure (offline, 404) leaves the saved copy as it was. */
async function savePage(event: ExtendableEvent, path: string): Promise<void> {
  if (!isSavablePage(new URL(path, self.location.href).pathname, locales)) return;
  await Promise.allSettled(pages.handleAll({ event, request: new Request(path, { credentials: 'same-origin' }) }));
}

/** The pages open when the worker installs (the first one was fetched before any worker existed) and their languages' homes. */
async function saveOpenPages(event: ExtendableEvent): Promise<void> {
  const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
  const paths = new Set<string>();
  for (const window of windows) {
    const url = new URL(window.url);
    const locale = localeOfPath(url.pathname, locales);
    if (url.origin !== self.location.origin || !locale) continue;
    paths.add(homePath(locale));
    paths.add(`${url.pathname}${url.search}`);
  }
  await Promise.all([...paths].map((path) => savePage(event, path)));
}

/** Keeps the previous build's hashed files for pages saved under it, then lets Serwist drop them from the precache. */
async function activate(event: ExtendableEvent): Promise<void> {
  const precacheName = serwist.precacheStrategy.cacheName;
  const currentKeys = new Set(serwist.getUrlsToPrecacheKeys().values());
  const kept = await keepOutdatedAssets(await self.caches.open(precacheName), await self.caches.open(offlineCaches.assets), currentKeys);
  if (kept.length > 0) {
    const expiration = new CacheExpiration(offlineCaches.assets, { maxEntries: cacheLimits.assets });
    for (const url of kept) await expiration.updateTimestamp(url);
    await expiration.expireEntries();
  }
  await serwist.handleActivate(event);
}

// Serwist's own listeners, except that activation first keeps outdated assets, and saving is by this site's message.
self.addEventListener('install', (event) => {
  void serwist.handleInstall(event);
  event.waitUntil(saveOpenPages(event).catch(() => undefined));
});
self.addEventListener('activate', (event) => event.waitUntil(activate(event)));
self.addEventListener('fetch', serwist.handleFetch);
self.addEventListener('message', (event) => {
  if (isSavePageMessage(event.data)) event.waitUntil(savePage(event, event.data.path));
});

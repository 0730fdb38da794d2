import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createSerwistRoute, type InjectManifestOptions } from '@serwist/turbopack';
import { getBuildDir } from '@/lib/deploy/build-folders';
import { locales } from '@/lib/i18n/locales';
import { buildAssetsPathPrefix, faviconPath, offlinePath, serviceWorkerPath } from '@/lib/routes';

/**
 * Builds /sw.js with @serwist/turbopack: its route handler bundles
 * lib/offline/service-worker.ts with esbuild and injects the precache list
 * while `next build` prerenders the route, so the worker is a plain file in the
 * standalone build's prerendered output and in the static export alike.
 */

/** The build's id (written before pages are prerendered); it versions the precached offline pages, which have no hash in their name. */
export function readBuildId(buildDir: string): string {
  try {
    return readFileSync(path.join(buildDir, 'BUILD_ID'), 'utf8').trim();
  } catch {
    // `next dev` writes none; the worker is not registered there.
    return 'development';
  }
}

/**
 * What the worker precaches: this build's scripts, styles and woff2 fonts
 * (every browser with service workers reads woff2; the woff copies are for
 * others), the icon, and each language's offline page. Not public/admin (the
 * editor) nor article images, which are saved as they are shown.
 */
export function getWorkerBuildOptions(buildDir: string, buildId: string): InjectManifestOptions {
  return {
    swSrc: 'lib/offline/service-worker.ts',
    globPatterns: [`${buildDir}/static/**/*.{js,css,woff2}`, `public${faviconPath}`],
    // Files as the browser asks for them; Next's are named by their hash, so their address is their version.
    modifyURLPrefix: { [`${buildDir}/static/`]: buildAssetsPathPrefix, 'public/': '/' },
    dontCacheBustURLsMatching: new RegExp(`^${buildAssetsPathPrefix}`),
    additionalPrecacheEntries: locales.map((locale) => ({ url: offlinePath(locale), revision: buildId })),
    // The project's esbuild (a dev dependency already) rather than esbuild-wasm.
    useNativeEsbuild: true,
    // One file: source maps would be a second address under the root to reserve and serve.
    esbuildOptions: { sourcemap: false, legalComments: 'none' },
  };
}

let route: ReturnType<typeof createSerwistRoute> | undefined;

/** The worker script. Built on first request (at build time: the route is static), so a server that only serves the prerendered file never loads Next's config or esbuild. */
export async function serveServiceWorker(request: Request): Promise<Response> {
  const buildDir = getBuildDir();
  route ??= createSerwistRoute(getWorkerBuildOptions(buildDir, readBuildId(buildDir)));
  return route.GET(request, { params: Promise.resolve({ path: path.basename(serviceWorkerPath) }) });
}

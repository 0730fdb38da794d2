import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createSerwistRoute, type InjectManifestOptions } from '@serwist/turbopack';
import { getBuildDistDir } from 'next/dist/export/utils';
import type { NextConfigComplete } from 'next/dist/server/config-shared';
import { locales } from '@/lib/i18n/locales';
import { buildAssetsPathPrefix, faviconPath, offlinePath, serviceWorkerPath } from '@/lib/routes';

/**
 * Builds /sw.js with @serwist/turbopack: its route handler bundles
 * lib/offline/service-worker.ts with esbuild and injects the precache list
 * while `next build` prerenders the route, so the worker is a plain file in the
 * standalone build's prerendered output and in the static export alike.
 */

/**
 * The folder `next build` compiles into, where the precache list is read from:
 * NEXT_DIST_DIR (as next.config.ts reads it), except for a static export with a
 * custom one, which Next builds in .next and only exports into NEXT_DIST_DIR.
 * Next's own rule decides: getBuildDistDir, from the internal module
 * next/dist/export/utils (Next 16.4.6; docs/workarounds.md). If Next moves it,
 * the typecheck fails; tests/unit/offline/worker-build.test.ts pins the rule.
 */
export function getBuildDir(env: Record<string, string | undefined> = process.env): string {
  const config = { output: env.NEXT_OUTPUT === 'export' ? 'export' : 'standalone', distDir: env.NEXT_DIST_DIR ?? '.next' };
  return getBuildDistDir(config as NextConfigComplete);
}

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

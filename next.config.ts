import { availableParallelism } from 'node:os';
import path from 'node:path';
import type { NextConfig } from 'next';
import { ADMIN } from './lib/cms/backend';
import { buildAssetsPathPrefix } from './lib/routes';
import { BUILD_ASSET_HEADERS, getSecurityHeaders } from './lib/security/headers';
import { getSiteUrl } from './lib/site-url';

// Lets tests build the real site and the fixture site side by side.
const distDir = process.env.NEXT_DIST_DIR ?? '.next';
// `npm run build:static` sets it: a folder of files for nginx or a static host instead of a Node server.
const staticExport = process.env.NEXT_OUTPUT === 'export';

const nextConfig: NextConfig = {
  distDir,
  // A Node deploy copies .next/standalone (plus .next/static and public/): no source tree, no content/, no node_modules to install.
  output: staticExport ? 'export' : 'standalone',
  // Pages are prerendered from the compiled snapshot: the server needs no content, sources or tests, whatever the tracer sees read at build time.
  outputFileTracingExcludes: { '*': ['content/**', 'tests/**', 'app/**', 'docs/**', 'scripts/**', '.next*-content/**'] },
  poweredByHeader: false,
  // The server code knows which build it belongs to: a standalone server, started without NEXT_DIST_DIR, finds its share images and search index files (lib/deploy/built-files.ts).
  env: { VYAPAR_DIST_DIR: distDir },
  // Nothing uses next/image: the optimiser would only be an open endpoint.
  images: { unoptimized: true },
  // Share images are drawn by a native addon (Skia, through @napi-rs/canvas): loaded from node_modules, unbundled.
  serverExternalPackages: ['@napi-rs/canvas'],
  reactStrictMode: true,
  // `npm test` type-checks the whole project (npm run typecheck); a deploy's build need not pay for it again.
  typescript: { ignoreBuildErrors: true },
  experimental: {
    // The root layout sits under [locale], so addresses outside every locale need their own 404 page.
    globalNotFound: true,
    // The stylesheet (about 4 KB compressed) goes into each page's <style> instead of a render-blocking request: a slow 4G phone paints a round trip sooner (docs/bench-pages.md). CSP style-src already allows inline styles.
    inlineCss: true,
    // Next prerenders on one worker fewer than there are cores (one on a 2-core runner, the other core idle); pages are independent and CPU-bound, so use every core.
    cpus: availableParallelism(),
    // On by default in Next 16.4: for every page, a second pass renders and gzips each segment's prefetch response to decide which to bundle together. No page here prefetches (components/site-link.tsx) and the build drops the segment files (lib/deploy/segment-prefetches.ts), so the pass is wasted work.
    prefetchInlining: false,
  },
  // On by default: every prerender worker loads the source map of every server chunk it requires, for stack traces of errors while prerendering. Content errors are caught before Next runs (scripts/prepare-build.ts), with their own messages; the chunks' maps stay in the build for debugging.
  enablePrerenderSourceMaps: false,
  // The same sets nginx sends for a static export (lib/deploy); the export itself ignores this.
  async headers() {
    if (staticExport) return [];
    const security = getSecurityHeaders({ https: getSiteUrl().protocol === 'https:', inlineScripts: ["'unsafe-inline'"], developmentServer: process.env.NODE_ENV === 'development' });
    // The editor needs its own policy (lib/cms/backend.ts), and its GitHub login a pop-up that can answer it; a later entry overrides an earlier one's header.
    const admin = [
      { key: 'Content-Security-Policy', value: ADMIN.csp },
      { key: 'Cross-Origin-Opener-Policy', value: ADMIN.openerPolicy },
    ];
    const asHeaders = (list: readonly [string, string][]) => list.map(([key, value]) => ({ key, value }));
    const assets = buildAssetsPathPrefix.slice(1);
    return [
      // Every address but Next's build files, which get only what acts on a script or a font (BUILD_ASSET_HEADERS).
      { source: `/:path((?!${assets}).*)`, headers: asHeaders(security) },
      { source: `/${assets}:path*`, headers: asHeaders(BUILD_ASSET_HEADERS) },
      { source: ADMIN.path, headers: admin },
      { source: `${ADMIN.path}/:path*`, headers: admin },
    ];
  },
  // The editor (docs/editing.md) is public/admin/index.html; Next serves a public file only under its own name.
  async rewrites() {
    return staticExport ? [] : [{ source: ADMIN.path, destination: ADMIN.page }];
  },
  turbopack: {
    // The routing manifest that `npm run build` compiled for this dist folder (lib/content/routing.ts): bundled into the proxy.
    resolveAlias: { '@generated/routing': `./${path.relative(process.cwd(), path.resolve(`${distDir}-content`, 'routing.json'))}` },
  },
};

export default nextConfig;

/**
 * The security headers every way of serving sends (next.config.ts for the Node
 * and standalone servers, the generated nginx config and `_headers` for a static
 * export), from this one list, so the three cannot drift.
 */

/** Methods a page answers; every other one gets 405 with this as `Allow`. */
export const ALLOWED_METHODS = ['GET', 'HEAD'] as const;
export const ALLOW_HEADER = ALLOWED_METHODS.join(', ');

export interface PolicyOptions {
  /** Sources for inline scripts: `'unsafe-inline'` where pages are served as Next wrote them, or `'sha256-…'` hashes where the export knows each page's scripts. */
  inlineScripts: readonly string[];
  /** `next dev` only: React's development build rebuilds call stacks with eval(). Never in a build. */
  developmentServer?: boolean;
}

/**
 * Content-Security-Policy. Next's prerendered pages carry inline bootstrap
 * scripts (`self.__next_f.push(…)`); a nonce would need every page rendered per
 * request, so the Node server allows inline scripts and the static export pins
 * them by hash instead (docs/deploy.md). Never `'unsafe-eval'`.
 */
export function getContentSecurityPolicy({ inlineScripts, developmentServer = false }: PolicyOptions): string {
  const scripts = ["'self'", ...inlineScripts, ...(developmentServer ? ["'unsafe-eval'"] : [])];
  return [
    "default-src 'self'",
    `script-src ${scripts.join(' ')}`,
    // React writes style attributes for a few layout values; no stylesheet comes from elsewhere.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "manifest-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    "form-action 'self'",
  ].join('; ');
}

/** Web Share and clipboard-write stay allowed for the share buttons; the rest of what a news page never needs is denied. */
export const PERMISSIONS_POLICY = 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), web-share=(self), clipboard-write=(self)';

/** Two years, subdomains included, only when the site is served over https (a browser ignores it over http, and it must never pin localhost). */
export const STRICT_TRANSPORT_SECURITY = 'max-age=63072000; includeSubDomains';

export function getSecurityHeaders(options: PolicyOptions & { https: boolean }): [string, string][] {
  return [
    ['Content-Security-Policy', getContentSecurityPolicy(options)],
    ...(options.https ? [['Strict-Transport-Security', STRICT_TRANSPORT_SECURITY] as [string, string]] : []),
    ['X-Content-Type-Options', 'nosniff'],
    ['Referrer-Policy', 'strict-origin-when-cross-origin'],
    ['Permissions-Policy', PERMISSIONS_POLICY],
    ['Cross-Origin-Opener-Policy', 'same-origin'],
  ];
}

/**
 * What Next's build files (buildAssetsPathPrefix: scripts, stylesheets, fonts)
 * carry instead of the set above. They are never documents, so a
 * Content-Security-Policy, Permissions-Policy, opener policy or HSTS on them
 * acts on nothing, and over HTTP/1.1 (`next start` reached directly, nginx
 * without HTTP/2) they cost about 510 bytes (570 with HSTS) on every script a page loads.
 * nosniff does act on them: a browser refuses a script or stylesheet sent with
 * the wrong Content-Type.
 */
export const BUILD_ASSET_HEADERS: readonly [string, string][] = [['X-Content-Type-Options', 'nosniff']];

/** Files under /_next/static/ carry a content hash (or the build id) in their path. */
export const IMMUTABLE_CACHE = 'public, max-age=31536000, immutable';

/**
 * Pages, feeds, sitemaps, share images and search files: they change at the
 * next build. Browsers keep them 5 minutes, shared caches (a CDN) 10, and may
 * serve a stale copy for a day while they refetch, so a rebuild shows within
 * minutes without purging. (Next's own default for a prerendered page is a
 * year at the CDN.)
 */
export const PAGE_CACHE_CONTROL = 'public, max-age=300, s-maxage=600, stale-while-revalidate=86400';

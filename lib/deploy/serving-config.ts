import path from 'node:path';
import { ADMIN } from '@/lib/cms/backend';
import type { RoutingManifest } from '@/lib/content/routing';
import { defaultLocale, localeFacts, locales, type Locale } from '@/lib/i18n/locales';
import { LOCALE_COOKIE } from '@/lib/i18n/negotiate-locale';
import { ALLOW_HEADER, ALLOWED_METHODS, BUILD_ASSET_HEADERS, getContentSecurityPolicy, getSecurityHeaders, IMMUTABLE_CACHE, PAGE_CACHE_CONTROL as SHORT_CACHE } from '@/lib/security/headers';
import { articlePath, buildAssetsPathPrefix, feedPath, homePath, robotsPath } from '@/lib/routes';

/**
 * How a static export is served, written out for nginx (an include for the
 * operator's own server block) and for Netlify/Cloudflare-Pages-style hosts
 * (`_headers`, `_redirects`), from one description of the export, so that the
 * answers match the Node server's (proxy.ts, next.config.ts): same statuses,
 * redirects, security headers and content types. docs/deploy.md says what
 * each host can and cannot express.
 */
export interface StaticSite {
  siteUrl: URL;
  routing: RoutingManifest;
  /** Every exported HTML file by its path in the export (`/hi.html`, `/404.html`), with the CSP sources (`'sha256-…'`) of its inline scripts. */
  pages: ReadonlyMap<string, readonly string[]>;
  /** HTML files copied from public/: served under their own name, while every other HTML file is a page served without `.html`. */
  publicHtml: ReadonlySet<string>;
}

/** One policy for every way of serving (lib/security/headers.ts): the Node server's proxy sends the same. */
export { IMMUTABLE_CACHE, PAGE_CACHE_CONTROL as SHORT_CACHE } from '@/lib/security/headers';
export const isAdmin = (p: string) => p === ADMIN.path || p.startsWith(`${ADMIN.path}/`);

/** `/` redirects by cookie and Accept-Language (as proxy.ts answers). */
const PERSONAL = { cacheControl: 'private, no-store', vary: 'Cookie, Accept-Language' };

/** As the Node server labels them (route handlers, Next's static file server); nginx gets exactly these, whatever its own mime.types says. */
export const CONTENT_TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  // Next's client reads the RSC payloads of an export as text/plain.
  txt: 'text/plain; charset=utf-8',
  css: 'text/css; charset=utf-8',
  js: 'application/javascript; charset=utf-8',
  mjs: 'application/javascript; charset=utf-8',
  json: 'application/json; charset=utf-8',
  map: 'application/json; charset=utf-8',
  xml: 'application/xml; charset=utf-8',
  webmanifest: 'application/manifest+json; charset=utf-8',
  svg: 'image/svg+xml',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  avif: 'image/avif',
  ico: 'image/x-icon',
  woff: 'font/woff',
  woff2: 'font/woff2',
  ttf: 'font/ttf',
  otf: 'font/otf',
  pdf: 'application/pdf',
  wasm: 'application/wasm',
};
export const FEED_CONTENT_TYPE = 'application/rss+xml; charset=utf-8';
/** app/robots.ts is answered by Next as plain text without a charset. */
export const ROBOTS_CONTENT_TYPE = 'text/plain';

/** The CSP for one exported HTML file: its own inline scripts by hash, never 'unsafe-inline'. */
export function getPageCsp(hashes: readonly string[]): string {
  return getContentSecurityPolicy({ inlineScripts: hashes });
}

/** Directives that say nothing about what a page may load, so a second policy made of them cannot block the first one's scripts; the editor's policy has the same values. */
const NON_FETCH_DIRECTIVES = ['object-src', 'frame-ancestors', 'form-action'];

export function getNonFetchCsp(): string {
  return getPageCsp([])
    .split(';')
    .map((d) => d.trim())
    .filter((d) => NON_FETCH_DIRECTIVES.includes(d.split(' ')[0]!))
    .join('; ');
}

/** The address a reader uses for an exported HTML file: `/hi/articles/x.html` → `/hi/articles/x`; public files keep their name. */
export function pageAddress(site: StaticSite, htmlFile: string): string {
  return site.publicHtml.has(htmlFile) ? htmlFile : htmlFile.replace(/\.html$/, '');
}

/** Article addresses whose slug exists, but not in that language: each answers 404 with its own page, which offers the other languages. */
export function getMissingTranslations(routing: RoutingManifest): string[] {
  return Object.entries(routing.languages).flatMap(([slug, published]) =>
    locales.filter((l) => !published.includes(l)).map((l) => articlePath(l, slug)),
  );
}

export const ERROR_PAGES = new Set(['/404.html', '/_not-found.html']);

// ---------------------------------------------------------------- nginx

/** A problem with the export or the content that the deploy files cannot express: a message for whoever runs the build, not a stack trace. */
export class StaticSiteError extends Error {}

/** A double-quoted nginx string. `$` cannot be escaped in nginx, so a value that nginx would expand must not hold one. */
function quote(value: string, { expands = false } = {}): string {
  if (/[\r\n]/.test(value) || (expands && value.includes('$'))) {
    throw new StaticSiteError(`cannot write ${JSON.stringify(value)} into the nginx config: it holds a line break${expands ? ' or $' : ''}`);
  }
  return `"${value.replace(/[\\"]/g, '\\$&')}"`;
}

/**
 * A map keyed by `$uri`: nginx compares it decoded, so the keys are decoded
 * paths; an NFD spelling is added where it differs (the proxy compares in NFC).
 * nginx compares map keys regardless of ASCII letter case and refuses two that
 * differ only in case. Volatile: a map's value is otherwise kept for the whole
 * request, and error_page's internal redirect changes $uri.
 */
function uriMap(name: string, fallback: string, entries: Iterable<[string, string]>): string {
  const lines: string[] = [];
  const folded = new Map<string, string>();
  for (const [key, value] of entries) {
    for (const spelling of new Set([key, key.normalize('NFD')])) {
      const fold = spelling.replace(/[A-Z]/g, (c) => c.toLowerCase());
      const other = folded.get(fold);
      if (other !== undefined && other !== spelling) {
        throw new StaticSiteError(`${other} and ${spelling} differ only in letter case, which nginx does not tell apart — rename or remove one (an alias: edit the article's aliases:)`);
      }
      folded.set(fold, spelling);
      lines.push(`    ${quote(spelling)} ${quote(value, { expands: true })};`);
    }
  }
  return [`map $uri ${name} {`, '    volatile;', `    default ${quote(fallback)};`, ...lines, '}'].join('\n');
}

/** Primary language subtag → locale, as lib/i18n/negotiate-locale.ts matches ranges. */
export function languageAlternatives(): [string, Locale][] {
  const pairs = new Map<string, Locale>();
  for (const locale of locales) {
    pairs.set(locale, locale);
    pairs.set(localeFacts[locale].tag.toLowerCase().split('-')[0]!, locale);
  }
  return [...pairs];
}

/**
 * For `http { … }`: the maps the server block reads. Accept-Language is read
 * in the order the ranges are listed, skipping q=0 and ranges of other
 * languages; proxy.ts orders them by q first. Browsers list ranges in falling
 * q order, so the two agree for them (docs/deploy.md).
 */
export function renderNginxHttpConf(site: StaticSite): string {
  const languages = languageAlternatives();
  const alternatives = [...languages.map(([tag]) => tag), '\\*'].join('|');
  // One range: the language, optional subtags, then parameters unless they say q=0.
  const firstRange = `~*^(?:[^,]*,)*?\\s*(?<vs_lang>${alternatives})(?:-[a-z0-9]{1,8})*\\s*(?:;(?![^,]*q\\s*=\\s*0(?:\\.0{0,3})?\\s*(?:[;,]|$))[^,]*)?(?:,|$)`;
  const maxKey = Math.max(64, ...[...site.pages.keys(), ...Object.keys(site.routing.aliases)].map((k) => Buffer.byteLength(k) * 2));
  return [
    '# Generated by `npm run build:static` (lib/deploy/serving-config.ts): include inside http { }.',
    `# Sizes for maps with one key per page; set them here, not twice, if your nginx.conf has its own.`,
    `map_hash_max_size ${Math.max(2048, 2 ** Math.ceil(Math.log2(site.pages.size * 2 + 1)))};`,
    `map_hash_bucket_size ${2 ** Math.ceil(Math.log2(maxKey + 32))};`,
    `map $http_accept_language $vs_accept_language {\n    default "";\n    ${quote(firstRange)} $vs_lang;\n}`,
    `map $vs_accept_language $vs_browser_locale {\n    default ${defaultLocale};\n${languages.map(([tag, locale]) => `    ~*^${tag}$ ${locale};`).join('\n')}\n}`,
    // The switcher's remembered choice wins when it names a language of the site (as isLocale checks it).
    `map "$cookie_${LOCALE_COOKIE}:$vs_browser_locale" $vs_home {\n${locales.map((l) => `    ~^${l}:[a-z]+$ ${homePath(l)};`).join('\n')}\n${locales.map((l) => `    ~:${l}$ ${homePath(l)};`).join('\n')}\n    default ${homePath(defaultLocale)};\n}`,
    `map $request_method $vs_allow {\n${ALLOWED_METHODS.map((m) => `    ${m} "";`).join('\n')}\n    default ${quote(ALLOW_HEADER)};\n}`,
    uriMap('$vs_alias_target', '', Object.entries(site.routing.aliases)),
    uriMap('$vs_not_found_page', '/404.html', getMissingTranslations(site.routing).map((path) => [path, `${path}.html`])),
    // Keyed by the file nginx is sending: `try_files $uri.html` and error_page both leave $uri naming it.
    uriMap('$vs_script_hashes', '', [...site.pages].map(([file, hashes]) => [file, hashes.join(' ')])),
    '',
  ].join('\n');
}

function headerLines(site: StaticSite, { cacheControl, csp, extra = [], openerPolicy }: { cacheControl?: string; csp: string; extra?: [string, string][]; openerPolicy?: string }): string[] {
  const security = getSecurityHeaders({ https: site.siteUrl.protocol === 'https:', inlineScripts: [] })
    .filter(([name]) => name !== 'Content-Security-Policy')
    .map(([name, value]): [string, string] => [name, name === 'Cross-Origin-Opener-Policy' && openerPolicy ? openerPolicy : value]);
  return addHeaders([['Content-Security-Policy', csp], ...security, ...(cacheControl ? [['Cache-Control', cacheControl] as [string, string]] : []), ...extra]);
}

/** `always`: 404s, 405s and redirects carry them too. Each location repeats them, because one add_header in a location drops all inherited ones. */
function addHeaders(headers: readonly (readonly [string, string])[]): string[] {
  return headers.map(([name, value]) => `add_header ${name} ${quote(value, { expands: !value.includes('$vs_') })} always;`);
}

function block(head: string, lines: string[]): string {
  return `${head} {\n${lines.map((l) => `    ${l}`.replace(/\n/g, '\n    ')).join('\n')}\n}`;
}

/**
 * For a `server { … }` block, after its `listen`, `server_name` and `root`
 * (the export folder). Order of answers as in proxy.ts: method, trailing
 * slash (Next redirects it before the proxy), `/…/page/1`, aliases, missing
 * translations, then files; anything else is the site's 404 page.
 */
export function renderNginxSiteConf(site: StaticSite): string {
  const origin = site.siteUrl.origin;
  const staticCsp = getPageCsp([]);
  const pageCsp = getPageCsp(['$vs_script_hashes']);
  const typeLines = Object.entries(CONTENT_TYPES).map(([ext, type]) => `${quote(type)} ${ext};`);
  const publicHtml = [...site.publicHtml].filter((file) => !isAdmin(file)).sort();
  const adminHeaders = headerLines(site, { csp: ADMIN.csp, cacheControl: SHORT_CACHE, openerPolicy: ADMIN.openerPolicy });
  return [
    '# Generated by `npm run build:static` (lib/deploy/serving-config.ts): include inside server { }, after root <the export folder>.',
    '# Needs http.conf (same folder) included in http { }; brotli.conf too where the brotli_static module is loaded.',
    ...headerLines(site, { csp: staticCsp, extra: [['Allow', '$vs_allow']] }),
    block('types', typeLines),
    'default_type application/octet-stream;',
    'gzip_static on;',
    'gzip_vary on;',
    // The trailing-slash redirect is relative, as Next sends it; the others name SITE_URL, as proxy.ts builds them.
    'absolute_redirect off;',
    'error_page 404 $vs_not_found_page;',
    // A broken %-escape (/%) is a 400 to nginx; the Node server answers it as an address that names no page.
    'error_page 400 =404 /404.html;',
    block(`if ($request_method !~ ^(?:${ALLOWED_METHODS.join('|')})$)`, ['return 405;']),
    // Next turns a backslash into a slash before redirecting; these rules cannot, and a Location of /\host is another site to a browser.
    block('if ($request_uri ~ "^[^?]*\\x5c")', ['return 404;']),
    // Repeated slashes, then a trailing one, as Next redirects them: $uri has the slashes merged, but is decoded, so it stands in only for a path without escapes.
    block('if ($request_uri ~ "^[^?%]*//")', ['return 308 $uri$is_args$args;']),
    block('if ($request_uri ~ "^([^?]*?)//+([^?]*)(\\?.*)?$")', ['return 308 $1/$2$3;']),
    block('if ($request_uri ~ "^([^?]*[^/?])/+(\\?.*)?$")', ['return 308 $1$2;']),
    block('if ($request_uri ~ "^(/[^?]+?)/page/1(\\?.*)?$")', [`return 308 ${quote(`${origin}$1$2`)};`]),
    block('if ($vs_alias_target)', [`return 308 ${quote(`${origin}$vs_alias_target$is_args$args`)};`]),
    block('if ($vs_not_found_page != /404.html)', ['return 404;']),
    '',
    block('location = /', [...headerLines(site, { csp: staticCsp, cacheControl: PERSONAL.cacheControl, extra: [['Vary', PERSONAL.vary]] }), `return 307 ${quote(`${origin}$vs_home$is_args$args`)};`]),
    block(`location ^~ ${buildAssetsPathPrefix}`, [
      // Build files are never documents: only what acts on a script or a font (BUILD_ASSET_HEADERS).
      ...addHeaders([...BUILD_ASSET_HEADERS, ['Cache-Control', IMMUTABLE_CACHE]]),
      block('location ~ \\.(?:br|gz)$', ['return 404;']),
    ]),
    // Next's own 404 route and the precompressed copies are not addresses of the site.
    block('location ^~ /_not-found', ['return 404;']),
    block('location = /404', ['return 404;']),
    block('location ~ \\.(?:br|gz)$', ['return 404;']),
    // Pages are reached by their address, never as `….html` (the Node server answers that 404); error_page may still send them.
    block('location ~ \\.html$', ['internal;', ...headerLines(site, { csp: pageCsp, cacheControl: SHORT_CACHE })]),
    ...publicHtml.map((file) => block(`location = ${quote(file)}`, headerLines(site, { csp: pageCsp, cacheControl: SHORT_CACHE }))),
    ...(site.publicHtml.has(ADMIN.page)
      ? [
          block(`location = ${ADMIN.path}`, [...adminHeaders, `try_files ${ADMIN.page} =404;`]),
          block(`location ^~ ${ADMIN.path}/`, [...adminHeaders, block('location ~ \\.(?:br|gz)$', ['return 404;'])]),
        ]
      : []),
    ...locales.map((l) =>
      block(`location = ${feedPath(l)}`, [...headerLines(site, { csp: staticCsp, cacheControl: SHORT_CACHE }), 'types { }', `default_type ${quote(FEED_CONTENT_TYPE)};`]),
    ),
    block(`location = ${robotsPath}`, [...headerLines(site, { csp: staticCsp, cacheControl: SHORT_CACHE }), 'types { }', `default_type ${quote(ROBOTS_CONTENT_TYPE)};`]),
    block('location = /_headers', ['return 404;']),
    block('location = /_redirects', ['return 404;']),
    block('location /', [...headerLines(site, { csp: staticCsp, cacheControl: SHORT_CACHE }), 'try_files $uri @page;']),
    block('location @page', [...headerLines(site, { csp: pageCsp, cacheControl: SHORT_CACHE }), 'try_files $uri.html =404;']),
    '',
  ].join('\n');
}

export interface NginxServer {
  port: number;
  /** Folder for the pid file, logs and nginx's temporary files. */
  runDir: string;
  exportDir: string;
  confDir: string;
  /** ngx_http_brotli_static_module's file, when this machine has it. */
  brotliModule?: string;
  /** Started as root, nginx would run its workers as nobody, who may not read the export; name the caller instead. Ignored (and left out) otherwise. */
  user?: string;
}

/** A whole nginx.conf around the generated includes, as `npm run serve:static` runs it (unprivileged, in the foreground). */
export function renderNginxMainConf({ port, runDir, exportDir, confDir, brotliModule, user }: NginxServer): string {
  const run = (name: string) => quote(path.join(runDir, name));
  return [
    ...(brotliModule ? [`load_module ${quote(brotliModule)};`] : []),
    ...(user ? [`user ${quote(user)};`] : []),
    'worker_processes auto;',
    `pid ${run('nginx.pid')};`,
    `error_log ${run('error.log')} warn;`,
    block('events', ['worker_connections 1024;']),
    block('http', [
      `access_log ${run('access.log')};`,
      ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `${t}_temp_path ${run(t)};`),
      'sendfile on;',
      'tcp_nopush on;',
      'keepalive_timeout 65;',
      `include ${quote(path.join(confDir, 'http.conf'))};`,
      block('server', [
        `listen ${port};`,
        'server_name _;',
        `root ${quote(exportDir)};`,
        `include ${quote(path.join(confDir, 'site.conf'))};`,
        ...(brotliModule ? [`include ${quote(path.join(confDir, 'brotli.conf'))};`] : []),
      ]),
    ]),
    '',
  ].join('\n');
}

/** Only where ngx_http_brotli_static_module is loaded (Debian: libnginx-mod-http-brotli-static). */
export function renderNginxBrotliConf(): string {
  return '# Generated by `npm run build:static`: include inside server { } where ngx_http_brotli_static_module is loaded.\nbrotli_static on;\n';
}

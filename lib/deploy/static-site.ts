import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants as zlib, gzip } from 'node:zlib';
import type { RoutingManifest } from '@/lib/content/routing';
import { ROUTING_FILE } from '@/lib/content/site-content';
import { getSnapshotDir } from './build-folders';
import { locales } from '@/lib/i18n/locales';
import { articlePath, articleShareImagePath, buildAssetsPathPrefix, feedPath, robotsPath, searchPath, searchResultPath, searchShardPath, sitemapPath, siteShareImagePath } from '@/lib/routes';
import { getSiteUrl } from '@/lib/site-url';
import { renderNginxBrotliConf, renderNginxHttpConf, renderNginxSiteConf, StaticSiteError, type StaticSite } from './serving-config';
import { getExportDir, walkBuildFiles } from './build-folders';
import { rewritePagesAfterBuild } from './page-documents';
import { dropExportSegmentPrefetches, type Discard } from './segment-prefetches';
import { renderHeadersFile, renderRedirectsFile } from './static-hosts';

/**
 * The last step of `npm run build:static`, on the folder `next build` exported:
 * check it holds the whole site, drop the `/…/page/1` copies (those addresses
 * redirect) and the segment prefetch files (no page requests them), the
 * payloads' copies of the inlined stylesheet, start every page's scripts
 * after its first paint, pin every page's inline scripts by hash, write
 * precompressed copies, `_headers` and `_redirects` into it, and the nginx
 * config beside it.
 */
export { StaticSiteError };

/** Beside the export, not in it: nothing in it is served. */
export function getNginxConfDir(exportDir = getExportDir()): string {
  return `${exportDir}.nginx`;
}

// ---------------------------------------------------------------- completeness

/** Paths (from the site's root) that sitemap files list, read from the files themselves. */
function sitemapLocations(xml: string, origin: string): string[] {
  return [...xml.matchAll(/<loc>\s*([^<\s]+)\s*<\/loc>/g)].map((m) => m[1]!.replace(/&amp;/g, '&')).filter((u) => u.startsWith(origin)).map((u) => decodeURI(u.slice(origin.length)) || '/');
}

/**
 * Every file a reader can ask for: each article address in every language
 * (a missing translation is its own page), every page the sitemaps list,
 * feeds, share images, search pages and index files, robots, the 404 page and
 * every /_next/static file a page refers to. Lists what is missing, or nothing.
 */
export function findMissingFiles(exportDir: string, routing: RoutingManifest, origin: string): string[] {
  // A file: the folder of the same name (a page's share image, or Next's prefetch files) does not serve the address.
  const has = (file: string) => statSync(path.join(exportDir, file), { throwIfNoEntry: false })?.isFile() ?? false;
  const page = (address: string) => (has(`${address}.html`) ? undefined : `${address}.html (the page ${address})`);
  const missing: (string | undefined)[] = [];
  const need = (file: string) => missing.push(has(file) ? undefined : file);
  need('/404.html');
  need(robotsPath);
  need(sitemapPath);
  for (const locale of locales) {
    need(feedPath(locale));
    need(siteShareImagePath(locale));
    missing.push(page(searchPath(locale)));
    const search = path.join(exportDir, `${searchPath(locale)}.html`);
    const shards = existsSync(search) ? /shardCount\\?"\s*:\s*(\d+)/.exec(readFileSync(search, 'utf8'))?.[1] : undefined;
    if (shards === undefined) missing.push(`the search index size in ${searchPath(locale)}.html (shardCount)`);
    for (let n = 0; n < Number(shards ?? 0); n++) need(searchShardPath(locale, n));
    const published = Object.entries(routing.languages).filter(([, ls]) => ls.includes(locale));
    published.forEach((_, n) => need(searchResultPath(locale, n)));
    for (const [slug] of published) need(articleShareImagePath(locale, slug));
    for (const slug of Object.keys(routing.languages)) missing.push(page(articlePath(locale, slug)));
  }
  if (has(sitemapPath)) {
    const parts = sitemapLocations(readFileSync(path.join(exportDir, sitemapPath), 'utf8'), origin);
    for (const part of parts) need(part);
    for (const part of parts.filter(has)) {
      for (const address of sitemapLocations(readFileSync(path.join(exportDir, part), 'utf8'), origin)) missing.push(has(address) ? undefined : page(address));
    }
  }
  const assets = new Set<string>();
  for (const file of walkBuildFiles(exportDir)) {
    if (!file.endsWith('.html')) continue;
    for (const m of readFileSync(path.join(exportDir, file), 'utf8').matchAll(/["'(](\/_next\/static\/[^"'()?#\s\\]+)/g)) assets.add(m[1]!);
  }
  for (const asset of assets) need(asset);
  return [...new Set(missing.filter((m): m is string => m !== undefined))].sort();
}

// ---------------------------------------------------------------- inline scripts

/** Script types a browser runs (HTML's "JavaScript MIME type essence", module, importmap, speculationrules); any other type is a data block, such as JSON-LD. */
const RUNS = /^(?:|module|importmap|speculationrules|(?:text|application)\/(?:x-)?(?:javascript|ecmascript)|text\/(?:jscript|livescript|javascript1\.[0-5]))$/;

/** `'sha256-…'` for each inline script of a page that executes, in page order, each once; CSP hashes the text as the parser reads it (CRLF becomes LF). */
export function getInlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const m of html.matchAll(/<script\b((?:[^>"']|"[^"]*"|'[^']*')*)>([\s\S]*?)<\/script\s*>/gi)) {
    const attributes = m[1]!;
    if (/(?:^|\s)src\s*=/i.test(attributes)) continue;
    const type = /(?:^|\s)type\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/i.exec(attributes);
    const essence = (type ? (type[1] ?? type[2] ?? type[3] ?? '') : '').split(';')[0]!.trim().toLowerCase();
    if (!RUNS.test(essence)) continue;
    const text = m[2]!.replace(/\r\n?/g, '\n');
    hashes.add(`'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`);
  }
  return [...hashes];
}

// ---------------------------------------------------------------- compression

const COMPRESSIBLE = /\.(?:html|txt|css|js|mjs|json|map|xml|svg|webmanifest|ico)$/;
/** Below this, a compressed copy saves less than a packet. */
export const MIN_COMPRESS_BYTES = 1024;

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/**
 * Brotli 11 for /_next/static (a few hashed files every visitor downloads,
 * the same at any site size), Brotli 6 and gzip 9 for everything else: at 11,
 * pages compress about 40 times slower for 10% fewer bytes, which at 10,000
 * articles is an hour of build (docs/deploy.md has the figures).
 */
export function compressionFor(file: string): { brotliQuality: number; gzipLevel: number } {
  return { brotliQuality: file.startsWith(buildAssetsPathPrefix) ? 11 : 6, gzipLevel: 9 };
}

async function compressFile(exportDir: string, file: string): Promise<number> {
  const full = path.join(exportDir, file);
  const data = readFileSync(full);
  if (data.length < MIN_COMPRESS_BYTES) return 0;
  const { brotliQuality, gzipLevel } = compressionFor(file);
  const [br, gz] = await Promise.all([
    brotli(data, { params: { [zlib.BROTLI_PARAM_QUALITY]: brotliQuality, [zlib.BROTLI_PARAM_SIZE_HINT]: data.length } }),
    gzipAsync(data, { level: gzipLevel }),
  ]);
  // A copy no smaller than the file would only cost the reader a decompression.
  if (br.length < data.length) writeFileSync(`${full}.br`, br);
  if (gz.length < data.length) writeFileSync(`${full}.gz`, gz);
  return 1;
}

/** Compresses on libuv's thread pool, a few files at a time per core. */
export async function precompress(exportDir: string, files: readonly string[]): Promise<number> {
  const queue = files.filter((f) => COMPRESSIBLE.test(f));
  let done = 0;
  const worker = async () => {
    for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
      const written = await compressFile(exportDir, file);
      done += written;
    }
  };
  await Promise.all(Array.from({ length: Math.max(2, availableParallelism()) * 2 }, worker));
  return done;
}

// ---------------------------------------------------------------- the step

export interface FinishOptions {
  exportDir?: string;
  snapshotDir?: string;
  publicDir?: string;
  siteUrl?: URL;
  log?: (line: string) => void;
  /** What becomes of the segment prefetch files (default: deleted at once). */
  discard?: Discard;
}

/** Throws StaticSiteError when the export is incomplete. */
export async function prepareStaticSite(options: FinishOptions = {}): Promise<StaticSite> {
  const exportDir = options.exportDir ?? getExportDir();
  const log = options.log ?? ((line: string) => process.stdout.write(`${line}\n`));
  const siteUrl = options.siteUrl ?? getSiteUrl();
  const routingFile = path.join(options.snapshotDir ?? getSnapshotDir(), ROUTING_FILE);
  if (!existsSync(exportDir) || !statSync(exportDir).isDirectory()) throw new StaticSiteError(`${exportDir} does not exist: next build did not export the site there (is NEXT_OUTPUT=export set? npm run build:static sets it)`);
  if (!existsSync(routingFile)) throw new StaticSiteError(`${routingFile} does not exist: build with npm run build:static, which compiles the content first`);
  const routing = JSON.parse(readFileSync(routingFile, 'utf8')) as RoutingManifest;

  const missing = findMissingFiles(exportDir, routing, siteUrl.origin);
  if (missing.length > 0) {
    throw new StaticSiteError(`The export in ${exportDir} is incomplete; these files are missing:\n${missing.map((m) => `  ${m}`).join('\n')}\nRebuild with npm run build:static; if it happens again, a route no longer prerenders (check generateStaticParams and dynamicParams).`);
  }

  // `/…/page/1` redirects to its list (proxy.ts, the nginx config, _redirects): its copy would only shadow the redirect on static hosts.
  for (const file of walkBuildFiles(exportDir)) {
    if (/\/page\/1\.(?:html|txt)$/.test(file)) {
      rmSync(path.join(exportDir, file));
      rmSync(path.join(exportDir, file.replace(/\.(?:html|txt)$/, '')), { recursive: true, force: true });
    }
  }

  const segments = dropExportSegmentPrefetches(exportDir, options.discard);
  log(`Dropped ${segments} segment prefetch files, which no page of this site requests (lib/deploy/segment-prefetches.ts).`);
  // Before the scripts are hashed: this rewrites the pages' inline payloads and adds each page's script starter.
  log(await rewritePagesAfterBuild({ pagesDir: exportDir, payloadExtension: '.txt', staticDir: path.join(exportDir, '_next/static') }));

  const publicDir = options.publicDir ?? path.resolve('public');
  const publicHtml = new Set(existsSync(publicDir) ? [...walkBuildFiles(publicDir)].filter((f) => f.endsWith('.html')) : []);
  const files = [...walkBuildFiles(exportDir)].filter((f) => !/\.(?:br|gz)$/.test(f));
  const pages = new Map(files.filter((f) => f.endsWith('.html')).sort().map((f) => [f, getInlineScriptHashes(readFileSync(path.join(exportDir, f), 'utf8'))]));
  const site: StaticSite = { siteUrl, routing, pages, publicHtml };

  // Rendered before the long compression, so a manifest nginx cannot express stops the build at once.
  const hostFiles = { _headers: renderHeadersFile(site), _redirects: renderRedirectsFile(site) };
  const nginxFiles = { 'http.conf': renderNginxHttpConf(site), 'site.conf': renderNginxSiteConf(site), 'brotli.conf': renderNginxBrotliConf() };

  const started = performance.now();
  const compressed = await precompress(exportDir, files);
  log(`Precompressed ${compressed} files (Brotli and gzip) in ${((performance.now() - started) / 1000).toFixed(1)} s.`);

  for (const [name, text] of Object.entries(hostFiles)) writeFileSync(path.join(exportDir, name), text);
  const confDir = getNginxConfDir(exportDir);
  mkdirSync(confDir, { recursive: true });
  for (const [name, text] of Object.entries(nginxFiles)) writeFileSync(path.join(confDir, name), text);
  log(`Static site: ${exportDir} (${pages.size} HTML files, each with its own script hashes; _headers and _redirects inside). nginx config: ${confDir}/ — npm run serve:static serves it.`);
  return site;
}

/** What scripts/build.ts calls: a problem becomes a message and exit code 1, not a stack trace. */
export async function finishStaticSite(options: FinishOptions = {}): Promise<void> {
  try {
    await prepareStaticSite(options);
  } catch (error) {
    if (!(error instanceof StaticSiteError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exitCode = 1;
  }
}

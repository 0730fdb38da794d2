import { spawnSync } from 'node:child_process';
import { cpSync, existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { prepareAdminFor } from '@/lib/cms/prepare';
import { loadContent } from '@/lib/content/check';
import { formatReport } from '@/lib/content/report';
import { compileRoutingManifest } from '@/lib/content/routing';
import { buildSiteContent, compileSnapshot, getContentRoot, getSnapshotDir, writeSnapshot } from '@/lib/content/site-content';
import { finishStaticSite } from '@/lib/deploy/static-site';
import { getCardCacheDir } from '@/lib/share-image/card-cache';
import { drawMissingCards, getBuildCards } from '@/lib/share-image/draw-cards';
import { describeSiteUrlUse } from '@/lib/site-url';

/**
 * `npm run build` (Node server and standalone folder) and `npm run build:static`
 * (a folder of files for nginx or a static host). Both check the content as
 * `npm run content:check` does and refuse bad content before Next starts, then
 * compile it once, with one clock, into the snapshot every page reads.
 */
const { values } = parseArgs({ options: { static: { type: 'boolean', default: false } } });
const staticSite = values.static ?? false;

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

const siteUrl = describeSiteUrlUse(process.env.SITE_URL);
if (siteUrl.problem) fail(siteUrl.problem);
if (!siteUrl.set) {
  if (staticSite) fail(`SITE_URL is not set — a static site cannot fix its links after the build. Set it to the public address, e.g. SITE_URL=https://vyapar.example npm run build:static`);
  process.stderr.write(`${siteUrl.warning}\n`);
}

const now = Date.now();
const contentRoot = getContentRoot();
const content = loadContent(contentRoot, now);
process.stdout.write(formatReport(content.problems, { articles: content.articles.length }));
if (content.problems.some((p) => p.severity === 'error')) process.exit(1);

const site = buildSiteContent(content, { includeDrafts: false, includeScheduled: false, now });
writeSnapshot(getSnapshotDir(), compileSnapshot(content, site.visible, now), compileRoutingManifest(site.visible));

// Share images: drawn here, on every core, into a cache kept across builds (lib/share-image/draw-cards.ts), so Next's route handlers only read them.
const cards = await drawMissingCards(getBuildCards(site.visible, content.registries.organisations));
process.stdout.write(`Share images: ${cards.drawn} of ${cards.cards} drawn (${cards.threads} thread${cards.threads > 1 ? 's' : ''}, ${(cards.milliseconds / 1000).toFixed(1)} s), the rest from ${getCardCacheDir()}\n`);

// The editor at /admin (docs/editing.md) is files in public/admin/: its bundle and a config generated from this content's schema and registries.
await prepareAdminFor(contentRoot);

/**
 * Next leaves the standalone server without the browser assets and public/
 * (it expects a CDN or a copy step); with them it is one folder to deploy.
 */
function completeStandalone(): void {
  const distDir = process.env.NEXT_DIST_DIR || '.next';
  const folder = path.join(distDir, 'standalone');
  if (!existsSync(folder)) fail(`${folder} was not written — next.config.ts must keep output: 'standalone' for npm run build`);
  cpSync(path.join(distDir, 'static'), path.join(folder, distDir, 'static'), { recursive: true });
  cpSync('public', path.join(folder, 'public'), { recursive: true });
}

const next = spawnSync(process.execPath, ['node_modules/next/dist/bin/next', 'build'], {
  stdio: 'inherit',
  env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...(staticSite ? { NEXT_OUTPUT: 'export' } : {}) },
});
if (next.status !== 0) process.exit(next.status ?? 1);

if (staticSite) finishStaticSite();
else completeStandalone();

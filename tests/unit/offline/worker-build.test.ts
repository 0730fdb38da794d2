import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { getFileManifestEntries } from '@serwist/build';
import { describe, expect, it } from 'vitest';
import { describeLivePath, getLivePaths } from '@/lib/content/check';
import { locales } from '@/lib/i18n/locales';
import { getBuildDir } from '@/lib/deploy/build-folders';
import { getWorkerBuildOptions, readBuildId } from '@/lib/offline/worker-route';
import { offlinePath, serviceWorkerPath } from '@/lib/routes';
import { getSitemapEntries } from '@/lib/sitemap/entries';
import { useFixtureSite } from '../support/fixture-site';
import { makeFileTempFolder } from '../support/temp-folder';

useFixtureSite();

const root = makeFileTempFolder('sw-build');

function write(file: string, text = 'x') {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), text);
}

describe('the precache list', () => {
  it("holds this build's scripts, styles, woff2 fonts, the icon and both offline pages, at their addresses — not woff copies, source maps or the editor", async () => {
    const buildDir = '.next-synthetic';
    for (const file of ['static/chunks/app.js', 'static/chunks/styles.css', 'static/chunks/app.js.map', 'static/media/font.woff2', 'static/media/font.woff', 'server/app/hi.html', 'BUILD_ID']) write(`${buildDir}/${file}`);
    for (const file of ['favicon.svg', 'admin/index.html', 'admin/decap-cms.js', 'images/cover.jpg']) write(`public/${file}`);
    const { globPatterns, modifyURLPrefix, dontCacheBustURLsMatching, additionalPrecacheEntries } = getWorkerBuildOptions(buildDir, 'synthetic-build');
    const { manifestEntries } = await getFileManifestEntries({
      globDirectory: root,
      globPatterns: globPatterns!,
      modifyURLPrefix,
      dontCacheBustURLsMatching,
      additionalPrecacheEntries,
      globFollow: true,
      globIgnores: [],
      globStrict: true,
      maximumFileSizeToCacheInBytes: 2 * 1024 * 1024,
      disablePrecacheManifest: false,
    });
    const byUrl = new Map(manifestEntries!.map((entry) => [entry.url, entry.revision]));
    expect([...byUrl.keys()].sort()).toEqual(['/_next/static/chunks/app.js', '/_next/static/chunks/styles.css', '/_next/static/media/font.woff2', '/favicon.svg', ...locales.map(offlinePath)].sort());
    // Hashed names are their own version; the offline pages are versioned by the build, the icon by its content.
    expect(byUrl.get('/_next/static/chunks/app.js')).toBeNull();
    for (const locale of locales) expect(byUrl.get(offlinePath(locale))).toBe('synthetic-build');
    expect(byUrl.get('/favicon.svg')).toMatch(/^[0-9a-f]{32}$/);
  });

  it("versions the offline pages by the build's id, as next build wrote it", () => {
    write('.next-with-id/BUILD_ID', 'Q7pv8RcnChZtDwo6YjjAc\n');
    expect(readBuildId(path.join(root, '.next-with-id'))).toBe('Q7pv8RcnChZtDwo6YjjAc');
    expect(readBuildId(path.join(root, '.next-never-built'))).toBe('development');
  });

  it('reads the build folder as next build uses it: NEXT_DIST_DIR, but .next for a static export into a custom folder', () => {
    expect(getBuildDir({ NEXT_DIST_DIR: '.next-e2e-fixture' })).toBe('.next-e2e-fixture');
    expect(getBuildDir({})).toBe('.next');
    expect(getBuildDir({ NEXT_DIST_DIR: '.next-e2e-static', NEXT_OUTPUT: 'export' })).toBe('.next');
  });
});

describe('the addresses of offline reading', () => {
  const live = getLivePaths({ locales, articles: [], registryIds: { organisations: [], tags: [] } });

  it('are reserved, so an article alias cannot take them', () => {
    expect(describeLivePath(serviceWorkerPath, live)).toBe('the offline-reading service worker');
    for (const locale of locales) expect(describeLivePath(offlinePath(locale), live)).toMatch(/^the offline page/);
  });

  it('are not in the sitemap', () => {
    const listed = locales.flatMap((locale) => getSitemapEntries(locale).map((entry) => new URL(entry.url).pathname));
    expect(listed.length).toBeGreaterThan(0);
    for (const address of [serviceWorkerPath, ...locales.map(offlinePath)]) expect(listed).not.toContain(address);
  });
});

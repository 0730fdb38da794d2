import { prepareAdminFor } from '@/lib/cms/prepare';
import { loadContent } from '@/lib/content/check';
import { CONTENT_CHECKED } from '@/lib/deploy/previous-build';
import { formatReport } from '@/lib/content/report';
import { compileRoutingManifest } from '@/lib/content/routing';
import { buildSiteContent, compileSnapshot, getContentRoot, writeSnapshot } from '@/lib/content/site-content';
import { getSnapshotDir } from '@/lib/deploy/build-folders';
import { installParseMemo } from '@/lib/markdown/parse-memo';
import { getParseCacheDir, openParseCache } from '@/lib/markdown/parse-cache';
import { getBuiltFilesDir, writeBuiltFiles, type BuiltFile } from '@/lib/deploy/built-files';
import { searchIndexFilesOf, writeSearchIndexes } from '@/lib/search/build-search-index';
import { getCardCacheDir, getCardCachePath } from '@/lib/share-image/card-cache';
import { drawMissingCards, getBuildCards } from '@/lib/share-image/draw-cards';

/**
 * What `npm run build` (scripts/build.ts) does before `next build`: checks the
 * content as `npm run content:check` does and refuses bad content, compiles
 * it once, with one clock, into the snapshot and search indexes every page
 * reads, draws the share images and prepares the editor. A process of its
 * own, so the whole site it loads (hundreds of MB at thousands of articles)
 * is given back before Next's workers start, instead of being held beside
 * them through the build.
 */
// Bodies parsed by earlier builds are read back, not parsed again (lib/markdown/parse-cache.ts).
const parseCache = openParseCache();
installParseMemo(parseCache);

const now = Date.now();
const contentRoot = getContentRoot();
const content = loadContent(contentRoot, now);
process.stdout.write(formatReport(content.problems, { articles: content.articles.length }));
if (content.problems.some((p) => p.severity === 'error')) process.exit(1);
// scripts/build.ts may now delete the previous build while this one works (lib/deploy/previous-build.ts).
process.send?.(CONTENT_CHECKED, undefined, undefined, () => process.disconnect?.());

// The editor at /admin (docs/editing.md) is files in public/admin/: its bundle and a config generated from this content's schema and registries.
// Its script is bundled by esbuild, in a process of its own: started now, it works beside the steps below (the step took 3.35–3.38 s at 1,000 article pages, against 3.49–3.55 s with the editor prepared last).
const admin = prepareAdminFor(contentRoot);
admin.catch(() => undefined);

const site = buildSiteContent(content, { includeDrafts: false, includeScheduled: false, now });

// Share images: drawn here, on every core, into a cache kept across builds (lib/share-image/draw-cards.ts), so the build only reads them.
// The worker threads start now and draw while this thread compiles, which uses one core.
const cards = getBuildCards(site.visible, content.registries);
const drawing = drawMissingCards(cards.map(({ card }) => card));
// Awaited below; a failure until then must not count as unhandled.
drawing.catch(() => undefined);

writeSnapshot(getSnapshotDir(), compileSnapshot(content, site.visible, now), compileRoutingManifest(site.visible));
const searchIndexes = writeSearchIndexes(getSnapshotDir(), site);

parseCache.prune();
const { parsed, stored } = parseCache.counts;
process.stdout.write(`Markdown: ${parsed} of ${parsed + stored} results parsed, the rest from ${getParseCacheDir()}\n`);

const drawn = await drawing;
process.stdout.write(`Share images: ${drawn.drawn} of ${drawn.cards} drawn (${drawn.threads} thread${drawn.threads > 1 ? 's' : ''}, ${(drawn.milliseconds / 1000).toFixed(1)} s), the rest from ${getCardCacheDir()}${drawn.pruned ? `, where ${drawn.pruned} card${drawn.pruned > 1 ? 's' : ''} no page uses now ${drawn.pruned > 1 ? 'were' : 'was'} deleted` : ''}\n`);

// A Node server answers share images and search index files from files written here (lib/deploy/built-files.ts); a static export's pages prerender them.
if (process.env.NEXT_OUTPUT !== 'export') {
  const files: BuiltFile[] = [
    ...cards.map(({ address, card }) => ({ address, linkTo: getCardCachePath(card) })),
    ...[...searchIndexes].flatMap(([locale, index]) => [...searchIndexFilesOf(locale, index)].map(([address, text]) => ({ address, text }))),
  ];
  writeBuiltFiles(getBuiltFilesDir(), files);
}

await admin;

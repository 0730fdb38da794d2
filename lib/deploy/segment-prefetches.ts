import { readdirSync, rmdirSync, rmSync } from 'node:fs';
import path from 'node:path';

/**
 * Next 16 writes, beside every prerendered page, the files its router reads
 * when a `<Link>` prefetches that page segment by segment: a `.segments/`
 * folder per page in a server build (`_full`, a byte copy of the page's
 * `.rsc`, `_tree`, and one file per layout and page), and `__next.*.txt` files
 * in a static export. This site never prefetches: links are plain anchors that
 * components/in-app-navigation.tsx hands to the router on a click (no module
 * imports `<Link>` or calls a router's prefetch(): tests/unit/app/links.test.ts),
 * and a click fetches the page's whole payload
 * (`.rsc`, or `.txt` in an export), not its segments (tests/e2e/links.test.ts).
 * At 1,000 article pages the segment files were about a third of the build's
 * output (docs/benchmarks.md), and `next start` read every one of a page's
 * segment files each time it loaded the page into its cache. A server build's
 * prerender workers no longer write them (scripts/next-skip-segment-files.cjs);
 * what is below deletes a static export's, and any a server build still has.
 *
 * Dropping them relies on how Next reads its cache (Next 16.4.6): a page's
 * `.meta` file lists its segment files under `segmentPaths`, and one that
 * cannot be read is treated as a segment without a prefetch
 * (file-system-cache.js), so a segment prefetch request answers 404 while the
 * page and its payload are served as before. tests/e2e/serving.test.ts asks
 * every server for both. The `.meta` files are left as they are: rewriting
 * them cost about 4 s of a 3,000-page build (both copies; the standalone step
 * took 5.2 s with it and 0.7 s without, in two benchmark runs), to save
 * `next start` a few failed reads the first time it loads each page into its
 * memory cache.
 */

/** What becomes of the files found: deleted at once, or (scripts/build.ts) set aside and deleted with the previous build. */
export type Discard = (paths: readonly string[]) => void;

const deleteNow: Discard = (paths) => {
  for (const file of paths) rmSync(file, { recursive: true, force: true });
};

/**
 * A server build's `server/app` folder (in the dist folder, and its copy in
 * the standalone folder): each page's `.segments/` folder goes. Returns how
 * many pages had one.
 */
export function dropServerSegmentPrefetches(appDir: string, discard: Discard = deleteNow): number {
  const folders: string[] = [];
  const visit = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (!entry.isDirectory()) continue;
      const full = path.join(dir, entry.name);
      if (entry.name.endsWith('.segments')) folders.push(full);
      else visit(full);
    }
  };
  visit(appDir);
  discard(folders);
  return folders.length;
}

/** Next's name for a segment prefetch file in a static export. */
const EXPORT_SEGMENT_FILE = /^__next\..*\.txt$/;

/**
 * A static export, before it is precompressed: every `__next.*.txt` file goes,
 * and a folder left empty by that goes too (a static host would otherwise
 * answer its address with a trailing-slash redirect or a listing instead of
 * the page beside it). Returns how many files went.
 */
export function dropExportSegmentPrefetches(exportDir: string, discard: Discard = deleteNow): number {
  const files: string[] = [];
  const emptied: string[] = [];
  const visit = (dir: string): boolean => {
    let kept = 0;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isFile() && EXPORT_SEGMENT_FILE.test(entry.name)) files.push(full);
      else if (!entry.isDirectory() || !visit(full)) kept++;
    }
    if (kept === 0) emptied.push(dir);
    return kept === 0;
  };
  visit(exportDir);
  discard(files);
  // Deepest first; never the export folder itself.
  for (const dir of emptied.filter((d) => d !== exportDir)) rmdirSync(dir);
  return files.length;
}

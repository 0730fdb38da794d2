/**
 * Fenced (Next.js 16.4.6; docs/workarounds.md, "Relying on Next's cache format:
 * segment prefetch files are not kept"). `next build` writes, beside every
 * prerendered page of a server build, a `.segments/` folder of files its router
 * reads when a `<Link>` prefetches the page segment by segment; there is no
 * setting to turn them off, and no page of this site prefetches
 * (lib/deploy/segment-prefetches.ts says why). They were written by the
 * prerender workers, copied into the standalone folder by Next, and deleted by
 * the build afterwards: at 3,000 article pages about 17,000 files a copy (4 a
 * page, as counted at 1,000 article pages), and Next's standalone copy took
 * 8.0 s with them, 3.0 s without.
 *
 * scripts/build.ts preloads this file into a server build's `next build`; in
 * its prerender workers (IS_NEXT_WORKER, set by Next) the writer Next gives
 * each page (next/dist/lib/multi-file-writer.js, created in
 * next/dist/export/worker.js) skips any file inside a `.segments` folder.
 * The page, its payload and its `.meta` (which still lists the segment files;
 * `next start` answers a request for one with 404) are written as before.
 * tests/unit/scripts/next-skip-segment-files.test.ts pins both Next files; if
 * Next stops using them, that test fails, and the build's own drop step
 * (lib/deploy/segment-prefetches.ts) still deletes whatever gets written.
 */
/** Next's RSC_SEGMENTS_DIR_SUFFIX (next/dist/lib/constants.js), as a folder in a path. */
const SEGMENTS_FOLDER = /\.segments[\\/]/;

if (process.env.IS_NEXT_WORKER === 'true') {
  // Next's own copy, as its workers load it: resolved from the project folder they run in.
  const { MultiFileWriter } = require(require.resolve('next/dist/lib/multi-file-writer', { paths: [process.cwd()] }));
  const append = MultiFileWriter.prototype.append;
  MultiFileWriter.prototype.append = function appendUnlessSegmentFile(filePath, data) {
    if (SEGMENTS_FOLDER.test(filePath)) return;
    append.call(this, filePath, data);
  };
}

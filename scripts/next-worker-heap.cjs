/**
 * WORKAROUND (Next.js 16.4.6; docs/workarounds.md, "Next's prerender workers
 * cannot be given a heap limit"). `next build` starts its static-generation
 * workers without `--max-old-space-size`, even when NODE_OPTIONS has it
 * (next/dist/build/index.js, createStaticWorker: `isolatedMemory: true`, "as it
 * can cause memory issues"), so V8 sizes their heaps for the whole machine and
 * lets garbage pile up: at 10,000 article pages each of the two reached about
 * 840 MB resident.
 *
 * V8's heap growing factor, unlike the size limit, still takes effect when set
 * once the process runs (seen: tests/unit/scripts/next-worker-heap.test.ts). scripts/build.ts preloads
 * this file into `next build`; in its workers (IS_NEXT_WORKER, set by Next) the
 * old generation may grow by half of what survived the last collection before
 * V8 collects again, instead of by the factor V8 picks for itself. Measured at 10,000 article
 * pages, one build each way: peak memory of the whole build 2,114 → 1,579 MB
 * (the workers then held under 300 MB each), static generation 4.8 → 5.0 min
 * (docs/benchmarks.md).
 *
 * Remove it when tests/unit/scripts/next-worker-heap.test.ts says Next passes
 * --max-old-space-size on to these workers: a limit in NODE_OPTIONS is then the
 * plain way to bound them.
 */
const GROWING_PERCENT = 50;

if (process.env.IS_NEXT_WORKER === 'true') require('node:v8').setFlagsFromString(`--heap-growing-percent=${GROWING_PERCENT}`);

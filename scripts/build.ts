import { spawn } from 'node:child_process';
import { cpSync, existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { CONTENT_CHECKED, deleteSetAside, KEPT_BY_NEXT, setAsideBuildFiles, setAsidePreviousOutput } from '@/lib/deploy/previous-build';
import { getBuildDir, getExportDir } from '@/lib/deploy/build-folders';
import { getBuiltFilesDir, linkBuiltFiles } from '@/lib/deploy/built-files';
import { rewritePagesAfterBuild } from '@/lib/deploy/page-documents';
import { dropServerSegmentPrefetches } from '@/lib/deploy/segment-prefetches';
import { describeSiteUrlUse } from '@/lib/site-url';

/**
 * `npm run build` (Node server and standalone folder) and `npm run build:static`
 * (a folder of files for nginx or a static host): scripts/prepare-build.ts
 * checks and compiles the content, then `next build`, then the folder is
 * completed for its way of serving.
 */
const { values } = parseArgs({ options: { static: { type: 'boolean', default: false } } });
const staticSite = values.static ?? false;
const distDir = process.env.NEXT_DIST_DIR || '.next';
/** What `next build` runs with (and where it builds follows from: lib/deploy/build-folders.ts). */
const nextBuildEnv: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...(staticSite ? { NEXT_OUTPUT: 'export' } : {}) };

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

/**
 * Next leaves the standalone server without the browser assets and public/
 * (it expects a CDN or a copy step), and it never saw the built files; with
 * them it is one folder to deploy.
 * The segment prefetch files no page requests go from the build and its copy,
 * and so do the payloads' copies of the inlined stylesheet; every page starts
 * its scripts after its first paint.
 */
async function completeStandalone(): Promise<void> {
  const folder = path.join(distDir, 'standalone');
  if (!existsSync(folder)) fail(`${folder} was not written — next.config.ts must keep output: 'standalone' for npm run build`);
  cpSync(path.join(distDir, 'static'), path.join(folder, distDir, 'static'), { recursive: true });
  cpSync('public', path.join(folder, 'public'), { recursive: true });
  // The share images and search index files, where the server looks for them (lib/deploy/built-files.ts).
  linkBuiltFiles(path.join(folder, path.relative(process.cwd(), getBuiltFilesDir())));
  const pages = [path.join(distDir, 'server/app'), path.join(folder, distDir, 'server/app')].map((appDir) => dropServerSegmentPrefetches(appDir, discardLater));
  // Next's workers no longer write them (scripts/next-skip-segment-files.cjs); any that were written still go.
  if (pages[0]) process.stdout.write(`Dropped the segment prefetch files of ${pages[0]} pages, which no page of this site requests (lib/deploy/segment-prefetches.ts); scripts/next-skip-segment-files.cjs should have kept Next from writing them (docs/workarounds.md).\n`);
  const rewritten = await rewritePagesAfterBuild({ pagesDir: path.join(distDir, 'server/app'), payloadExtension: '.rsc', staticDir: path.join(distDir, 'static'), copies: [path.join(folder, distDir, 'server/app')] });
  process.stdout.write(`${rewritten}\n`);
}

/** Files the finished build does not need, deleted with the previous build once this one is written: thousands of files take seconds of waiting on the disk. */
const discardLater = (paths: readonly string[]) => setAsideBuildFiles(path.dirname(path.resolve(distDir)), paths);

/** Runs one step of the build in a process of its own, its output shown as it comes; the build stops at the first that fails. */
async function runStep(args: string[], env: NodeJS.ProcessEnv = process.env, onMessage?: (message: unknown) => void): Promise<void> {
  const status = await new Promise<number | null>((resolve, reject) => {
    const step = spawn(process.execPath, args, { stdio: onMessage ? ['inherit', 'inherit', 'inherit', 'ipc'] : 'inherit', env });
    if (onMessage) step.on('message', onMessage);
    step.on('error', reject);
    step.on('exit', (code, signal) => resolve(signal ? 1 : code));
  });
  if (status !== 0) process.exit(status ?? 1);
}

/**
 * The previous build's output is moved aside at once and deleted after this
 * build, instead of by Next before it starts (a fenced workaround,
 * lib/deploy/previous-build.ts); only once the content has passed its check,
 * so content the check refuses leaves the last good build in place.
 */
function discardPrevious(): void {
  // Where Next itself will build: a static export into a custom folder is built in .next.
  const buildDir = path.resolve(getBuildDir(nextBuildEnv));
  const exportDir = getExportDir(distDir);
  setAsidePreviousOutput([{ dir: buildDir, keep: KEPT_BY_NEXT }, ...(staticSite && exportDir !== buildDir ? [{ dir: exportDir }] : [])]);
}

/** Seconds each step took, printed at the end: where a slow build's time went. */
const stepSeconds: [string, number][] = [];
let stepStarted = performance.now();
function stepDone(name: string): void {
  const now = performance.now();
  stepSeconds.push([name, (now - stepStarted) / 1000]);
  stepStarted = now;
}

// With this process's Node options: the TypeScript loader, and a benchmark's --cpu-prof (scripts/bench-build.ts) for the card-drawing threads too.
await runStep([...process.execArgv, 'scripts/prepare-build.ts'], nextBuildEnv, (message) => {
  if (message === CONTENT_CHECKED) discardPrevious();
});

/**
 * Node options for `next build`: the caller's, plus two fenced workarounds
 * preloaded into its workers: the bound on their garbage
 * (scripts/next-worker-heap.cjs) and, for a server build, the segment prefetch
 * files they no longer write (scripts/next-skip-segment-files.cjs).
 */
function nextBuildNodeOptions(): string {
  const preloads = ['scripts/next-worker-heap.cjs', ...(staticSite ? [] : ['scripts/next-skip-segment-files.cjs'])].map((file) => path.resolve(file));
  // NODE_OPTIONS splits on spaces unless a value is quoted.
  return [process.env.NODE_OPTIONS, ...preloads.map((preload) => `--require=${/\s/.test(preload) ? JSON.stringify(preload) : preload}`)].filter(Boolean).join(' ');
}

stepDone('content and share images');
await runStep(['node_modules/next/dist/bin/next', 'build'], { ...nextBuildEnv, NODE_OPTIONS: nextBuildNodeOptions() });
stepDone('next build');

// Loaded only for an export: it reads the routing manifest through the content code, which a server build's last step does without (about 0.8 s to load).
if (staticSite) await (await import('@/lib/deploy/static-site')).finishStaticSite({ discard: discardLater });
else await completeStandalone();
stepDone(staticSite ? 'static site files' : 'standalone folder');

// Nothing is written any more: the disk is free for it.
deleteSetAside();
const total = stepSeconds.reduce((sum, [, seconds]) => sum + seconds, 0);
process.stdout.write(`Build finished in ${total.toFixed(1)} s: ${stepSeconds.map(([name, seconds]) => `${name} ${seconds.toFixed(1)} s`).join(', ')}.\n`);

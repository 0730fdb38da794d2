import { spawn } from 'node:child_process';
import { cpSync, existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { finishStaticSite } from '@/lib/deploy/static-site';
import { describeSiteUrlUse } from '@/lib/site-url';

/**
 * `npm run build` (Node server and standalone folder) and `npm run build:static`
 * (a folder of files for nginx or a static host): scripts/prepare-build.ts
 * checks and compiles the content, then `next build`, then the folder is
 * completed for its way of serving.
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

/** Runs one step of the build in a process of its own, its output shown as it comes; the build stops at the first that fails. */
async function runStep(args: string[], env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const status = await new Promise<number | null>((resolve, reject) => {
    const step = spawn(process.execPath, args, { stdio: 'inherit', env });
    step.on('error', reject);
    step.on('exit', (code, signal) => resolve(signal ? 1 : code));
  });
  if (status !== 0) process.exit(status ?? 1);
}

// With this process's Node options: the TypeScript loader, and a benchmark's --cpu-prof (scripts/bench-build.ts) for the card-drawing threads too.
await runStep([...process.execArgv, 'scripts/prepare-build.ts']);

/** Node options for `next build`: the caller's, plus the bound on its workers' garbage (a fenced workaround, scripts/next-worker-heap.cjs). */
function nextBuildNodeOptions(): string {
  const preload = path.resolve('scripts/next-worker-heap.cjs');
  // NODE_OPTIONS splits on spaces unless a value is quoted.
  return [process.env.NODE_OPTIONS, `--require=${/\s/.test(preload) ? JSON.stringify(preload) : preload}`].filter(Boolean).join(' ');
}

await runStep(['node_modules/next/dist/bin/next', 'build'], { ...process.env, NODE_OPTIONS: nextBuildNodeOptions(), NEXT_TELEMETRY_DISABLED: '1', ...(staticSite ? { NEXT_OUTPUT: 'export' } : {}) });

if (staticSite) finishStaticSite();
else completeStandalone();

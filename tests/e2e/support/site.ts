import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface SiteSpec {
  name: string;
  contentDir: string;
  /** Extra settings for this site's build and server. */
  env?: Record<string, string>;
  /** `npm run build:static`: a folder of files for nginx instead of a Node server. */
  static?: boolean;
  /** The project folder to build and serve from (default: this one), e.g. a changed copy of it. */
  cwd?: string;
}

export interface RunningSite {
  url: string;
  stop(): void;
}

const nextBin = 'node_modules/next/dist/bin/next';
const tsxCli = 'node_modules/tsx/dist/cli.mjs';

export function distDirOf(spec: SiteSpec): string {
  return `.next-e2e-${spec.name}`;
}

export function siteEnv(spec: SiteSpec, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: '1',
    NODE_ENV: 'production',
    CONTENT_DIR: spec.contentDir,
    NEXT_DIST_DIR: distDirOf(spec),
    ...spec.env,
    ...extra,
  };
}

/** `npm run build` (or `build:static`) as a deploy runs it: content check, compiled snapshot, then Next. Returns what it printed. */
export function buildSite(spec: SiteSpec): string {
  const args = [tsxCli, 'scripts/build.ts', ...(spec.static ? ['--static'] : [])];
  const result = spawnSync(process.execPath, args, { cwd: spec.cwd, env: siteEnv(spec), encoding: 'utf8' });
  if (result.status !== 0) {
    throw new Error(`the build of the ${spec.name} site failed:\n${result.stdout}\n${result.stderr}`);
  }
  return `${result.stdout}\n${result.stderr}`;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** Waits until `url` answers below 500; the server's output is in the error when it does not. */
async function waitForServer(child: ChildProcess, url: string, what: string, output: () => string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${what} exited:\n${output()}`);
    try {
      const response = await fetch(url);
      if (response.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill('SIGKILL');
  throw new Error(`${what} did not answer within ${timeoutMs / 1000} s:\n${output()}`);
}

function collectOutput(child: ChildProcess): () => string {
  let output = '';
  child.stdout?.on('data', (d) => (output += d));
  child.stderr?.on('data', (d) => (output += d));
  return () => output;
}

export async function startSite(spec: SiteSpec, extraEnv: Record<string, string> = {}): Promise<RunningSite> {
  const port = await freePort();
  // Bound the default way, as `npm run serve` does; the standalone server below is the one bound to 127.0.0.1.
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [nextBin, 'start', '-p', String(port)], {
    cwd: spec.cwd,
    env: siteEnv(spec, { SITE_URL: url, ...extraEnv }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  await waitForServer(child, `${url}/hi`, `next start (${spec.name})`, collectOutput(child));
  return { url, stop: () => child.kill('SIGTERM') };
}

/**
 * The standalone folder deployed as docs/deploy.md says: copied elsewhere and
 * nothing else — no content/, no sources, no node_modules of the project —
 * then `node server.js` bound to 127.0.0.1.
 */
export async function startStandalone(spec: SiteSpec, extraEnv: Record<string, string> = {}): Promise<RunningSite> {
  const dist = distDirOf(spec);
  const folder = mkdtempSync(path.join(tmpdir(), `vyapar-standalone-${spec.name}-`));
  cpSync(path.join(dist, 'standalone'), folder, { recursive: true });
  for (const source of ['content', 'tests', 'app', 'lib']) {
    if (existsSync(path.join(folder, source))) throw new Error(`${dist}/standalone holds ${source}/: the server must run from the build alone (see outputFileTracingExcludes in next.config.ts)`);
  }
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, ['server.js'], {
    cwd: folder,
    // Only what a server would have: no CONTENT_DIR, no NEXT_DIST_DIR.
    env: { PATH: process.env.PATH, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1', HOSTNAME: '127.0.0.1', PORT: String(port), SITE_URL: url, ...extraEnv },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  await waitForServer(child, `${url}/hi`, `the standalone server (${spec.name})`, collectOutput(child));
  return {
    url,
    stop: () => {
      child.kill('SIGTERM');
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

/**
 * `npm run serve:static`: Debian's nginx over a static export, with the config
 * the build generated. The export's links were fixed at build time, so the
 * port is chosen before the build (see staticSpec) and served here.
 */
export async function startStatic(spec: SiteSpec, port: number): Promise<RunningSite> {
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [tsxCli, 'scripts/serve-static.ts'], {
    env: { ...process.env, STATIC_DIR: distDirOf(spec), PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group, so stopping it also stops nginx's master and workers.
    detached: true,
  });
  await waitForServer(child, `${url}/hi`, `nginx (${spec.name})`, collectOutput(child));
  return {
    url,
    stop: () => {
      try {
        process.kill(-child.pid!, 'SIGTERM');
      } catch {
        // already gone
      }
    },
  };
}

import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';

export interface SiteSpec {
  name: string;
  contentDir: string;
  /** Extra settings for this site's build and server. */
  env?: Record<string, string>;
}

export interface RunningSite {
  url: string;
  stop(): void;
}

const nextBin = 'node_modules/next/dist/bin/next';

export function siteEnv(spec: SiteSpec, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: '1',
    NODE_ENV: 'production',
    CONTENT_DIR: spec.contentDir,
    NEXT_DIST_DIR: `.next-e2e-${spec.name}`,
    ...spec.env,
    ...extra,
  };
}

export function buildSite(spec: SiteSpec): void {
  const result = spawnSync(process.execPath, [nextBin, 'build'], { env: siteEnv(spec), encoding: 'utf8' });
  if (result.status !== 0) {
    throw new Error(`next build of the ${spec.name} site failed:\n${result.stdout}\n${result.stderr}`);
  }
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export async function startSite(spec: SiteSpec, extraEnv: Record<string, string> = {}): Promise<RunningSite> {
  const port = await freePort();
  // Bound the default way: with `-H 127.0.0.1` Next sends the proxy's rewrites back through the proxy.
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [nextBin, 'start', '-p', String(port)], {
    env: siteEnv(spec, { SITE_URL: url, ...extraEnv }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start (${spec.name}) exited:\n${output}`);
    try {
      const response = await fetch(`${url}/hi`);
      if (response.status < 500) return { url, stop: () => child.kill('SIGTERM') };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill('SIGKILL');
  throw new Error(`next start (${spec.name}) did not answer within 30 s:\n${output}`);
}

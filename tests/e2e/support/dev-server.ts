import { spawn } from 'node:child_process';

export interface DevServer {
  url: string;
  stop(): void;
}

/**
 * `npm run dev` (scripts/dev.ts: next dev plus the proxy's routing manifest) on a folder of content, as an editor runs it. Port 0
 * lets the system choose a free port; the server prints the one it got.
 */
export async function startDevServer(contentDir: string, timeoutMs = 150_000): Promise<DevServer> {
  const child = spawn(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/dev.ts', '-p', '0'], {
    env: { ...process.env, NODE_ENV: 'development', NEXT_TELEMETRY_DISABLED: '1', CONTENT_DIR: contentDir, NEXT_DIST_DIR: '.next-e2e-dev' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const stop = () => child.kill('SIGTERM');
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next dev exited:\n${output}`);
    const port = /localhost:(\d+)/.exec(output)?.[1];
    if (port) {
      // Compiling the first page is the slow part; wait for it here rather than in a test.
      const response = await fetch(`http://localhost:${port}/en`).catch(() => undefined);
      if (response && response.status < 500) return { url: `http://localhost:${port}`, stop };
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  stop();
  throw new Error(`next dev did not answer within ${timeoutMs / 1000} s:\n${output}`);
}

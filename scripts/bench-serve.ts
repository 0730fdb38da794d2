import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, createReadStream, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer as createHttpServer, type Server } from 'node:http';
import { createServer as createNetServer } from 'node:net';
import { cpus, tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';

/**
 * `npm run bench:serve`: one article of the fixture site served four ways on
 * this machine — nginx over the static export, the standalone server,
 * `next start`, and a bare Node static file server holding the same bytes (the
 * baseline) — in requests per second and p99 latency, loopback only. Results
 * go to the "Serving" section of docs/benchmarks.md. A benchmark, not a test.
 */
const { values } = parseArgs({ options: { seconds: { type: 'string', default: '10' }, connections: { type: 'string', default: '10' }, write: { type: 'boolean', default: true } } });
const seconds = Number(values.seconds);
const connections = Number(values.connections);
const ARTICLE = '/hi/articles/synthetic-fair-pair';
const work = mkdtempSync(path.join(tmpdir(), 'vyapar-bench-serve-'));
const tsx = 'node_modules/tsx/dist/cli.mjs';
const children: ChildProcess[] = [];
const distDirs: string[] = [];

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createNetServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

function build(name: string, staticSite: boolean, siteUrl: string): string {
  // Next wants its dist folder inside the project (.next-* is gitignored); removed at the end.
  const distDir = `.next-bench-serve-${name}`;
  distDirs.push(distDir, `${distDir}-content`, `${distDir}.nginx`);
  const args = [tsx, 'scripts/build.ts', ...(staticSite ? ['--static'] : [])];
  const result = spawnSync(process.execPath, args, { env: { ...process.env, CONTENT_DIR: 'tests/fixtures/site', NEXT_DIST_DIR: distDir, SITE_URL: siteUrl, NODE_ENV: 'production' as const }, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`build ${name} failed:\n${result.stdout}\n${result.stderr}`);
  return distDir;
}

async function waitFor(url: string): Promise<void> {
  for (const deadline = Date.now() + 60_000; Date.now() < deadline; await new Promise((r) => setTimeout(r, 200))) {
    const ok = await fetch(url).then((r) => r.status === 200, () => false);
    if (ok) return;
  }
  throw new Error(`${url} did not answer`);
}

function start(command: string, args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv }): void {
  const child = spawn(command, args, { ...options, stdio: 'ignore', detached: true });
  children.push(child);
}

/** The baseline: a plain file server, no compression, no headers beyond type and length, from the export's bytes. */
function bareStaticServer(root: string): Server {
  return createHttpServer((request, response) => {
    const file = path.join(root, `${decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)}.html`);
    if (!file.startsWith(root) || !existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': statSync(file).size });
    createReadStream(file).pipe(response);
  });
}

interface Row {
  name: string;
  requests: number;
  p99: number;
  bytes: number;
}

async function measure(name: string, url: string): Promise<Row> {
  await waitFor(url);
  // A short warm-up so caches and JIT are in the same state for every server.
  await autocannon({ url, connections, duration: 2 });
  const result = await autocannon({ url, connections, duration: seconds });
  if (result.non2xx || result.errors) throw new Error(`${name}: ${result.non2xx} non-2xx answers, ${result.errors} errors`);
  return { name, requests: result.requests.average, p99: result.latency.p99, bytes: result.throughput.average / Math.max(1, result.requests.average) };
}

async function main(): Promise<Row[]> {
  const [nodePort, standalonePort, nginxPort, barePort] = await Promise.all([freePort(), freePort(), freePort(), freePort()]);
  const nodeDist = build('node', false, `http://127.0.0.1:${nodePort}`);
  const exportDir = build('static', true, `http://127.0.0.1:${nginxPort}`);

  const standalone = path.join(work, 'standalone-copy');
  cpSync(path.join(nodeDist, 'standalone'), standalone, { recursive: true });
  const serverEnv = { PATH: process.env.PATH, NODE_ENV: 'production' as const, NEXT_TELEMETRY_DISABLED: '1' };
  start(process.execPath, ['node_modules/next/dist/bin/next', 'start', '-p', String(nodePort)], { env: { ...process.env, ...serverEnv, NEXT_DIST_DIR: nodeDist, SITE_URL: `http://127.0.0.1:${nodePort}` } });
  start(process.execPath, ['server.js'], { cwd: standalone, env: { ...serverEnv, HOSTNAME: '127.0.0.1', PORT: String(standalonePort), SITE_URL: `http://127.0.0.1:${standalonePort}` } });
  start(process.execPath, [tsx, 'scripts/serve-static.ts'], { env: { ...process.env, STATIC_DIR: exportDir, PORT: String(nginxPort) } });
  const bare = bareStaticServer(path.resolve(exportDir)).listen(barePort, '127.0.0.1');

  const rows: Row[] = [];
  rows.push(await measure('bare Node static file server (baseline)', `http://127.0.0.1:${barePort}${ARTICLE}`));
  rows.push(await measure('nginx over the static export', `http://127.0.0.1:${nginxPort}${ARTICLE}`));
  rows.push(await measure('standalone server (node server.js)', `http://127.0.0.1:${standalonePort}${ARTICLE}`));
  rows.push(await measure('next start', `http://127.0.0.1:${nodePort}${ARTICLE}`));
  bare.close();
  return rows;
}

function stopAll(): void {
  for (const child of children) {
    try {
      process.kill(-child.pid!, 'SIGTERM');
    } catch {
      // already gone
    }
  }
  for (const folder of [work, ...distDirs]) rmSync(folder, { recursive: true, force: true });
}

function report(rows: Row[]): string {
  const baseline = rows[0]!;
  const load = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
  const lines = [
    '## Serving',
    '',
    `\`npm run bench:serve\` (scripts/bench-serve.ts), ${new Date().toISOString().slice(0, 10)}, ${cpus().length} cores (${cpus()[0]?.model.trim()}), Node ${process.version}, load average after the run ${load}.`,
    `One article of the fixture site (${ARTICLE}), autocannon over loopback, ${connections} connections, ${seconds} s after a 2 s warm-up, no Accept-Encoding (every server sends the same uncompressed page).`,
    '',
    '| server | requests/s | ratio to baseline | p99 latency | bytes/response |',
    '| --- | ---: | ---: | ---: | ---: |',
    ...rows.map((r) => `| ${r.name} | ${Math.round(r.requests)} | ${(r.requests / baseline.requests).toFixed(2)}× | ${r.p99} ms | ${Math.round(r.bytes)} |`),
    '',
  ];
  return lines.join('\n');
}

const SECTION = /## Serving\n[\s\S]*?(?=\n## |$)/;

try {
  const rows = await main();
  const text = report(rows);
  process.stdout.write(`${text}\n`);
  if (values.write) {
    const doc = 'docs/benchmarks.md';
    const current = existsSync(doc) ? readFileSync(doc, 'utf8') : '# Benchmarks\n';
    writeFileSync(doc, SECTION.test(current) ? current.replace(SECTION, text.trimEnd()) : `${current.trimEnd()}\n\n${text}`);
  }
} finally {
  stopAll();
}

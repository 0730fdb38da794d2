import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, createReadStream, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer as createHttpServer, type Server } from 'node:http';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { freePort } from '../tests/e2e/support/site';
import { NEXT_BIN, writeBareNextApp } from './bare-next-app';

/**
 * `npm run bench:serve`: one article of the fixture site served by nginx over
 * the static export, the standalone server and `next start`, against two
 * baselines holding the same article — a bare Node static file server with the
 * export's bytes (for nginx) and a bare Next.js App Router page of the same
 * text under `next start` (for the Next servers, as issue #10 asks) — in
 * requests per second and p99 latency, loopback only. Then the Cache-Control
 * each server sends for a page, the feed, a share image, a search-index file
 * and a hashed asset, against the rule for a CDN in front. Results go to the
 * "Serving" section of docs/benchmarks.md. A benchmark, not a test.
 */
const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '10' },
    connections: { type: 'string', default: '10' },
    rounds: { type: 'string', default: '3' },
    write: { type: 'boolean', default: true },
  },
});
const seconds = Number(values.seconds);
const connections = Number(values.connections);
const rounds = Number(values.rounds);
const ARTICLE = '/hi/articles/synthetic-fair-pair';
const FEED = '/hi/feed.xml';
const SEARCH_WORDS = '/hi/search-index/words';
const tsx = 'node_modules/tsx/dist/cli.mjs';
const work = mkdtempSync(path.join(tmpdir(), 'vyapar-bench-serve-'));
const children: ChildProcess[] = [];
const servers: Server[] = [];
const distDirs: string[] = [];
// A static export builds in .next whatever NEXT_DIST_DIR says (that names only the export): remove it unless it was there before.
if (!existsSync('.next')) distDirs.push('.next');
// next build adds its dist folder's types to tsconfig.json; the benchmark's dist folders are temporary, so the file goes back as it was.
const tsconfig = readFileSync('tsconfig.json', 'utf8');
const loadBefore = loadavg().map((l) => l.toFixed(2)).join(' ');

function build(name: string, staticSite: boolean, siteUrl: string): string {
  // Next wants its dist folder inside the project (.next-* is gitignored); removed at the end.
  const distDir = `.next-bench-serve-${name}`;
  distDirs.push(distDir, `${distDir}-content`, `${distDir}.nginx`);
  const args = [tsx, 'scripts/build.ts', ...(staticSite ? ['--static'] : [])];
  const result = spawnSync(process.execPath, args, { env: { ...process.env, CONTENT_DIR: 'tests/fixtures/site', NEXT_DIST_DIR: distDir, SITE_URL: siteUrl, NODE_ENV: 'production' as const }, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`build ${name} failed:\n${result.stdout}\n${result.stderr}`);
  return distDir;
}

/** The article's visible text as the site renders it: the inner HTML of its one <article>, and the page's <title>. */
function articleOf(exportDir: string): { title: string; body: string } {
  const html = readFileSync(path.join(exportDir, `${ARTICLE.slice(1)}.html`), 'utf8');
  const articles = [...html.matchAll(/<article\b[^>]*>([\s\S]*?)<\/article>/g)];
  const title = /<title>([^<]*)<\/title>/.exec(html)?.[1];
  if (articles.length !== 1 || title === undefined) throw new Error(`${ARTICLE}: expected one <article> and a <title>, found ${articles.length} and ${title === undefined ? 'none' : 'one'}`);
  const entities: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#x27;': "'", '&#39;': "'" };
  return { title: title.replace(/&(?:amp|lt|gt|quot|#x27|#39);/g, (e) => entities[e]!), body: articles[0]![1]! };
}

/**
 * Issue #10's baseline: the leanest App Router app (as bench-build's bare
 * blog: this repo's next and node_modules, default config), with one static
 * page at the article's address whose body is the article's text, in
 * <article>, in a plain layout. No proxy, no headers of its own.
 */
function buildBareNextApp(dir: string, article: { title: string; body: string }): void {
  writeBareNextApp(dir, 'bench-serve-bare-next', {
    'app/layout.tsx': `export const metadata = { title: ${JSON.stringify(article.title)} };
export default function RootLayout({ children }: { children: React.ReactNode }) {
  return <html lang="hi"><body>{children}</body></html>;
}
`,
    [`app${ARTICLE}/page.tsx`]: `const body = ${JSON.stringify(article.body)};
export default function Article() {
  return <article dangerouslySetInnerHTML={{ __html: body }} />;
}
`,
  });
  const result = spawnSync(process.execPath, [NEXT_BIN, 'build'], { cwd: dir, env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' as const }, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`bare Next app: next build failed:\n${result.stdout}\n${result.stderr}`);
  // Served from the prerendered file, as the site's article is; a dynamic page would not be the same comparison.
  if (!existsSync(path.join(dir, '.next/server/app', `${ARTICLE.slice(1)}.html`))) throw new Error(`bare Next app: ${ARTICLE} was not prerendered:\n${result.stdout}`);
}

async function waitFor(url: string): Promise<void> {
  for (const deadline = Date.now() + 60_000; Date.now() < deadline; await new Promise((r) => setTimeout(r, 200))) {
    const ok = await fetch(url).then((r) => r.status === 200, () => false);
    if (ok) return;
  }
  throw new Error(`${url} did not answer`);
}

/** In its own process group, so stopping it stops what it started (tsx's child, nginx and its workers). */
function start(command: string, args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv }): void {
  const child = spawn(command, args, { ...options, stdio: 'ignore', detached: true });
  children.push(child);
}

/** The file servers' baseline: a plain file server, no compression, no headers beyond type and length, from the export's bytes. */
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

interface Target {
  name: string;
  origin: string;
  /** The row this one's requests/s are divided by; none for a baseline. */
  against?: string;
}

interface Row extends Target {
  requests: number;
  p99: number;
  bytes: number;
  /** Requests/s of every round, in order. */
  each: number[];
}

async function measureOnce(target: Target): Promise<Omit<Row, keyof Target>> {
  const url = `${target.origin}${ARTICLE}`;
  // A short warm-up so caches and JIT are in the same state for every server.
  await autocannon({ url, connections, duration: 2 });
  const result = await autocannon({ url, connections, duration: seconds });
  if (result.non2xx || result.errors) throw new Error(`${target.name}: ${result.non2xx} non-2xx answers, ${result.errors} errors`);
  return { requests: result.requests.average, p99: result.latency.p99, bytes: result.throughput.average / Math.max(1, result.requests.average), each: [] };
}

/** Every server once per round, in turn, so a change in the machine's load falls on all of them; each row is its median round. */
async function measureAll(targets: Target[]): Promise<Row[]> {
  for (const target of targets) await waitFor(`${target.origin}${ARTICLE}`);
  const results = targets.map(() => [] as Omit<Row, keyof Target>[]);
  for (let round = 0; round < rounds; round++) {
    for (const [i, target] of targets.entries()) {
      const result = await measureOnce(target);
      results[i]!.push(result);
      process.stdout.write(`round ${round + 1}/${rounds}: ${target.name}: ${Math.round(result.requests)} requests/s\n`);
    }
  }
  return targets.map((target, i) => {
    const median = [...results[i]!].sort((a, b) => a.requests - b.requests)[Math.floor((rounds - 1) / 2)]!;
    return { ...target, ...median, each: results[i]!.map((r) => r.requests) };
  });
}

// ---------------------------------------------------------------- Cache-Control

/** A year: what Next and lib/security/headers.ts's IMMUTABLE_CACHE give a hashed file. */
const LONG_MAX_AGE = 31536000;

interface HeaderCheck {
  server: string;
  kind: string;
  address: string;
  status: number;
  cacheControl: string;
  ok: boolean;
}

/** Hashed assets: `immutable` and max-age of a year or more. Everything else: `s-maxage` and `stale-while-revalidate`, so a CDN keeps it briefly and refreshes it behind the readers. */
function meetsRule(hashed: boolean, value: string): boolean {
  const directive = (name: string) => new RegExp(`(?:^|[,\\s])${name}(?:=(\\d+))?(?:$|[,\\s])`, 'i').exec(value);
  if (hashed) return Boolean(directive('immutable')) && Number(directive('max-age')?.[1] ?? 0) >= LONG_MAX_AGE;
  return directive('s-maxage')?.[1] !== undefined && directive('stale-while-revalidate')?.[1] !== undefined;
}

async function checkHeaders(server: string, origin: string, searchFile: string): Promise<HeaderCheck[]> {
  const page = await fetch(`${origin}${ARTICLE}`);
  const script = /<script[^>]*\ssrc="(\/_next\/static\/[^"]+)"/.exec(await page.text())?.[1];
  if (!script) throw new Error(`${server}: ${ARTICLE} names no script under /_next/static/`);
  const addresses: [string, string][] = [
    ['article page (HTML)', ARTICLE],
    ['feed', FEED],
    ['share image', `${ARTICLE}/share-image.png`],
    ['search-index file', searchFile],
    ['hashed asset', script],
  ];
  const checks: HeaderCheck[] = [];
  for (const [kind, address] of addresses) {
    const response = await fetch(`${origin}${address}`, { redirect: 'manual' });
    await response.arrayBuffer();
    const cacheControl = response.headers.get('cache-control') ?? '';
    checks.push({ server, kind, address, status: response.status, cacheControl, ok: response.status === 200 && meetsRule(kind === 'hashed asset', cacheControl) });
  }
  return checks;
}

// ---------------------------------------------------------------- run

async function main(): Promise<{ rows: Row[]; checks: HeaderCheck[] }> {
  const [nodePort, standalonePort, nginxPort, barePort, bareNextPort] = await Promise.all([freePort(), freePort(), freePort(), freePort(), freePort()]);
  const nodeDist = build('node', false, `http://127.0.0.1:${nodePort}`);
  const exportDir = build('static', true, `http://127.0.0.1:${nginxPort}`);
  const bareNext = path.join(work, 'bare-next');
  buildBareNextApp(bareNext, articleOf(exportDir));
  const searchFile = `${SEARCH_WORDS}/${readdirSync(path.join(exportDir, SEARCH_WORDS.slice(1))).find((f) => f.endsWith('.json'))}`;

  const standalone = path.join(work, 'standalone-copy');
  cpSync(path.join(nodeDist, 'standalone'), standalone, { recursive: true });
  const serverEnv = { PATH: process.env.PATH, NODE_ENV: 'production' as const, NEXT_TELEMETRY_DISABLED: '1' };
  const nextStart = (port: number) => [NEXT_BIN, 'start', '-p', String(port), '-H', '127.0.0.1'];
  start(process.execPath, nextStart(nodePort), { env: { ...process.env, ...serverEnv, NEXT_DIST_DIR: nodeDist, SITE_URL: `http://127.0.0.1:${nodePort}` } });
  start(process.execPath, ['server.js'], { cwd: standalone, env: { ...serverEnv, HOSTNAME: '127.0.0.1', PORT: String(standalonePort), SITE_URL: `http://127.0.0.1:${standalonePort}` } });
  start(process.execPath, [tsx, 'scripts/serve-static.ts'], { env: { ...process.env, STATIC_DIR: exportDir, PORT: String(nginxPort) } });
  start(process.execPath, nextStart(bareNextPort), { cwd: bareNext, env: serverEnv });
  servers.push(bareStaticServer(path.resolve(exportDir)).listen(barePort, '127.0.0.1'));

  const origin = (port: number) => `http://127.0.0.1:${port}`;
  const FILE_BASELINE = 'bare Node static file server';
  const NEXT_BASELINE = 'bare Next page (next start)';
  const rows = await measureAll([
    { name: FILE_BASELINE, origin: origin(barePort) },
    { name: 'nginx over the static export', origin: origin(nginxPort), against: FILE_BASELINE },
    { name: NEXT_BASELINE, origin: origin(bareNextPort) },
    { name: 'standalone server (node server.js)', origin: origin(standalonePort), against: NEXT_BASELINE },
    { name: 'next start', origin: origin(nodePort), against: NEXT_BASELINE },
  ]);
  const checks = [
    ...(await checkHeaders('next start', origin(nodePort), searchFile)),
    ...(await checkHeaders('standalone server', origin(standalonePort), searchFile)),
    ...(await checkHeaders('nginx (serve-static)', origin(nginxPort), searchFile)),
  ];
  return { rows, checks };
}

function exited(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve() : child.once('exit', () => resolve())));
}

/** Stops the servers (SIGTERM, then SIGKILL after 5 s), then removes the temporary and dist folders; also on failure or Ctrl-C. */
async function stopAll(): Promise<void> {
  for (const server of servers) server.close();
  const signal = (name: NodeJS.Signals) => {
    for (const child of children) {
      try {
        process.kill(-child.pid!, name);
      } catch {
        // already gone
      }
    }
  };
  signal('SIGTERM');
  const timeout = new Promise<'timeout'>((resolve) => setTimeout(resolve, 5000, 'timeout').unref());
  if ((await Promise.race([Promise.all(children.map(exited)), timeout])) === 'timeout') signal('SIGKILL');
  for (const folder of [work, ...distDirs]) rmSync(folder, { recursive: true, force: true });
  if (readFileSync('tsconfig.json', 'utf8') !== tsconfig) writeFileSync('tsconfig.json', tsconfig);
}

for (const name of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.once(name, () => {
    process.stderr.write(`\n${name}: stopping the servers and removing the temporary folders…\n`);
    void stopAll().finally(() => process.exit(130));
  });
}

// ---------------------------------------------------------------- report

function report({ rows, checks }: { rows: Row[]; checks: HeaderCheck[] }): string {
  const loadAfter = loadavg().map((l) => l.toFixed(2)).join(' ');
  const byName = new Map(rows.map((r) => [r.name, r]));
  const ratio = (r: Row) => (r.against ? `${(r.requests / byName.get(r.against)!.requests).toFixed(2)}× the ${r.against}` : '1.00× (baseline)');
  const target = byName.get('next start')!;
  const targetRatio = target.requests / byName.get(target.against!)!.requests;
  const failed = checks.filter((c) => !c.ok);
  const command = `npm run bench:serve -- --seconds ${seconds} --connections ${connections} --rounds ${rounds}`;
  const lines = [
    '## Serving',
    '',
    `Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on ${cpus()[0]?.model.trim()} × ${cpus().length}, ${(totalmem() / 2 ** 30).toFixed(0)} GB RAM, Node ${process.version}, next ${JSON.parse(readFileSync('node_modules/next/package.json', 'utf8')).version}, nginx from serve-static.`,
    `Command: \`${command}\` (scripts/bench-serve.ts). Load average ${loadBefore} before, ${loadAfter} after (other builds were sharing the cores: compare ratios within one run only).`,
    '',
    `One article of the fixture site (${ARTICLE}), autocannon over loopback, ${connections} connections, ${seconds} s after a 2 s warm-up, no Accept-Encoding (every server sends its page uncompressed).`,
    `${rounds} round${rounds === 1 ? '' : 's'}, each measuring every server in turn; a row is its median round (requests/s of every round in the last column).`,
    'Two baselines: the bare Node static file server sends the export\'s bytes of the article (nginx is compared with it); the bare Next page is a',
    'minimal App Router app (one plain layout with `<html lang="hi">` and a title, one static page at the same address holding the article\'s',
    '`<article>` inner HTML, this repo\'s next, default config, no proxy) under `next start` (the standalone server and `next start` are compared with it).',
    'The same text, not the same bytes: the site\'s page also carries its inlined stylesheet, the site\'s header and footer, scripts and flight data (see bytes/response).',
    '',
    '| server | requests/s | ratio | p99 latency | bytes/response | requests/s each round |',
    '| --- | ---: | --- | ---: | ---: | --- |',
    ...rows.map((r) => `| ${r.name} | ${Math.round(r.requests)} | ${ratio(r)} | ${r.p99} ms | ${Math.round(r.bytes)} | ${r.each.map((n) => Math.round(n)).join(', ')} |`),
    '',
    `Target (issue #10): \`next start\` on the article ≥ the bare Next page of the same text — **${targetRatio >= 1 ? 'met' : 'not met'}, ${targetRatio.toFixed(2)}×** (${Math.round(target.requests)} against ${Math.round(byName.get(target.against!)!.requests)} requests/s).`,
    '',
    '### Cache-Control',
    '',
    `Fetched once from each server after the load. Rule for a CDN in front: a hashed asset under /_next/static/ carries \`immutable\` and max-age ≥ ${LONG_MAX_AGE} (a year); the page, the feed, the share image and the search-index file carry \`s-maxage\` and \`stale-while-revalidate\`.`,
    '',
    '| server | address kind | address | status | Cache-Control | rule met |',
    '| --- | --- | --- | ---: | --- | --- |',
    ...checks.map((c) => `| ${c.server} | ${c.kind} | ${c.address} | ${c.status} | ${c.cacheControl ? `\`${c.cacheControl}\`` : '(none)'} | ${c.ok ? 'yes' : '**no**'} |`),
    '',
    failed.length ? `Target (issue #10): correct Cache-Control — **not met** for ${failed.map((c) => `${c.kind} from ${c.server}`).join('; ')}.` : `Target (issue #10): correct Cache-Control — **met** for all ${checks.length} addresses.`,
    '',
  ];
  return lines.join('\n');
}

const SECTION = /## Serving\n[\s\S]*?(?=\n## |$)/;

try {
  const result = await main();
  const text = report(result);
  process.stdout.write(`${text}\n`);
  if (values.write) {
    const doc = 'docs/benchmarks.md';
    const current = existsSync(doc) ? readFileSync(doc, 'utf8') : '# Benchmarks\n';
    writeFileSync(doc, SECTION.test(current) ? current.replace(SECTION, text.trimEnd()) : `${current.trimEnd()}\n\n${text}`);
  }
} catch (error) {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
} finally {
  await stopAll();
}

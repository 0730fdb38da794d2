/**
 * Lighthouse on the landing pages (/hi, /en and the newest article in each
 * language), mobile preset with simulated slow 4G and 4× CPU, driving Debian's
 * Chromium, against the standalone server `npm start` runs; in the same run,
 * a bare Next.js App Router page (one layout, one page of text, default
 * config) built with the same Next, as the baseline for JavaScript and timing.
 * Each page is measured RUNS times (default 3) and the medians go into the
 * Lighthouse section of docs/bench-pages.md with the command, machine and date.
 *
 *   npm run bench:lighthouse
 *   BASE_URL=http://127.0.0.1:4400 npm run bench:lighthouse   # a server already running; no build
 *   BEFORE_URL=http://127.0.0.1:4402 BEFORE_LABEL=30ee0e9 …   # also an older build, runs interleaved
 *
 * Lighthouse 12.2.3 runs through npx (not a dependency: Lighthouse 13 needs Node 22).
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import path from 'node:path';
import { buildSite, freePort, startStandalone, type RunningSite } from '../tests/e2e/support/site';
import { NEXT_BIN, writeBareNextApp } from './bare-next-app';

const LIGHTHOUSE = 'lighthouse@12.2.3';
const CHROME_FLAGS = '--headless=new --no-sandbox --disable-gpu';
const RUNS = Number(process.env.RUNS ?? 3);
const DOC = 'docs/bench-pages.md';
const SECTION_START = '<!-- lighthouse:start -->';
const SECTION_END = '<!-- lighthouse:end -->';

interface Run {
  scores: Record<'performance' | 'accessibility' | 'best-practices' | 'seo', number>;
  fcp: number;
  lcp: number;
  cls: number;
  tbt: number;
  speedIndex: number;
  /** Bytes on the wire by Lighthouse's resource type (Document, Script, Font, Fetch, …), and in all. */
  bytes: Record<string, number>;
  total: number;
  benchmarkIndex: number;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/** Lighthouse now and then fails to record a trace on a loaded machine (NO_NAVSTART, NO_FCP): such a run is taken again, up to three times. */
function lighthouse(url: string, outFile: string, attempt = 1): Run {
  try {
    return lighthouseOnce(url, outFile);
  } catch (error) {
    if (attempt >= 3) throw error;
    process.stdout.write(`  (again: ${(error as Error).message.split('\n').filter(Boolean).slice(-1)[0]})\n`);
    return lighthouse(url, outFile, attempt + 1);
  }
}

function lighthouseOnce(url: string, outFile: string): Run {
  rmSync(outFile, { force: true });
  const args = ['-y', LIGHTHOUSE, url, '--chrome-path=/usr/bin/chromium', `--chrome-flags=${CHROME_FLAGS}`, '--only-categories=performance,accessibility,best-practices,seo', '--output=json', `--output-path=${outFile}`, '--quiet'];
  const result = spawnSync('npx', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (result.status !== 0 || !existsSync(outFile)) throw new Error(`lighthouse ${url} failed:\n${result.stdout}\n${result.stderr.trim()}`);
  const report = JSON.parse(readFileSync(outFile, 'utf8'));
  if (report.runtimeError) throw new Error(`lighthouse ${url}: ${report.runtimeError.code} ${report.runtimeError.message}`);
  const audit = (id: string): number => report.audits[id].numericValue;
  const bytes: Record<string, number> = {};
  for (const request of report.audits['network-requests'].details.items as { resourceType?: string; transferSize?: number }[]) {
    const type = request.resourceType ?? 'Other';
    bytes[type] = (bytes[type] ?? 0) + (request.transferSize ?? 0);
  }
  const score = (id: string) => Math.round(report.categories[id].score * 100);
  return {
    scores: { performance: score('performance'), accessibility: score('accessibility'), 'best-practices': score('best-practices'), seo: score('seo') },
    fcp: audit('first-contentful-paint'),
    lcp: audit('largest-contentful-paint'),
    cls: audit('cumulative-layout-shift'),
    tbt: audit('total-blocking-time'),
    speedIndex: audit('speed-index'),
    bytes,
    total: audit('total-byte-weight'),
    benchmarkIndex: report.environment.benchmarkIndex,
  };
}

/** The newest article of a language: the first article link on its home page. */
async function newestArticle(base: string, locale: string): Promise<string> {
  const html = await (await fetch(`${base}/${locale}`)).text();
  const match = new RegExp(`href="(/${locale}/articles/[^"]+)"`).exec(html);
  if (!match) throw new Error(`${base}/${locale} links to no article`);
  return match[1]!;
}

/** A bare App Router page: one layout, one page with a heading and a few paragraphs, default next.config; built and started with this repository's Next. */
async function startBareNext(): Promise<RunningSite & { dir: string }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-bare-next-'));
  const paragraph = 'Trade associations publish announcements for their members: fairs, agreements, new rules and the dates that matter. This paragraph stands in for an article of a few hundred words.';
  writeBareNextApp(dir, 'bare-next', {
    'app/layout.tsx': `export const metadata = { title: 'Bare page', description: 'A bare Next.js App Router page' };
export default function RootLayout({ children }: { children: React.ReactNode }) {
  return <html lang="en"><body>{children}</body></html>;
}
`,
    'app/page.tsx': `export default function Page() {
  return <main><h1>A bare page</h1>${`<p>${paragraph}</p>`.repeat(6)}</main>;
}
`,
  });
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' } as NodeJS.ProcessEnv;
  delete env.NEXT_DIST_DIR;
  const build = spawnSync(process.execPath, [NEXT_BIN, 'build'], { cwd: dir, env, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`the bare Next page did not build:\n${build.stdout}\n${build.stderr}`);
  const port = await freePort();
  const child = spawn(process.execPath, [NEXT_BIN, 'start', '-p', String(port), '-H', '127.0.0.1'], { cwd: dir, env, stdio: 'ignore' });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(url)).ok) break;
    } catch {
      // not listening yet
    }
    if (i > 150) throw new Error('the bare Next page did not answer within 30 s');
    await new Promise((r) => setTimeout(r, 200));
  }
  return { url, dir, stop: () => child.kill('SIGTERM') };
}

const kib = (bytes: number) => (bytes / 1024).toFixed(1);
const ms = (value: number) => `${(value / 1000).toFixed(2)} s`;

function row(label: string, runs: Run[]): string {
  const m = (pick: (r: Run) => number) => median(runs.map(pick));
  const scores = (['performance', 'accessibility', 'best-practices', 'seo'] as const).map((c) => m((r) => r.scores[c])).join(' / ');
  const type = (t: string) => kib(m((r) => r.bytes[t] ?? 0));
  return `| ${label} | ${scores} | ${ms(m((r) => r.fcp))} | ${ms(m((r) => r.lcp))} | ${m((r) => r.cls).toFixed(3)} | ${Math.round(m((r) => r.tbt))} ms | ${kib(m((r) => r.total))} | ${kib(m((r) => r.total - (r.bytes.Fetch ?? 0)))} | ${type('Document')} | ${type('Script')} | ${type('Stylesheet')} | ${type('Font')} | ${type('Fetch')} |`;
}

async function main() {
  const own = !process.env.BASE_URL;
  const spec = { name: 'bench-lighthouse', contentDir: process.env.CONTENT_DIR ?? 'content' };
  if (own) {
    process.stdout.write('building the site… ');
    buildSite(spec);
  }
  const site = own ? await startStandalone(spec) : { url: process.env.BASE_URL!.replace(/\/$/, ''), stop() {} };
  process.stdout.write('building the bare Next page… ');
  const bare = await startBareNext();
  process.stdout.write('done\n');
  const out = mkdtempSync(path.join(tmpdir(), 'bench-lighthouse-'));
  const rows: string[] = [];
  const runsOf: Record<string, Run[]> = {};
  try {
    const landing = async (base: string, suffix = '') => [
      [`/hi${suffix}`, `${base}/hi`],
      [`/en${suffix}`, `${base}/en`],
      [`Hindi article${suffix}`, `${base}${await newestArticle(base, 'hi')}`],
      [`English article${suffix}`, `${base}${await newestArticle(base, 'en')}`],
    ];
    const before = process.env.BEFORE_URL?.replace(/\/$/, '');
    const pages = [
      ...(await landing(site.url)),
      ['bare Next.js page (baseline)', `${bare.url}/`],
      ...(before ? await landing(before, `, before (${process.env.BEFORE_LABEL ?? before})`) : []),
    ] as [string, string][];
    // Round-robin, so a burst of load on the shared machine does not land on one page's runs only.
    for (let i = 0; i < RUNS; i++) {
      for (const [label, url] of pages) {
        const run = lighthouse(url, path.join(out, `${i}-${label.replace(/\W+/g, '-')}.json`));
        (runsOf[label] ??= []).push(run);
        process.stdout.write(`${label} #${i + 1}: ${JSON.stringify(run.scores)} LCP ${ms(run.lcp)} TBT ${Math.round(run.tbt)} ms ${kib(run.total)} KiB\n`);
      }
    }
    for (const [label, url] of pages) rows.push(row(label.includes('article') ? `${label}: ${new URL(url).pathname}` : label, runsOf[label]!));
  } finally {
    site.stop();
    bare.stop();
    rmSync(bare.dir, { recursive: true, force: true });
  }
  const benchmarkIndex = median(Object.values(runsOf).flat().map((r) => r.benchmarkIndex));
  const section = `${SECTION_START}
## Lighthouse (mobile, simulated slow 4G)

\`npm run bench:lighthouse\` on ${new Date().toISOString().slice(0, 10)}, ${cpus().length} cores (${cpus()[0]?.model.trim()}, shared with other builds),
Node ${process.version}, \`npx -y ${LIGHTHOUSE} <url> --chrome-path=/usr/bin/chromium --chrome-flags="${CHROME_FLAGS}"\`
(mobile preset, simulated throttling: 150 ms RTT, 1.6 Mbit/s, 4× CPU), against ${own ? `the standalone server (\`npm start\`) of a production build of \`${spec.contentDir}/\`` : process.env.BASE_URL}.
Median of ${RUNS} runs per page, taken in turn; Lighthouse's benchmark index for this machine (median): ${Math.round(benchmarkIndex)}.
Scores are performance / accessibility / best practices / SEO; sizes are KiB on the wire; Fetch is what Next's links
prefetch once the page has loaded (RSC payloads of the pages it links to), and "without prefetch" the total less that.

| page | scores | FCP | LCP | CLS | TBT | total KiB | without prefetch | HTML | JS | CSS | fonts | Fetch |
| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |
${rows.join('\n')}
${SECTION_END}`;
  const doc = existsSync(DOC) ? readFileSync(DOC, 'utf8') : '# Page benchmark\n';
  const start = doc.indexOf(SECTION_START);
  const end = doc.indexOf(SECTION_END);
  writeFileSync(DOC, start >= 0 && end > start ? `${doc.slice(0, start)}${section}${doc.slice(end + SECTION_END.length)}` : `${doc.trimEnd()}\n\n${section}\n`);
  process.stdout.write(`${section}\n`);
}

await main();

/**
 * Page-weight and paint-time benchmark on an emulated slow phone.
 * Builds the real site into its own folder, serves it, loads each page in
 * Debian's Chromium with Lighthouse's "slow 4G" network and 4x CPU slowdown,
 * and writes the medians to docs/bench-pages.md. Run: npm run bench:pages
 *
 *   BEFORE_URL=http://127.0.0.1:4402 BEFORE_LABEL=c54847c npm run bench:pages   # also an older build's server, loads interleaved
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { buildSite, startSite } from '../tests/e2e/support/site';

const pages = ['/hi', '/en', '/hi/articles/china-belarus-leather-cooperation', '/en/articles/china-belarus-leather-cooperation'];
const RUNS = 5;
const DOC = 'docs/bench-pages.md';
// Lighthouse's mobile preset: 150 ms RTT, 1.6 Mbit/s down, 750 kbit/s up, 4x CPU. NETWORK=wifi: the same phone on a good
// connection (20 ms RTT, 30 Mbit/s), where its processor, not the line, decides when the first words appear.
const NETWORKS = {
  'slow 4G': { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 },
  wifi: { offline: false, latency: 20, downloadThroughput: (30 * 1024 * 1024) / 8, uploadThroughput: (15 * 1024 * 1024) / 8 },
};
const networkName = process.env.NETWORK === 'wifi' ? 'wifi' : 'slow 4G';
const network = NETWORKS[networkName];
// Each network has its own section of the document.
const SECTION = networkName === 'wifi' ? 'paint-times-wifi' : 'paint-times';
const SECTION_START = `<!-- ${SECTION}:start -->`;
const SECTION_END = `<!-- ${SECTION}:end -->`;

interface Sample { bytes: Record<string, number>; fcp: number; lcp: number; load: number; hydrated: number }

/**
 * Notes when React has hydrated the page's main element (the page's scripts
 * have run and its client leaves can act), polled in the page from its start.
 * Text, so nothing of this script's compiled code reaches the page.
 */
const WATCH_HYDRATION = `(function () {
  var timer = setInterval(function () {
    var main = document.querySelector('main');
    if (main && Object.keys(main).some(function (key) { return key.indexOf('__reactFiber$') === 0; })) {
      window.__hydratedAt = performance.now();
      clearInterval(timer);
    }
  }, 20);
})();`;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

async function measure(url: string): Promise<Sample> {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
  const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', network);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.addInitScript({ content: WATCH_HYDRATION });
  const bytes: Record<string, number> = {};
  const types = new Map<string, string>();
  cdp.on('Network.responseReceived', (e) => types.set(e.requestId, e.type));
  cdp.on('Network.loadingFinished', (e) => {
    const type = (types.get(e.requestId) ?? 'Other').toLowerCase();
    bytes[type] = (bytes[type] ?? 0) + e.encodedDataLength;
  });
  const start = Date.now();
  await page.goto(url, { waitUntil: 'load' });
  const load = Date.now() - start;
  await page.waitForFunction(() => Reflect.has(window, '__hydratedAt'), undefined, { timeout: 30_000 });
  await page.waitForTimeout(500);
  const hydrated = await page.evaluate(() => Number(Reflect.get(window, '__hydratedAt')));
  const paints = await page.evaluate(() => new Promise<{ fcp: number; lcp: number }>((resolve) => {
    const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0;
    new PerformanceObserver((list) => {
      const entries = list.getEntries();
      resolve({ fcp, lcp: entries[entries.length - 1]?.startTime ?? 0 });
    }).observe({ type: 'largest-contentful-paint', buffered: true });
  }));
  await browser.close();
  return { bytes, load, hydrated, ...paints };
}

const kb = (n: number) => (n / 1024).toFixed(1);

async function main() {
  const spec = { name: 'bench', contentDir: process.env.CONTENT_DIR ?? 'content' };
  buildSite(spec);
  const site = await startSite(spec);
  const rows: string[] = [];
  const before = process.env.BEFORE_URL;
  const servers: [label: string, url: string][] = [['', site.url], ...(before ? [[` (${process.env.BEFORE_LABEL ?? 'before'})`, before] as [string, string]] : [])];
  try {
    for (const path of pages) {
      const samples = new Map<string, Sample[]>(servers.map(([label]) => [label, []]));
      // In turn, so both builds see the same moments of a shared machine.
      for (let i = 0; i < RUNS; i++) for (const [label, url] of servers) samples.get(label)!.push(await measure(`${url}${path}`));
      for (const [label, runs] of samples) {
        const byType = (type: string) => median(runs.map((s) => s.bytes[type] ?? 0));
        const total = median(runs.map((s) => Object.values(s.bytes).reduce((a, b) => a + b, 0)));
        const ms = (pick: (s: Sample) => number) => median(runs.map(pick)).toFixed(0);
        rows.push(`| ${path}${label} | ${kb(byType('document'))} | ${kb(byType('script'))} | ${kb(byType('stylesheet'))} | ${kb(byType('font'))} | ${kb(total)} | ${ms((s) => s.fcp)} | ${ms((s) => s.lcp)} | ${ms((s) => s.hydrated)} | ${ms((s) => s.load)} |`);
        console.log(rows[rows.length - 1]);
      }
    }
  } finally {
    site.stop();
  }
  const section = `${SECTION_START}
## Page weight and paint times (emulated slow phone${networkName === 'wifi' ? ' on wifi' : ''})

Generated by \`npm run bench:pages\` on ${new Date().toISOString().slice(0, 10)}: production build of \`content/\`,
Debian Chromium, 360×740 viewport, emulated ${networkName === 'wifi' ? 'wifi (20 ms RTT, 30 Mbit/s down; `NETWORK=wifi`)' : 'slow 4G (150 ms RTT, 1.6 Mbit/s down)'} and 4× CPU slowdown,
median of ${RUNS} cold loads per page${before ? `, taken in turn with ${before}${servers[1]![0]}` : ''}. Sizes are bytes on the wire (compressed), in KiB.
"hydrated" is when React had hydrated the page's \`<main>\` (its scripts had run; polled every 20 ms), all times from navigation start.

| page | HTML | JS | CSS | fonts | total | FCP ms | LCP ms | hydrated ms | load ms |
| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |
${rows.join('\n')}

Goals: first contentful paint under 1.8 s and total transfer under 350 KiB for an article on this profile.
Numbers come from a shared 2-core machine: compare runs made on the same machine, not across machines.
${SECTION_END}`;
  // The document also holds other benchmarks' sections (npm run bench:lighthouse): replace only this one.
  const doc = existsSync(DOC) ? readFileSync(DOC, 'utf8') : '# Page benchmark\n';
  const start = doc.indexOf(SECTION_START);
  const end = doc.indexOf(SECTION_END);
  writeFileSync(DOC, start >= 0 && end > start ? `${doc.slice(0, start)}${section}${doc.slice(end + SECTION_END.length)}` : `${doc.trimEnd()}\n\n${section}\n`);
}

void main();

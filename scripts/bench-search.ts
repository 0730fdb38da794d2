/**
 * Search benchmark on synthetic articles (written to a temp folder, read back
 * through the real content pipeline). Run: npm run bench:search
 *
 * 1. Sizes: the chunked index (lib/search/build-search-index.ts) against the
 *    single MiniSearch index it replaced, built from the same articles.
 * 2. The first query on an emulated slow phone, at 5,000 articles per
 *    language: the index files are served gzipped over HTTP/1.1 like
 *    `next start` serves them, and Debian's Chromium runs the real browser
 *    code (lib/search/query-search-index.ts, bundled with esbuild) under the
 *    network and CPU throttling of scripts/bench-pages.ts, from a cold cache.
 *    The old single index is fetched and loaded the same way, as the baseline.
 *
 * Prints Markdown tables for docs/benchmarks.md.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { cpus, tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import MiniSearch from 'minisearch';
import { chromium, type Browser } from 'playwright-core';
import { loadContent } from '@/lib/content/check';
import { localeFacts, locales, type Locale, type Script } from '@/lib/i18n/locales';
import { searchIndexFiles, searchIndexPath, searchResultPath, searchShardPath } from '@/lib/routes';
import { buildSearchIndex, getSearchLanguage, toSearchDocument, type BuiltSearchIndex, type SearchDocument } from '@/lib/search/build-search-index';
import { legacyIndexOptions, type QueryTiming } from './bench-search-client';

/** BENCH_SEARCH_SIZES=100,500 for a quick look; the browser runs at the largest size. */
const SIZES = process.env.BENCH_SEARCH_SIZES?.split(',').map(Number) ?? [100, 1000, 5000];
const BROWSER_SIZE = Math.max(...SIZES);
const RUNS = 3;
const BODY_WORDS = 350;
const VOCABULARY = 8000;
/** `next start` compresses with Node's zlib at its default level. */
const gzip = (text: string) => gzipSync(text, { level: 6 }).length;
// Lighthouse's mobile preset, as in bench-pages.ts: 150 ms RTT, 1.6 Mbit/s down, 750 kbit/s up, 4x CPU.
const network = { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 };

/**
 * Deterministic, so every run measures the same text (mulberry32: exact
 * 32-bit steps; the earlier float LCG lost precision and left most of the
 * vocabulary unused).
 */
function makeRandom(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

/** Made-up words in each script of the locale table. */
const syllables: Record<Script, string[]> = {
  devanagari: [...'कखगघचछजझटडतथदधनपफबभमयरलवशसह'].flatMap((c) => ['', 'ा', 'ि', 'ी', 'ु', 'े', 'ो', 'ं', '्र'].map((m) => c + m)),
  latin: [...'bcdfghklmnprstvw'].flatMap((c) => ['a', 'e', 'i', 'o', 'u', 'ar', 'en', 'or'].map((v) => c + v)),
};

/** A Zipf-distributed vocabulary, as in real prose: a few words very often, most rarely. `words` is by rank. */
function makeWriter(locale: Locale, random: () => number) {
  const words = Array.from({ length: VOCABULARY }, () => Array.from({ length: 2 + Math.floor(random() * 3) }, () => syllables[localeFacts[locale].script][Math.floor(random() * syllables[localeFacts[locale].script].length)]).join(''));
  const weights = words.map((_, i) => 1 / (i + 1));
  const total = weights.reduce((a, b) => a + b, 0);
  const pick = () => {
    let r = random() * total;
    for (let i = 0; i < words.length; i++) if ((r -= weights[i]!) <= 0) return words[i]!;
    return words[0]!;
  };
  return { words, write: (count: number) => Array.from({ length: count }, pick).join(' ') };
}

/** `count` synthetic articles read through the content pipeline, and the vocabulary they were drawn from. */
function makeDocuments(locale: Locale, count: number): { documents: SearchDocument[]; words: string[] } {
  const root = mkdtempSync(path.join(tmpdir(), 'vyapar-bench-search-'));
  try {
    const { words, write } = makeWriter(locale, makeRandom(count * 7 + locales.indexOf(locale)));
    mkdirSync(path.join(root, 'articles'), { recursive: true });
    writeFileSync(path.join(root, 'organisations.yml'), `bench-body:\n  name: { ${locales.map((l) => `${l}: Bench Association`).join(', ')} }\n  country: IN\n`);
    for (let i = 0; i < count; i++) {
      const day = String((i % 28) + 1).padStart(2, '0');
      const front = `---\ntitle: "${write(8)}"\nsummary: "${write(25)}।"\npostTime: 2023-${String((i % 12) + 1).padStart(2, '0')}-${day}\nlocale: ${locale}\norganisations: [bench-body]\n---\n\n`;
      const body = Array.from({ length: 5 }, () => `${write(BODY_WORDS / 5)}।`).join('\n\n');
      writeFileSync(path.join(root, 'articles', `bench-${i}.${locale}.md`), front + body + '\n');
    }
    const content = loadContent(root);
    const errors = content.problems.filter((p) => p.severity === 'error');
    if (errors.length) throw new Error(`synthetic content has problems: ${errors[0]?.message}`);
    return { documents: content.articles.map((a) => toSearchDocument(a, ['Bench Association'])), words };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

function sizeRow(locale: Locale, documents: SearchDocument[]) {
  const started = performance.now();
  const built = buildSearchIndex(documents, getSearchLanguage(locale));
  const buildMs = performance.now() - started;
  const shards = built.shards.map(gzip);
  const records = built.results.map(gzip);
  const legacy = gzip(legacyIndexJson(documents));
  return { built, row: `| ${locale} | ${documents.length} | ${kb(legacy)} | ${built.manifest.shardCount} | ${kb(shards.reduce((a, b) => a + b, 0))} | ${kb(median(shards))} | ${kb(Math.max(...shards))} | ${records.length ? median(records) : 0} B | ${buildMs.toFixed(0)} ms |` };
}

const bundle = async (entry: string) =>
  (await build({ entryPoints: [entry], bundle: true, minify: true, format: 'esm', write: false, alias: { '@': path.resolve('.') }, logLevel: 'error' })).outputFiles[0]!.text;

function legacyIndexJson(documents: readonly SearchDocument[]): string {
  const index = new MiniSearch<SearchDocument>(legacyIndexOptions);
  index.addAll(documents);
  return JSON.stringify(index);
}

/** Serves prebuilt gzipped files over keep-alive HTTP/1.1, as `next start` serves the built index. */
function serve(files: Map<string, { type: string; body: Buffer }>): Promise<{ server: Server; url: string }> {
  const server = createServer((request, response) => {
    const file = files.get(new URL(request.url ?? '/', 'http://x').pathname);
    if (!file) return void response.writeHead(404).end();
    response.writeHead(200, { 'Content-Type': file.type, 'Content-Encoding': 'gzip', 'Content-Length': file.body.length, 'Cache-Control': 'no-store' });
    response.end(file.body);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => {
    const address = server.address();
    resolve({ server, url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}` });
  }));
}

interface Sample extends QueryTiming { bytes: number; requests: number }

async function runQuery(browser: Browser, url: string, script: string): Promise<Sample> {
  const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', network);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.goto(url, { waitUntil: 'networkidle' });
  let bytes = 0;
  let requests = 0;
  cdp.on('Network.loadingFinished', (e) => {
    bytes += e.encodedDataLength;
    requests++;
  });
  const result = (await page.evaluate(script)) as QueryTiming;
  await page.waitForTimeout(100);
  await page.context().close();
  return { ...result, bytes, requests };
}

async function browserRows(locale: Locale, built: BuiltSearchIndex, documents: SearchDocument[], words: string[], client: string, browser: Browser): Promise<string[]> {
  const html = `<!doctype html><meta charset="utf-8"><title>bench</title><p></p><ol></ol><script type="module" src="/bench.js"></script>`;
  const files = new Map<string, { type: string; body: Buffer }>();
  const add = (file: string, type: string, text: string) => files.set(file, { type, body: gzipSync(text, { level: 6 }) });
  add('/', 'text/html; charset=utf-8', html);
  add('/bench.js', 'text/javascript; charset=utf-8', client);
  built.shards.forEach((text, n) => add(searchShardPath(locale, n), 'application/json; charset=utf-8', text));
  built.results.forEach((text, n) => add(searchResultPath(locale, n), 'application/json; charset=utf-8', text));
  const legacyUrl = `${searchIndexPath(locale)}legacy.json`;
  add(legacyUrl, 'application/json; charset=utf-8', legacyIndexJson(documents));
  const { server, url } = await serve(files);
  const queries: [string, string][] = [
    ['a very common word', words[4]!],
    ['a middling word', words[150]!],
    ['a rare word', words[3000]!],
    ['two words', `${words[150]} ${words[400]}`],
  ];
  const rows: string[] = [];
  try {
    for (const [what, query] of queries) {
      const samples: Sample[] = [];
      for (let i = 0; i < RUNS; i++) samples.push(await runQuery(browser, url, `runChunked(${JSON.stringify(searchIndexFiles(locale))}, ${JSON.stringify(built.manifest)}, ${JSON.stringify(query)})`));
      const m = (pick: (s: Sample) => number) => median(samples.map(pick));
      rows.push(`| ${locale} | chunked | ${what} | ${m((s) => s.hits)} | ${m((s) => s.requests)} | ${kb(m((s) => s.bytes))} | ${m((s) => s.countMs).toFixed(0)} ms | ${m((s) => s.firstShownMs).toFixed(0)} ms | ${m((s) => s.shownMs).toFixed(0)} ms |`);
      console.error(rows[rows.length - 1]);
    }
    const legacy = await runQuery(browser, url, `runLegacy(${JSON.stringify(legacyUrl)}, ${JSON.stringify(queries[1]![1])})`);
    rows.push(`| ${locale} | single index (before) | ${queries[1]![0]} | ${legacy.hits} | ${legacy.requests} | ${kb(legacy.bytes)} | ${legacy.countMs.toFixed(0)} ms | ${legacy.firstShownMs.toFixed(0)} ms | ${legacy.shownMs.toFixed(0)} ms |`);
    console.error(rows[rows.length - 1]);
  } finally {
    server.close();
  }
  return rows;
}

async function main() {
  const client = await bundle('scripts/bench-search-client.ts');
  const searchCode = await bundle('lib/search/query-search-index.ts');
  const sizeRows: string[] = [];
  const timeRows: string[] = [];
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
  try {
    for (const locale of locales) {
      for (const count of SIZES) {
        const { documents, words } = makeDocuments(locale, count);
        const { built, row } = sizeRow(locale, documents);
        sizeRows.push(row);
        console.error(row);
        if (count === BROWSER_SIZE) timeRows.push(...(await browserRows(locale, built, documents, words, client, browser)));
      }
    }
  } finally {
    await browser.close();
  }
  console.log(`Measured ${new Date().toISOString().slice(0, 10)} on ${cpus().length} × ${cpus()[0]?.model.trim()}, Node ${process.version}.\n`);
  console.log(`Browser search code (lib/search/query-search-index.ts with its stemmers, minified): ${kb(gzip(searchCode))} gzipped.\n`);
  console.log('| language | articles | single index, gzip (before) | shards | all shards, gzip | median shard | largest shard | median result record | build |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const row of sizeRows) console.log(row);
  console.log(`\n| language (${BROWSER_SIZE} articles) | index | query | hits | requests | downloaded (gzip, with headers) | count on screen | first 6 results on screen | first 10 on screen |`);
  console.log('| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const row of timeRows) console.log(row);
}

void main();

/**
 * Search index size and speed on synthetic articles (written to a temp folder,
 * read back through the real content pipeline). Run: npm run bench:search
 * Prints a Markdown table for docs/benchmarks.md.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import MiniSearch from 'minisearch';
import { loadContent } from '@/lib/content/load-content';
import { locales, type Locale } from '@/lib/i18n/locales';
import { buildSearchIndex } from '@/lib/search/build-search-index';
import { toSearchDocument } from '@/lib/search/search-documents';
import { searchIndexOptions, type SearchDocument } from '@/lib/search/search-options';

const SIZES = [100, 500, 1000];
const BODY_WORDS = 350;
const VOCABULARY = 8000;

/** Deterministic, so every run measures the same text. */
function makeRandom(seed: number) {
  return () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
}

const syllables: Record<Locale, string[]> = {
  hi: [...'कखगघचछजझटडतथदधनपफबभमयरलवशसह'].flatMap((c) => ['', 'ा', 'ि', 'ी', 'ु', 'े', 'ो', 'ं', '्र'].map((m) => c + m)),
  en: [...'bcdfghklmnprstvw'].flatMap((c) => ['a', 'e', 'i', 'o', 'u', 'ar', 'en', 'or'].map((v) => c + v)),
};

/** A Zipf-distributed vocabulary, as in real prose: a few words very often, most rarely. */
function makeWriter(locale: Locale, random: () => number) {
  const words = Array.from({ length: VOCABULARY }, () => Array.from({ length: 2 + Math.floor(random() * 3) }, () => syllables[locale][Math.floor(random() * syllables[locale].length)]).join(''));
  const weights = words.map((_, i) => 1 / (i + 1));
  const total = weights.reduce((a, b) => a + b, 0);
  const pick = () => {
    let r = random() * total;
    for (let i = 0; i < words.length; i++) if ((r -= weights[i]!) <= 0) return words[i]!;
    return words[0]!;
  };
  return (count: number) => Array.from({ length: count }, pick).join(' ');
}

function writeSite(root: string, locale: Locale, count: number): void {
  const write = makeWriter(locale, makeRandom(count + locale.length));
  mkdirSync(path.join(root, 'articles'), { recursive: true });
  writeFileSync(path.join(root, 'organisations.yml'), 'bench-body:\n  name: { hi: बेंच संघ, en: Bench Association }\n  country: IN\n');
  for (let i = 0; i < count; i++) {
    const day = String((i % 28) + 1).padStart(2, '0');
    const front = `---\ntitle: "${write(8)}"\nsummary: "${write(25)}।"\npostTime: 2023-${String((i % 12) + 1).padStart(2, '0')}-${day}\nlocale: ${locale}\norganisations: [bench-body]\n---\n\n`;
    const body = Array.from({ length: 5 }, () => `${write(BODY_WORDS / 5)}।`).join('\n\n');
    writeFileSync(path.join(root, 'articles', `bench-${i}.${locale}.md`), front + body + '\n');
  }
}

function measure(locale: Locale, count: number) {
  const root = mkdtempSync(path.join(tmpdir(), 'vyapar-bench-search-'));
  try {
    writeSite(root, locale, count);
    const content = loadContent(root);
    if (content.problems.length) throw new Error(`synthetic content has problems: ${content.problems[0]?.message}`);
    const documents: SearchDocument[] = content.articles.map((a) => toSearchDocument(a, ['Bench Association']));
    const started = performance.now();
    const json = buildSearchIndex(documents);
    const buildMs = performance.now() - started;
    const loadStarted = performance.now();
    const index = MiniSearch.loadJSON<SearchDocument>(json, searchIndexOptions);
    const loadMs = performance.now() - loadStarted;
    const queries = documents.slice(0, 50).map((d) => d.title.split(' ')[2] ?? '');
    const queryStarted = performance.now();
    for (const q of queries) index.search(q);
    const queryMs = (performance.now() - queryStarted) / queries.length;
    const raw = Buffer.byteLength(json);
    const gzip = gzipSync(json, { level: 9 }).length;
    return { locale, count, raw, gzip, per100: gzip / (count / 100), buildMs, loadMs, queryMs };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
console.log('| language | articles | index JSON | gzip | gzip per 100 articles | build | load (loadJSON) | one query |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const locale of locales) {
  for (const count of SIZES) {
    const r = measure(locale, count);
    console.log(`| ${r.locale} | ${r.count} | ${kb(r.raw)} | ${kb(r.gzip)} | ${kb(r.per100)} | ${r.buildMs.toFixed(0)} ms | ${r.loadMs.toFixed(0)} ms | ${r.queryMs.toFixed(2)} ms |`);
  }
}

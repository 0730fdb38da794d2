/**
 * The search index as the build makes it: each published article as a
 * document, scored and cut into the files index-layout.ts describes, and those
 * files by address for the index route. Server only: it reads the content and
 * the route table, which must never reach the browser's search code.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { getArticles } from '@/lib/content/query';
import { entriesOf, nameOf, type RegistryKind, type RegistryMaps } from '@/lib/content/registry';
import type { Article } from '@/lib/content/schema';
import { getSiteContent, readCompiledFile, readsSnapshot, writeJson, type SiteContent } from '@/lib/content/site-content';
import { getSnapshotDir } from '@/lib/deploy/build-folders';
import { formatPostDate, getArticleText } from '@/lib/format';
import { localeFacts, locales, type Locale } from '@/lib/i18n/locales';
import { articlePath, searchIndexPath, searchResultPath, searchShardPath } from '@/lib/routes';
import { shardOfStem, type ResultRecord, type SearchLanguage, type SearchManifest, type SearchResult, type TermShard } from './index-layout';
import { normaliseTerm, splitWords, stemTerm } from './words';

/** One article as the search index sees it; built at build time from published articles only. */
export interface SearchDocument extends SearchResult {
  /** The article's slug: unique within a locale, and each locale has its own index. */
  id: string;
  /** Plain text of the body, Markdown syntax removed. */
  body: string;
  /** Organisation names and topic labels in the index's language. */
  names: string;
}

export function toSearchDocument(article: Article, names: readonly string[]): SearchDocument {
  return {
    id: article.slug,
    title: article.title,
    summary: article.summary,
    body: getArticleText(article),
    names: names.join(' · '),
    date: formatPostDate(article.postTime, article.locale),
    dateTime: article.postTime.iso,
    path: articlePath(article.locale, article.slug),
  };
}

/** `registries` name each article's organisations and topics: the running site's, or those `npm run build` has just loaded. */
function toSearchDocuments(articles: readonly Article[], locale: Locale, registries: RegistryMaps): SearchDocument[] {
  const names = (kind: RegistryKind, ids: readonly string[]) => entriesOf(registries, kind, ids).map((entry) => nameOf(entry, locale));
  return articles.map((article) => toSearchDocument(article, [...names('organisations', article.organisations), ...names('tags', article.tags)]));
}

/** What one locale's index holds: its published articles, newest first (drafts and scheduled posts are never among them). */
export function getSearchDocuments(locale: Locale): SearchDocument[] {
  return toSearchDocuments(getArticles(locale), locale, getSiteContent().registries);
}

/** How the language's index folds and stems words: its locale table entry's script and stemmer. */
export function getSearchLanguage(locale: Locale): SearchLanguage {
  const { script, stemmer } = localeFacts[locale];
  return stemmer ? { script, stemmer } : { script };
}

/** One language's index as static files: the manifest for the page, one JSON text per shard and per result. */
export interface BuiltSearchIndex {
  manifest: SearchManifest;
  shards: string[];
  results: string[];
}

/**
 * Field weights: a word in the title counts five times a word in the body,
 * so title matches rank first; organisation and topic names and the summary
 * sit between.
 */
const FIELD_BOOSTS = { title: 5, names: 2, summary: 2, body: 1 } as const;
type Field = keyof typeof FIELD_BOOSTS;
const FIELDS = Object.keys(FIELD_BOOSTS) as Field[];

/** BM25's usual constants: repeats of a word add less and less; long fields count each word a little less. */
const K1 = 1.2;
const B = 0.7;

/** About 16 KB of JSON per shard (5–8 KB gzipped): small enough for a slow phone, few enough files for the build. */
const TARGET_SHARD_BYTES = 16 * 1024;

function countWords(text: string, language: SearchLanguage): Map<string, number> {
  const counts = new Map<string, number>();
  for (const word of splitWords(text)) {
    const term = normaliseTerm(word, language.script);
    if (term) counts.set(term, (counts.get(term) ?? 0) + 1);
  }
  return counts;
}

/**
 * Scores every (word, article) pair at build time, with BM25 per field
 * summed under the field weights, so the browser only adds up a few numbers.
 * Article numbers follow the order of `documents` (newest first), which is
 * also how equal scores are ordered.
 */
function buildPostings(documents: readonly SearchDocument[], language: SearchLanguage): Map<string, number[]> {
  const counted = documents.map((doc) => Object.fromEntries(FIELDS.map((f) => [f, countWords(doc[f], language)])) as Record<Field, Map<string, number>>);
  const length = (counts: Map<string, number>) => [...counts.values()].reduce((a, b) => a + b, 0);
  const average = Object.fromEntries(FIELDS.map((f) => [f, counted.reduce((sum, c) => sum + length(c[f]), 0) / Math.max(1, counted.length) || 1])) as Record<Field, number>;
  const postings = new Map<string, number[]>();
  counted.forEach((fields, doc) => {
    const scores = new Map<string, number>();
    for (const f of FIELDS) {
      const norm = K1 * (1 - B + (B * length(fields[f])) / average[f]);
      for (const [term, tf] of fields[f]) scores.set(term, (scores.get(term) ?? 0) + (FIELD_BOOSTS[f] * tf * (K1 + 1)) / (tf + norm));
    }
    for (const [term, score] of scores) {
      let list = postings.get(term);
      if (!list) postings.set(term, (list = [doc, 0]));
      else list.push(doc, 0);
      list[list.length - 1] = Math.max(1, Math.round(score * 10));
    }
  });
  // Article numbers rise within each list; store the gaps, which are small numbers.
  for (const list of postings.values()) {
    for (let i = list.length - 2; i >= 2; i -= 2) list[i] = list[i]! - list[i - 2]!;
  }
  return postings;
}

/** `shardCount` is normally chosen from the index's size; tests set it to see the shards at work on a few articles. */
export function buildSearchIndex(documents: readonly SearchDocument[], language: SearchLanguage, options: { shardCount?: number } = {}): BuiltSearchIndex {
  const postings = buildPostings(documents, language);
  let bytes = 0;
  for (const [term, list] of postings) bytes += Buffer.byteLength(term) + JSON.stringify(list).length + 4;
  const shardCount = options.shardCount ?? Math.max(1, Math.ceil(bytes / TARGET_SHARD_BYTES));
  const words: TermShard['words'][] = Array.from({ length: shardCount }, () => ({}));
  for (const term of [...postings.keys()].sort()) words[shardOfStem(stemTerm(term, language.stemmer), shardCount)]![term] = postings.get(term)!;
  const results = documents.map(({ title, summary, date, dateTime, path }): SearchResult => ({ title, summary, date, dateTime, path }));
  const version = createHash('sha256').update(JSON.stringify([words, results])).digest('base64url').slice(0, 12);
  return {
    manifest: { language, documentCount: documents.length, shardCount, version },
    shards: words.map((shardWords) => JSON.stringify({ version, words: shardWords } satisfies TermShard)),
    results: results.map((result) => JSON.stringify({ version, result } satisfies ResultRecord)),
  };
}

const built = new Map<Locale, { articles: readonly Article[]; index: BuiltSearchIndex }>();
/** By file: a process reads one build's, but tests switch between builds. */
const compiled = new Map<string, BuiltSearchIndex>();

/** Where `npm run build` leaves one language's index, beside the snapshot. */
function compiledIndexFile(locale: Locale, dir = getSnapshotDir()): string {
  return path.join(dir, `search-${locale}.json`);
}

/**
 * Each language's index, built once by `npm run build` from the content it
 * compiled, beside the snapshot. Every prerender worker read the articles'
 * text and built both indexes again for itself: the search routes list their
 * files before any page renders.
 */
export function writeSearchIndexes(dir: string, site: Pick<SiteContent, 'visible' | 'registries'>): Map<Locale, BuiltSearchIndex> {
  const indexes = new Map<Locale, BuiltSearchIndex>();
  for (const locale of locales) {
    const articles = site.visible.filter((a) => a.locale === locale);
    const index = buildSearchIndex(toSearchDocuments(articles, locale, site.registries), getSearchLanguage(locale));
    writeJson(compiledIndexFile(locale, dir), index);
    indexes.set(locale, index);
  }
  return indexes;
}

/**
 * One language's index: the search page takes the manifest, the index route
 * the files, and all must agree. Production reads what `npm run build` wrote
 * (once per process); the development server builds it, again when the
 * articles change.
 */
export function getSearchIndex(locale: Locale): BuiltSearchIndex {
  if (readsSnapshot()) {
    const file = compiledIndexFile(locale);
    let index = compiled.get(file);
    if (!index) compiled.set(file, (index = JSON.parse(readCompiledFile(file)) as BuiltSearchIndex));
    return index;
  }
  const articles = getArticles(locale);
  const cached = built.get(locale);
  if (cached && cached.articles.length === articles.length && cached.articles.every((a, i) => a === articles[i])) return cached.index;
  const index = buildSearchIndex(toSearchDocuments(articles, locale, getSiteContent().registries), getSearchLanguage(locale));
  built.set(locale, { articles, index });
  return index;
}

const filesByIndex = new WeakMap<BuiltSearchIndex, Map<string, string>>();

/** One language's index files by address (lib/routes.ts names them, here as for the browser), with their text. */
export function searchIndexFilesOf(locale: Locale, index: BuiltSearchIndex): Map<string, string> {
  return new Map([...index.shards.map((text, n) => [searchShardPath(locale, n), text] as const), ...index.results.map((text, n) => [searchResultPath(locale, n), text] as const)]);
}

function getIndexFiles(locale: Locale): Map<string, string> {
  const index = getSearchIndex(locale);
  let files = filesByIndex.get(index);
  if (!files) filesByIndex.set(index, (files = searchIndexFilesOf(locale, index)));
  return files;
}

/** Every file of one language's index as `<part>/<file>` under searchIndexPath: the index route's parameters. */
export function listIndexFiles(locale: Locale): { part: string; file: string }[] {
  return [...getIndexFiles(locale).keys()].map((address) => {
    const [part = '', file = ''] = address.slice(searchIndexPath(locale).length).split('/');
    return { part, file };
  });
}

/** The index route's answer for `<part>/<file>` where it computes it (the development server, a static export's prerender); an unlisted file is a 404. */
export function indexFileResponse(locale: Locale, part: string, file: string): Response {
  const body = getIndexFiles(locale).get(`${searchIndexPath(locale)}${part}/${file}`);
  if (body === undefined) return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  return new Response(body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}

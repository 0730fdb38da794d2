import { getArticles, getRegistryEntries } from '@/lib/content/query';
import { nameOf } from '@/lib/content/registry';
import type { Article } from '@/lib/content/schema';
import { formatPostDate } from '@/lib/format';
import { localeFacts, type Locale } from '@/lib/i18n/locales';
import { articlePath, searchIndexPath, searchResultPath, searchShardPath } from '@/lib/routes';
import { buildSearchIndex, type BuiltSearchIndex } from './build-search-index';
import type { SearchLanguage, SearchResult } from './index-layout';
import { getMarkdownText } from './markdown-text';

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
    body: getMarkdownText(article.body),
    names: names.join(' · '),
    date: formatPostDate(article.postTime, article.locale),
    dateTime: article.postTime.iso,
    path: articlePath(article.locale, article.slug),
  };
}

function toSearchDocuments(articles: readonly Article[], locale: Locale): SearchDocument[] {
  return articles.map((article) =>
    toSearchDocument(article, [
      ...getRegistryEntries('organisations', article.organisations).map((o) => nameOf(o, locale)),
      ...getRegistryEntries('tags', article.tags).map((t) => nameOf(t, locale)),
    ]),
  );
}

/** What one locale's index holds: its published articles, newest first (drafts and scheduled posts are never among them). */
export function getSearchDocuments(locale: Locale): SearchDocument[] {
  return toSearchDocuments(getArticles(locale), locale);
}

/** How the language's index folds and stems words: its locale table entry's script and stemmer. */
export function getSearchLanguage(locale: Locale): SearchLanguage {
  const { script, stemmer } = localeFacts[locale];
  return stemmer ? { script, stemmer } : { script };
}

const built = new Map<Locale, { articles: readonly Article[]; index: BuiltSearchIndex }>();

/**
 * Built once per build worker and language: the search page takes the
 * manifest, the index routes take the files, and all must agree. Rebuilt
 * when the articles change (the development server re-reads content).
 */
export function getSearchIndex(locale: Locale): BuiltSearchIndex {
  const articles = getArticles(locale);
  const cached = built.get(locale);
  if (cached && cached.articles.length === articles.length && cached.articles.every((a, i) => a === articles[i])) return cached.index;
  const index = buildSearchIndex(toSearchDocuments(articles, locale), getSearchLanguage(locale));
  built.set(locale, { articles, index });
  return index;
}

const filesByIndex = new WeakMap<BuiltSearchIndex, Map<string, string>>();

/** One language's index files by address; lib/routes.ts names them, here as for the browser. */
function getIndexFiles(locale: Locale): Map<string, string> {
  const index = getSearchIndex(locale);
  let files = filesByIndex.get(index);
  if (!files) {
    files = new Map([...index.shards.map((text, n) => [searchShardPath(locale, n), text] as const), ...index.results.map((text, n) => [searchResultPath(locale, n), text] as const)]);
    filesByIndex.set(index, files);
  }
  return files;
}

/** Every file of one language's index as `<part>/<file>` under searchIndexPath: the index route's parameters. */
export function listIndexFiles(locale: Locale): { part: string; file: string }[] {
  return [...getIndexFiles(locale).keys()].map((address) => {
    const [part = '', file = ''] = address.slice(searchIndexPath(locale).length).split('/');
    return { part, file };
  });
}

/** The index route's answer for `<part>/<file>`. Only listed files are built (dynamicParams is false), so a miss is a 404 here too. */
export function indexFileResponse(locale: Locale, part: string, file: string): Response {
  const body = getIndexFiles(locale).get(`${searchIndexPath(locale)}${part}/${file}`);
  if (body === undefined) return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  return new Response(body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
